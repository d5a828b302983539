import type { INodeProperties } from 'n8n-workflow';
import { operation } from '../../shared/operation';

export const option = operation({
	name: 'Get Many',
	value: 'getAll',
	action: 'Get many mailboxes',
	description: 'List the mailboxes of a domain',
	method: 'GET',
	path: (r) => ['domains', r.domain(), 'mailboxes'],
	target: (r) => `domain "${r.domain()}"`,
	list: 'mailboxes',
});

export const description: INodeProperties[] = [];
