import type { INodeProperties } from 'n8n-workflow';
import { operation } from '../../shared/operation';
import { rewriteId, rewriteLabel, rewritesPath } from './fields';

export const option = operation({
	name: 'Delete',
	value: 'delete',
	action: 'Permanently delete a rewrite rule of a domain',
	description: 'Delete a rewrite rule of a domain',
	method: 'DELETE',
	path: (r) => [...rewritesPath(r), rewriteId(r)],
	target: rewriteLabel,
	deleted: (r) => ({ name: rewriteId(r), domain_name: r.domain(), deleted: true }),
});

export const description: INodeProperties[] = [];
