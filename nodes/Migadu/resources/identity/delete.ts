import type { INodeProperties } from 'n8n-workflow';
import { operation } from '../../shared/operation';
import { identitiesPath, identityId, identityLabel } from './fields';

export const option = operation({
	name: 'Delete',
	value: 'delete',
	action: 'Permanently delete an identity of a mailbox',
	description: 'Delete an identity of a mailbox',
	method: 'DELETE',
	path: (r) => [...identitiesPath(r), identityId(r)],
	target: identityLabel,
	deleted: (r) => ({
		address: `${identityId(r)}@${r.domain()}`,
		mailbox: r.mailboxAddress(),
		deleted: true,
	}),
});

export const description: INodeProperties[] = [];
