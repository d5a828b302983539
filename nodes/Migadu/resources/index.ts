import type { INodeProperties } from 'n8n-workflow';
import {
	displayName,
	domainLocator,
	mailboxLocator,
	returnAllAndLimit,
	throttlingOption,
} from '../shared/descriptions';
import * as alias from './alias';
import * as domain from './domain';
import * as forwarding from './forwarding';
import * as identity from './identity';
import * as mailbox from './mailbox';
import * as rewrite from './rewrite';

export const resourceSelector: INodeProperties = {
	displayName: 'Resource',
	name: 'resource',
	type: 'options',
	noDataExpression: true,
	options: [
		{ name: 'Alias', value: 'alias' },
		{ name: 'Domain', value: 'domain' },
		{ name: 'Forwarding', value: 'forwarding' },
		{ name: 'Identity', value: 'identity' },
		{ name: 'Mailbox', value: 'mailbox' },
		{ name: 'Rewrite', value: 'rewrite' },
	],
	default: 'mailbox',
	// Marks every request as "paginated", so RoutingNode hands it to the node's item runner.
	routing: { send: { paginate: true } },
};

const SINGLE_DOMAIN_OPERATIONS = [
	'activate',
	'get',
	'getDiagnostics',
	'getDnsRecords',
	'getUsage',
	'update',
];

/**
 * Parameters shared by many operations are declared once: RoutingNode evaluates every declared
 * parameter for every item (twice), so thirty copies of the Domain locator would cost thirty
 * evaluations per item where two do.
 */
const sharedLocators: INodeProperties[] = [
	{
		...domainLocator,
		displayOptions: {
			show: { resource: ['alias', 'forwarding', 'identity', 'mailbox', 'rewrite'] },
		},
	},
	{
		...domainLocator,
		displayOptions: { show: { resource: ['domain'], operation: SINGLE_DOMAIN_OPERATIONS } },
	},
	{ ...mailboxLocator, displayOptions: { show: { resource: ['forwarding', 'identity'] } } },
	{
		...mailboxLocator,
		displayOptions: { show: { resource: ['mailbox'], operation: ['delete', 'get', 'update'] } },
	},
];

export const resourceProperties: INodeProperties[] = [
	alias.operation,
	domain.operation,
	forwarding.operation,
	identity.operation,
	mailbox.operation,
	rewrite.operation,
	...sharedLocators,
	alias.identifier,
	forwarding.identifier,
	identity.identifier,
	mailbox.identifier,
	rewrite.identifier,
	{
		...displayName.property,
		required: true,
		displayOptions: { show: { resource: ['identity', 'mailbox'], operation: ['create'] } },
	},
	...alias.description,
	...domain.description,
	...forwarding.description,
	...identity.description,
	...mailbox.description,
	...rewrite.description,
	...returnAllAndLimit({ operation: ['getAll'] }),
	throttlingOption,
];
