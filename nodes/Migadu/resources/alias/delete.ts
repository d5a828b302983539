import type { INodeProperties } from 'n8n-workflow';
import { operation } from '../../shared/operation';
import { aliasesPath, aliasId, aliasLabel } from './fields';

export const option = operation({
	name: 'Delete',
	value: 'delete',
	action: 'Permanently delete an alias (its mail is no longer forwarded)',
	description: 'Delete an alias of a domain',
	method: 'DELETE',
	path: (r) => [...aliasesPath(r), aliasId(r)],
	target: aliasLabel,
	deleted: (r) => ({ address: `${aliasId(r)}@${r.domain()}`, deleted: true }),
});

export const description: INodeProperties[] = [];
