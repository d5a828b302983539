import type { INodeProperties } from 'n8n-workflow';
import * as alias from './alias';
import * as dkim from './dkim';
import * as domain from './domain';
import * as domainAdmin from './domainAdmin';
import * as email from './email';
import * as mailbox from './mailbox';
import { batchingOption, paginationFields, simplifyField } from '../shared/descriptions';

export const resourceSelector: INodeProperties = {
	displayName: 'Resource',
	name: 'resource',
	type: 'options',
	noDataExpression: true,
	options: [
		{ name: 'Alias', value: 'alias' },
		{ name: 'DKIM', value: 'dkim' },
		{ name: 'Domain', value: 'domain' },
		{ name: 'Domain Admin', value: 'domainAdmin' },
		{ name: 'Email', value: 'email' },
		{ name: 'Mailbox', value: 'mailbox' },
	],
	default: 'mailbox',
	// Marks every request as "paginated", so RoutingNode hands it to the node's item runner.
	routing: { send: { paginate: true } },
};

export const resourceProperties: INodeProperties[] = [
	...alias.description,
	...dkim.description,
	...domain.description,
	...domainAdmin.description,
	...email.description,
	...mailbox.description,
	...paginationFields,
	simplifyField,
	batchingOption,
];
