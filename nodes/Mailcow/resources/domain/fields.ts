import type { IDataObject, IExecuteSingleFunctions } from 'n8n-workflow';
import { fieldError } from '../../../shared/fields';
import { domainLocator, numericIds, RATE_LIMIT_FRAMES } from '../../shared/descriptions';
import { domainLocatorOf } from '../../../shared/locators';
import { activeFlag, type MailcowField } from '../../shared/fields';
import { policyListField, policySenderField } from '../../shared/policy';
import { ADD_TAGS_DESCRIPTION, removeTags } from '../../shared/tags';

/**
 * Every field of the Domain resource, declared once: the parameter and how mailcow takes it.
 * Quotas are MiB on every mailcow write route.
 */

const DOMAIN_NAME = /^[^\s/@,;]+\.[^\s/@,;]+$/;

/** The domain Create adds. */
export const domainName: MailcowField = {
	key: 'domain',
	kind: 'string',
	required: true,
	check: (v) =>
		DOMAIN_NAME.test(String(v))
			? undefined
			: `"${String(v)}" is not a domain name such as example.com`,
	property: {
		displayName: 'Domain Name',
		name: 'domainName',
		type: 'string',
		default: '',
		placeholder: 'example.com',
		description: 'The new domain',
	},
};

/** The domain a Get reads. */
export const domain: MailcowField = {
	key: 'domain',
	kind: 'string',
	required: true,
	property: domainLocator('domain'),
};

/** The domains an Update or Delete changes. */
export const domains: MailcowField = {
	key: 'domains',
	kind: 'list',
	required: true,
	property: domainLocatorOf('domains', {}, true),
};

const active = activeFlag('Whether the domain receives and sends mail');

const maxAliases: MailcowField = {
	key: 'aliases',
	kind: 'int',
	property: {
		displayName: 'Max Aliases',
		name: 'aliases',
		type: 'number',
		typeOptions: { minValue: 0 },
		default: 400,
		description: 'Maximum number of aliases in the domain',
	},
};

const maxMailboxes: MailcowField = {
	key: 'mailboxes',
	kind: 'int',
	property: {
		displayName: 'Max Mailboxes',
		name: 'mailboxes',
		type: 'number',
		typeOptions: { minValue: 0 },
		default: 10,
		description: 'Maximum number of mailboxes in the domain',
	},
};

const defaultMailboxQuota: MailcowField = {
	key: 'defquota',
	kind: 'int',
	property: {
		displayName: 'Default Mailbox Quota (MiB)',
		name: 'defquota',
		type: 'number',
		typeOptions: { minValue: 1 },
		default: 3072,
		description:
			'Quota a new mailbox gets when none is given. Must not exceed the max mailbox quota.',
	},
};

const maxMailboxQuota: MailcowField = {
	key: 'maxquota',
	kind: 'int',
	property: {
		displayName: 'Max Mailbox Quota (MiB)',
		name: 'maxquota',
		type: 'number',
		typeOptions: { minValue: 1 },
		default: 10240,
		description: 'Largest quota one mailbox may have. Must not exceed the domain quota.',
	},
};

const quota: MailcowField = {
	key: 'quota',
	kind: 'int',
	property: {
		displayName: 'Quota (MiB)',
		name: 'quota',
		type: 'number',
		typeOptions: { minValue: 1 },
		default: 10240,
		description: 'Total quota of all mailboxes of the domain together',
	},
};

const rateLimitValue: MailcowField = {
	key: 'rl_value',
	kind: 'int',
	property: {
		displayName: 'Rate Limit Value',
		name: 'rl_value',
		type: 'number',
		typeOptions: { minValue: 0 },
		default: 0,
		description:
			'Messages the domain may send per time frame (0 = no limit). Used together with Rate Limit Frame.',
	},
};

const rateLimitFrame: MailcowField = {
	key: 'rl_frame',
	kind: 'option',
	property: {
		displayName: 'Rate Limit Frame',
		name: 'rl_frame',
		type: 'options',
		default: 'h',
		options: RATE_LIMIT_FRAMES,
		description: 'Time frame of the rate limit. Used together with Rate Limit Value.',
	},
};

/** Domain attributes shared by Create (options) and Update (fields to change). */
const attributes: MailcowField[] = [
	{
		key: 'description',
		kind: 'string',
		property: {
			displayName: 'Description',
			name: 'description',
			type: 'string',
			default: '',
			description: 'Free text shown in mailcow (mailcow uses the domain name when empty)',
		},
	},
	active,
	maxAliases,
	maxMailboxes,
	defaultMailboxQuota,
	maxMailboxQuota,
	quota,
	{
		key: 'backupmx',
		kind: 'flag',
		property: {
			displayName: 'Backup MX',
			name: 'backupmx',
			type: 'boolean',
			default: false,
			description:
				'Whether mailcow only relays mail for this domain (backup MX) instead of delivering it',
		},
	},
	{
		key: 'relay_all_recipients',
		kind: 'flag',
		property: {
			displayName: 'Relay All Recipients',
			name: 'relay_all_recipients',
			type: 'boolean',
			default: false,
			description:
				'Whether to relay mail for every address of the domain, not only existing mailboxes',
		},
	},
	{
		key: 'relay_unknown_only',
		kind: 'flag',
		property: {
			displayName: 'Relay Unknown Recipients Only',
			name: 'relay_unknown_only',
			type: 'boolean',
			default: false,
			description:
				'Whether to relay only mail for addresses without a mailbox; existing mailboxes get it locally',
		},
	},
	{
		key: 'gal',
		kind: 'flag',
		property: {
			displayName: 'Global Address List',
			name: 'gal',
			type: 'boolean',
			default: true,
			description: "Whether SOGo shows the domain's mailboxes as shared contacts",
		},
	},
	{
		key: 'relayhost',
		kind: 'int',
		property: {
			displayName: 'Relay Host ID',
			name: 'relayhost',
			type: 'number',
			typeOptions: { minValue: 0 },
			default: 0,
			description: 'ID of a sender-dependent transport (Configuration → Routing); 0 = none',
		},
	},
	rateLimitValue,
	rateLimitFrame,
	{
		key: 'lang',
		kind: 'string',
		property: {
			displayName: 'Language',
			name: 'lang',
			type: 'string',
			default: '',
			placeholder: 'en',
			description: 'Language code sent to mailcow as lang',
		},
	},
	{
		key: 'tags',
		kind: 'list',
		property: {
			displayName: 'Tags',
			name: 'tags',
			type: 'string',
			default: '',
			placeholder: 'prod, eu',
			description: ADD_TAGS_DESCRIPTION,
		},
	},
];

// Always sent on Create, as the seed client did: without them older mailcow releases answered
// "object is not numeric", and the quota checks then run on known figures. The values sent are
// the fields' defaults.
const SENT_ON_CREATE = [
	active,
	maxAliases,
	maxMailboxes,
	defaultMailboxQuota,
	maxMailboxQuota,
	quota,
];

/** Create only: the limits above sent with their defaults, and the DKIM key made with the domain. */
export const createAttributes: MailcowField[] = [
	...attributes.map((f) => (SENT_ON_CREATE.includes(f) ? { ...f, sendDefault: true } : f)),
	{
		key: 'key_size',
		kind: 'int',
		// An options field sent as a number; an expression may give any size mailcow accepts.
		check: (v) => ((v as number) < 0 ? 'must be at least 0' : undefined),
		property: {
			displayName: 'DKIM Key Size',
			name: 'key_size',
			type: 'options',
			default: 2048,
			options: [
				{ name: '1024 Bits', value: 1024 },
				{ name: '2048 Bits', value: 2048 },
				{ name: '3072 Bits', value: 3072 },
				{ name: '4096 Bits', value: 4096 },
				{ name: 'No DKIM Key', value: 0 },
			],
			description: 'Size of the DKIM key mailcow generates with the domain',
		},
	},
	{
		key: 'dkim_selector',
		kind: 'string',
		property: {
			displayName: 'DKIM Selector',
			name: 'dkim_selector',
			type: 'string',
			default: 'dkim',
			description: 'Selector of the generated DKIM key',
		},
	},
];

/** The description of Create's Options: what is sent when the user leaves them out. */
export const CREATE_DEFAULTS_DESCRIPTION = `Unset limits are sent with their defaults: ${SENT_ON_CREATE.map(
	({ property: { displayName, default: value } }) =>
		`${displayName} ${typeof value === 'boolean' ? (value ? 'on' : 'off') : String(value)}`,
).join(', ')}`;

/** Update only. */
export const updateAttributes: MailcowField[] = [...attributes, removeTags];

/**
 * Mailcow checks defquota ≤ maxquota ≤ quota (and > 0) but answers with a bare message key; the
 * same rules here name the field. On Update only the figures sent can be compared.
 */
export function checkDomainLimits(context: IExecuteSingleFunctions, body: IDataObject): void {
	const { defquota, maxquota, quota: total } = body as Record<string, number | undefined>;
	if (defquota !== undefined && maxquota !== undefined && defquota > maxquota) {
		throw fieldError(
			context,
			defaultMailboxQuota.property.displayName,
			`${defquota} is above the max mailbox quota (${maxquota})`,
		);
	}
	if (maxquota !== undefined && total !== undefined && maxquota > total) {
		throw fieldError(
			context,
			maxMailboxQuota.property.displayName,
			`${maxquota} is above the domain quota (${total})`,
		);
	}
	if ((body.rl_value === undefined) !== (body.rl_frame === undefined)) {
		const missing = body.rl_value === undefined ? rateLimitValue : rateLimitFrame;
		throw fieldError(
			context,
			missing.property.displayName,
			'is needed together with the other rate limit field',
		);
	}
}

/** Delete Tags: the tags removed from the domain. */
export const tagsToDelete: MailcowField = {
	key: 'tags',
	kind: 'list',
	required: true,
	property: {
		displayName: 'Tags to Delete',
		name: 'domainTagsToDelete',
		type: 'string',
		default: '',
		placeholder: 'old, obsolete',
		description:
			'Comma-separated tags to remove from the domain; tags it does not have are ignored',
	},
};

// ---- Antispam policy (allowlist / denylist) ---------------------------------------------------

export const policyList = policyListField('domainPolicyList');

/** The list Get Policy Entries reads (its own parameter: Add's fields follow its Mapping Mode). */
export const policyListToRead = policyListField('domainPolicyListToRead');

export const policySender = policySenderField('domainPolicySender');

/** The entries Delete Policy Entry removes: mailcow's numeric ids (`prefid`). */
export const policyIds: MailcowField = {
	key: 'ids',
	kind: 'list',
	required: true,
	check: numericIds,
	property: {
		displayName: 'Entry IDs',
		name: 'domainPolicyIds',
		type: 'string',
		default: '',
		placeholder: '12, 13',
		description:
			'IDs of the list entries, comma-separated (the ID field of Get Policy Entries); an expression may return an array',
	},
};

// ---- Footer ---------------------------------------------------------------------------------

// Every footer edit replaces the whole footer: what is left empty is sent empty.
export const footerHtml: MailcowField = {
	key: 'html',
	kind: 'text',
	property: {
		displayName: 'HTML Footer',
		name: 'domainFooterHtml',
		type: 'string',
		typeOptions: { rows: 4 },
		default: '',
		placeholder: '<p>Example Ltd · example.com</p>',
		description:
			'Appended to HTML mail sent from the domain. Empty: none. Mailcow fills in {= variables =} such as {= foo =} from custom attributes.',
	},
};

export const footerPlain: MailcowField = {
	key: 'plain',
	kind: 'text',
	property: {
		displayName: 'Plain Text Footer',
		name: 'domainFooterPlain',
		type: 'string',
		typeOptions: { rows: 4 },
		default: '',
		placeholder: 'Example Ltd · example.com',
		description: 'Appended to plain-text mail sent from the domain. Empty: none.',
	},
};

export const footerOptions: MailcowField[] = [
	{
		key: 'skip_replies',
		kind: 'flag',
		property: {
			displayName: 'Skip Replies',
			name: 'domainFooterSkipReplies',
			type: 'boolean',
			default: false,
			description: 'Whether replies get no footer',
		},
	},
	{
		// The code reads `exclude`; the documented `mbox_exclude` is ignored (mailcow-observed-2.md).
		key: 'exclude',
		kind: 'list',
		property: {
			displayName: 'Excluded Senders',
			name: 'domainFooterExclude',
			type: 'string',
			default: '',
			placeholder: 'ceo@example.com, sales@example.com',
			description:
				"Mailboxes, aliases or alias domains whose mail gets no footer, comma-separated; mailcow skips the ones it doesn't know (listed as warnings)",
		},
	},
];
