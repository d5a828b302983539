import type { INodeProperties } from 'n8n-workflow';
import { domainLocatorOf } from '../../shared/locators';
import { mappingModeField as mappingModeOf } from '../../shared/mapping';
import type { MigaduField } from './fields';

/**
 * Domain picker: searchable list of the account's domains, or the name typed or mapped. One object
 * for every operation, so the panel defines it once per group of operations (RoutingNode
 * evaluates every definition for every item); the same holds for the Mailbox picker.
 */
export const domainLocator: INodeProperties = domainLocatorOf('domain', {
	description: 'Unicode names are converted to punycode (xn--…) for Migadu',
});

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

/** Mapping Mode of every Create and Update (nodes/shared/mapping.ts), with Migadu's names. */
export const mappingModeField: INodeProperties = mappingModeOf(
	"Migadu's names (e.g. local_part, destinations)",
);

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

/** Display name of a new mailbox or identity (one parameter for both). */
export const displayName: MigaduField = {
	key: 'name',
	kind: 'string',
	required: true,
	property: {
		displayName: 'Name',
		name: 'name',
		type: 'string',
		default: '',
		placeholder: 'Jane Doe',
		description: 'Display name of the mailbox owner, or the name used when sending as the identity',
	},
};

/**
 * Destinations of a new alias or rewrite: one parameter for both (an alias sends them as a list,
 * a rewrite as comma-separated text; see their fields).
 */
export const destinationsProperty: INodeProperties = {
	displayName: 'Destinations',
	name: 'destinations',
	type: 'string',
	required: true,
	default: '',
	placeholder: 'one@example.com, two@example.com',
	description:
		'Comma-separated addresses (or a list from an expression) of the same domain that receive the mail; Migadu only accepts addresses of the domain',
};

/** A new display name in Update Fields (mailbox, identity); Migadu needs one, so empty is refused. */
export const newName: MigaduField = {
	key: 'name',
	kind: 'string',
	notEmpty: true,
	property: { displayName: 'Name', name: 'name', type: 'string', default: '' },
};

/** Destinations in the Update Fields of an alias or rewrite: they replace the whole list. */
export const replacedDestinationsProperty: INodeProperties = {
	displayName: 'Destinations',
	name: 'destinations',
	type: 'string',
	default: '',
	placeholder: 'one@example.com, two@example.com',
	description:
		'Comma-separated addresses that replace the whole destination list (same domain only)',
};
