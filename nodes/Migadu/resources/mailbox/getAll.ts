import type { INodeProperties } from 'n8n-workflow';
import { domainLocator, returnAllAndLimit } from '../../shared/descriptions';
import { operation } from '../../shared/operation';

const show = { resource: ['mailbox'], operation: ['getAll'] };

export const option = operation({
	name: 'Get Many',
	value: 'getAll',
	action: 'Get many mailboxes',
	description: 'List the mailboxes of a domain',
	method: 'GET',
	path: (r) => ['domains', r.domain(), 'mailboxes'],
	target: (r) => `the mailboxes of domain "${r.domain()}"`,
	list: 'mailboxes',
});

export const description: INodeProperties[] = [
	{ ...domainLocator, displayOptions: { show } },
	...returnAllAndLimit(show),
];
