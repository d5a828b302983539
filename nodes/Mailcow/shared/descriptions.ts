import type { IDisplayOptions, INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { domainLocatorOf, manyDescription, pickerOf } from '../../shared/locators';
import { mappingModeField as mappingModeOf } from '../../shared/mapping';

/**
 * Reusable fields. Parameter names are unique across the node on purpose: RoutingNode evaluates
 * every definition of a name for every item, so a name defined once is evaluated once.
 */

/** Domain picker: searchable list, or the name typed/mapped (nodes/shared/locators.ts). */
export function domainLocator(
	name: string,
	show?: IDisplayOptions['show'],
	extra: Partial<INodeProperties> = {},
): INodeProperties {
	return domainLocatorOf(name, { ...(show ? { displayOptions: { show } } : {}), ...extra });
}

/** One mail address as the editor checks it: local@domain, no spaces, slashes or commas. */
const ADDRESS_PATTERN = '[^\\s/@,]+@[^\\s/@,]+';

/**
 * Mailbox picker: searchable list (filtered by the selected domain, if any), or the address typed
 * or mapped. With `many`, the typed value may hold several addresses (comma-separated, or an
 * array from an expression): the picker of Update and Delete.
 */
export function mailboxLocator(
	name: string,
	show?: IDisplayOptions['show'],
	many = false,
): INodeProperties {
	return pickerOf(
		{
			displayName: many ? 'Mailboxes' : 'Mailbox',
			name,
			searchListMethod: 'searchMailboxes',
			typed: {
				name: 'address',
				displayName: many ? 'By Addresses' : 'By Address',
				placeholder: many ? 'jane@example.com, john@example.com' : 'user@example.com',
			},
			pattern: {
				regex: ADDRESS_PATTERN,
				message: many
					? 'Enter addresses such as jane@example.com, john@example.com'
					: 'Enter an address such as user@example.com',
			},
			many,
			...(many ? { description: manyDescription('mailbox', 'addresses') } : {}),
		},
		show ? { displayOptions: { show } } : {},
	);
}

/**
 * Return All / Limit of every Get Many (one definition each; mailcow's get routes do not page).
 * The operations that use them place them (nodes/shared/describe.ts).
 */
export const paginationFields: INodeProperties[] = [
	{
		displayName: 'Return All',
		name: 'returnAll',
		type: 'boolean',
		default: false,
		description: 'Whether to return all results or only up to a given limit',
	},
	{
		displayName: 'Limit',
		name: 'limit',
		type: 'number',
		default: 50,
		typeOptions: { minValue: 1 },
		description: 'Max number of results to return',
		displayOptions: { show: { returnAll: [false] } },
	},
];

/** Simplify toggle of every read (on by default): tidy records with MiB figures, or mailcow's raw record. */
export const simplifyField: INodeProperties = {
	displayName: 'Simplify',
	name: 'simplify',
	type: 'boolean',
	default: true,
	description:
		'Whether to return a tidy record (sizes and quotas in MiB, true/false flags, ISO-8601 times) instead of the raw data mailcow sends',
};

/** Mapping Mode of every Create and Update (nodes/shared/mapping.ts), with mailcow's names. */
export const mappingModeField: INodeProperties = mappingModeOf(
	"mailcow's names (e.g. local_part, quota)",
);

/** The option of every Create that reads its object back (one more request). */
export const returnCreatedField: INodeProperties = {
	displayName: 'Return Created Record',
	name: 'returnCreated',
	type: 'boolean',
	default: false,
	description:
		"Whether to read the new object back after creating it (one more request) and output it as Get does (simplified), with a generated password added. Off: mailcow's confirmation with its messages.",
};

/**
 * n8n's familiar Batching option (as in the HTTP Request node), read by RoutingNode itself
 * (`requestOptions.batching`): items per batch, pause between batches. Items per batch is also
 * how many writes may be in flight at once; without it writes go one at a time.
 */
export const batchingOption: INodeProperties = {
	// Not "Options": Create and Get Many have their own Options collection on the same panel.
	displayName: 'Request Options',
	name: 'requestOptions',
	type: 'collection',
	placeholder: 'Add Request Option',
	default: {},
	options: [
		{
			displayName: 'Batching',
			name: 'batching',
			placeholder: 'Add Batching',
			type: 'fixedCollection',
			typeOptions: { multipleValues: false },
			default: { batch: {} },
			options: [
				{
					displayName: 'Batching',
					name: 'batch',
					values: [
						{
							displayName: 'Items per Batch',
							name: 'batchSize',
							type: 'number',
							typeOptions: { minValue: 1 },
							default: 50,
							description:
								"Input items sent at once, writes included. Without Batching, writes go one at a time. Parallel writes can exceed a domain's limits: mailcow checks limits and duplicates before saving, not atomically.",
						},
						{
							displayName: 'Batch Interval (Ms)',
							name: 'batchInterval',
							type: 'number',
							typeOptions: { minValue: 0 },
							default: 1000,
							description: 'Time (in milliseconds) between each batch of requests. 0 for disabled.',
						},
					],
				},
			],
		},
	],
};

/**
 * The option of a read whose records hold secrets mailcow answers in clear (relay host and
 * transport passwords): off by default, the secrets are left out of every output item.
 */
export const includeSecretsField: INodeProperties = {
	displayName: 'Include Secrets',
	name: 'includeSecrets',
	type: 'boolean',
	default: false,
	description:
		'Whether to output the passwords mailcow stores in clear. n8n keeps output items in saved executions: leave off unless the next node needs them.',
};

/**
 * Picker of objects mailcow names by a numeric id (relay hosts, transport maps): the searchable
 * list, or the id typed or mapped (`{{ $json.id }}` from a Get Many). With `many`, several ids
 * comma-separated (or an array from an expression).
 */
export function idLocator(spec: {
	name: string;
	displayName: string;
	searchListMethod: string;
	many?: boolean;
}): INodeProperties {
	return pickerOf({
		...spec,
		typed: {
			name: 'id',
			displayName: spec.many ? 'By IDs' : 'By ID',
			placeholder: spec.many ? '1, 2' : '1',
		},
		pattern: {
			regex: '\\d+',
			message: spec.many ? 'Enter numeric IDs such as 1, 2' : 'Enter a numeric ID',
		},
		...(spec.many
			? {
					description:
						'Pick one, or type or map one or more numeric IDs separated by commas (an expression may also return an array)',
				}
			: {}),
	});
}

/** The check of an id field: mailcow's numeric ids only (one, or a list). */
export function numericIds(value: unknown): string | undefined {
	const ids = Array.isArray(value) ? value : [value];
	return ids.every((v) => /^\d+$/.test(String(v)))
		? undefined
		: 'enter a numeric ID, as Get Many outputs it';
}

/** Mailcow's rate-limit time frames (`rl_frame`) of domains, mailboxes and alias domains. */
export const RATE_LIMIT_FRAMES: INodePropertyOptions[] = [
	{ name: 'Per Day', value: 'd' },
	{ name: 'Per Hour', value: 'h' },
	{ name: 'Per Minute', value: 'm' },
	{ name: 'Per Second', value: 's' },
];
