import { domainLocator, RATE_LIMIT_FRAMES } from '../../shared/descriptions';
import { manyDescription, pickerOf } from '../../../shared/locators';
import type { MailcowField } from '../../shared/fields';
import { asciiDomain } from '../../shared/idn';

/** Every field of the Alias Domain resource, declared once. */

/** A host name as mailcow's own check takes it (after punycode conversion). */
const DOMAIN = /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]{0,61}[a-z0-9]$/;

/**
 * One domain name, stored as mailcow stores it: lower case, punycode. Mailcow answers an invalid
 * alias name with HTTP 200 and an empty body (a PHP error), so it is refused before sending.
 */
export function domainName(value: unknown): string | undefined {
	const name = asciiDomain(String(value).toLowerCase());
	return DOMAIN.test(name) ? undefined : `"${String(value)}" is not a domain name`;
}

export const name: MailcowField = {
	key: 'alias_domain',
	kind: 'string',
	required: true,
	check: domainName,
	property: {
		displayName: 'Alias Domain',
		name: 'aliasDomainName',
		type: 'string',
		default: '',
		placeholder: 'example.org',
		description:
			'The new domain name; mail to any address of it goes to the same address at the target domain',
	},
};

export const target: MailcowField = {
	key: 'target_domain',
	kind: 'string',
	required: true,
	property: domainLocator('aliasDomainTarget', undefined, {
		displayName: 'Target Domain',
		description: 'The mailcow domain whose mailboxes and aliases receive the mail',
	}),
};

/** The alias domain picker: the list, or names typed (several with `many`). */
function aliasDomainPicker(name: string, many = false) {
	return pickerOf({
		displayName: many ? 'Alias Domains' : 'Alias Domain',
		name,
		searchListMethod: 'searchAliasDomains',
		typed: {
			name: 'name',
			displayName: many ? 'By Names' : 'By Name',
			placeholder: many ? 'example.org, example.net' : 'example.org',
		},
		many,
		description: many ? manyDescription('alias domain', 'names') : 'Name of the alias domain',
	});
}

/** The alias domain a Get reads. */
export const one: MailcowField = {
	key: 'alias_domain',
	kind: 'string',
	required: true,
	property: aliasDomainPicker('aliasDomain'),
};

/** The alias domains an Update or Delete changes. */
export const many: MailcowField = {
	key: 'aliasDomains',
	kind: 'list',
	required: true,
	check: (value) => (value as string[]).map(domainName).find((problem) => problem),
	property: aliasDomainPicker('aliasDomainNames', true),
};

const activeProperty = {
	displayName: 'Active',
	name: 'aliasDomainActive',
	type: 'boolean' as const,
	default: true,
	description: 'Whether mail to the alias domain is accepted',
};

// add/alias-domain stores an omitted flag as 0: always sent on create.
export const active: MailcowField = {
	key: 'active',
	kind: 'flag',
	sendDefault: true,
	property: activeProperty,
};

export const createOptions: MailcowField[] = [
	{
		key: 'rl_value',
		kind: 'int',
		property: {
			displayName: 'Rate Limit (Messages)',
			name: 'aliasDomainRateLimit',
			type: 'number',
			typeOptions: { minValue: 0 },
			default: 0,
			description: 'How many messages the alias domain may send per Rate Limit Per; 0 = no limit',
		},
	},
	{
		key: 'rl_frame',
		kind: 'option',
		property: {
			displayName: 'Rate Limit Per',
			name: 'aliasDomainRateLimitFrame',
			type: 'options',
			options: RATE_LIMIT_FRAMES,
			default: 'h',
			description: 'Time frame of the rate limit (hour when only the messages are given)',
		},
	},
	{
		key: 'dkim_selector',
		kind: 'string',
		property: {
			displayName: 'DKIM Selector',
			name: 'aliasDomainDkimSelector',
			type: 'string',
			default: 'dkim',
			description: 'Create a DKIM key with this selector (2048 bits unless DKIM Key Size is set)',
		},
	},
	{
		key: 'key_size',
		kind: 'int',
		property: {
			displayName: 'DKIM Key Size',
			name: 'aliasDomainDkimKeySize',
			type: 'options',
			options: [
				{ name: '1024', value: 1024 },
				{ name: '2048', value: 2048 },
				{ name: '3072', value: 3072 },
				{ name: '4096', value: 4096 },
			],
			default: 2048,
			description:
				'Create a DKIM key of this size in bits (selector "dkim" unless DKIM Selector is set)',
		},
	},
];

export const updateAttributes: MailcowField[] = [
	{ key: 'active', kind: 'flag', property: activeProperty },
	{
		key: 'target_domain',
		kind: 'string',
		notEmpty: true,
		check: domainName,
		property: {
			displayName: 'Target Domain',
			name: 'aliasDomainNewTarget',
			type: 'string',
			default: '',
			placeholder: 'example.com',
			description: 'Move the alias domain to this mailcow domain',
		},
	},
];
