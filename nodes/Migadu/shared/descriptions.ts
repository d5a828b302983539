import type { IDisplayOptions, INodeProperties } from 'n8n-workflow';
import type { Field } from './fields';

/** Domain picker: searchable list of the account's domains, or the name typed or mapped. */
export const domainLocator: INodeProperties = {
	displayName: 'Domain',
	name: 'domain',
	type: 'resourceLocator',
	default: { mode: 'list', value: '' },
	required: true,
	description: 'Unicode names are converted to punycode (xn--…) for Migadu',
	modes: [
		{
			displayName: 'From List',
			name: 'list',
			type: 'list',
			typeOptions: { searchListMethod: 'searchDomains', searchable: true },
		},
		{
			displayName: 'By Name',
			name: 'name',
			type: 'string',
			placeholder: 'example.com',
			validation: [
				{
					type: 'regex',
					properties: {
						regex: '^[^\\s/@]+\\.[^\\s/@]+$',
						errorMessage: 'Enter a domain name such as example.com',
					},
				},
			],
		},
	],
};

/** Mailbox picker: searchable list within the selected domain, or the address / local part. */
export const mailboxLocator: INodeProperties = {
	displayName: 'Mailbox',
	name: 'mailbox',
	type: 'resourceLocator',
	default: { mode: 'list', value: '' },
	required: true,
	modes: [
		{
			displayName: 'From List',
			name: 'list',
			type: 'list',
			typeOptions: { searchListMethod: 'searchMailboxes', searchable: true },
		},
		{
			displayName: 'By Address',
			name: 'address',
			type: 'string',
			placeholder: 'demo@example.com or demo',
		},
	],
};

/** Return All + Limit. Migadu has no paging: the limit is applied to the full list it returns. */
export function returnAllAndLimit(show: IDisplayOptions['show']): INodeProperties[] {
	return [
		{
			displayName: 'Return All',
			name: 'returnAll',
			type: 'boolean',
			default: false,
			description: 'Whether to return all results or only up to a given limit',
			displayOptions: { show },
		},
		{
			displayName: 'Limit',
			name: 'limit',
			type: 'number',
			typeOptions: { minValue: 1 },
			default: 50,
			description: 'Max number of results to return',
			displayOptions: { show: { ...show, returnAll: [false] } },
		},
	];
}

/** Node-wide throttling; read by the rate limiter of every request. */
export const throttlingOption: INodeProperties = {
	displayName: 'Throttling',
	name: 'throttling',
	type: 'collection',
	placeholder: 'Change Throttling',
	default: {},
	description:
		'Migadu allows about 60 requests per 2 minutes and blocks the IP beyond that. The node spaces its requests to stay within the limit, across items and executions of this n8n process using the same credential. With several processes (queue mode), set Processes Sharing This Account.',
	options: [
		{
			displayName: 'Rate Limit (Requests per Window)',
			name: 'requestsPerWindow',
			type: 'number',
			typeOptions: { minValue: 0 },
			default: 60,
			description: 'Most requests sent within one window; 0 turns throttling off',
		},
		{
			displayName: 'Window (Seconds)',
			name: 'windowSeconds',
			type: 'number',
			typeOptions: { minValue: 0.01, numberPrecision: 2 },
			default: 120,
			description: 'Length of the sliding window the limit applies to',
		},
		{
			displayName: 'Processes Sharing This Account',
			name: 'processes',
			type: 'number',
			typeOptions: { minValue: 1 },
			default: 1,
			description:
				'How many n8n processes may send requests for this Migadu account at the same time. Each process keeps its own count, so each sends at most Rate Limit ÷ this number per window. In queue mode count every worker, plus the main process if it runs executions itself (manual runs unless offloaded to workers), plus each <code>n8n execute</code> and any other n8n using the account.',
		},
	],
};

/** Display name of a new mailbox or identity. */
export const displayName: Field = {
	key: 'name',
	kind: 'string',
	property: {
		displayName: 'Name',
		name: 'name',
		type: 'string',
		default: '',
		placeholder: 'Jane Doe',
		description: 'Display name of the mailbox owner, or the name used when sending as the identity',
	},
};
