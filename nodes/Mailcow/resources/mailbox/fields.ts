import type { IDataObject, INodeProperties } from 'n8n-workflow';
import { domainLocator, mailboxLocator } from '../../shared/descriptions';
import { activeFlag, type MailcowField } from '../../shared/fields';
import { ADD_TAGS_DESCRIPTION, removeTags } from '../../shared/tags';

/** Every field of the Mailbox resource, declared once: the parameter and how mailcow takes it. */

const PROTOCOLS = ['imap', 'pop3', 'smtp', 'sieve', 'eas', 'dav'];

/** mailcow's quarantine notification intervals and categories (database enums). */
const QUARANTINE_NOTIFICATIONS = [
	{ name: 'Daily', value: 'daily' },
	{ name: 'Hourly', value: 'hourly' },
	{ name: 'Never', value: 'never' },
	{ name: 'Weekly', value: 'weekly' },
];
const QUARANTINE_CATEGORIES = [
	{ name: 'All', value: 'all' },
	{ name: 'Junk Folder', value: 'add_header' },
	{ name: 'Rejected', value: 'reject' },
];

export const domain: MailcowField = {
	key: 'domain',
	kind: 'string',
	required: true,
	property: domainLocator('mailboxDomain'),
};

export const localPart: MailcowField = {
	key: 'local_part',
	kind: 'string',
	required: true,
	check: (v) =>
		/^[^\s@,;/]+$/.test(String(v)) ? undefined : 'enter only the part before the @, without spaces',
	property: {
		displayName: 'Local Part',
		name: 'localPart',
		type: 'string',
		default: '',
		placeholder: 'jane.doe',
		description: 'The part of the address before the @',
	},
};

export const fullName: MailcowField = {
	key: 'name',
	kind: 'string',
	property: {
		displayName: 'Name',
		name: 'mailboxName',
		type: 'string',
		default: '',
		placeholder: 'Jane Doe',
		description: 'Full name of the user',
	},
};

export const password: MailcowField = {
	key: 'password',
	kind: 'secret',
	property: {
		displayName: 'Password',
		name: 'mailboxPassword',
		type: 'string',
		typeOptions: { password: true },
		default: '',
		description:
			'Leave empty to generate a strong password, returned as generatedPassword in the output item. n8n keeps output items in saved executions: treat them as secret, or turn off saving successful executions in the workflow settings.',
	},
};

// Without quota mailcow creates an unlimited mailbox (not the domain default): always send one.
export const quota: MailcowField = {
	key: 'quota',
	kind: 'int',
	sendDefault: true,
	property: {
		displayName: 'Quota (MiB)',
		name: 'mailboxQuota',
		type: 'number',
		typeOptions: { minValue: 0 },
		default: 3072,
		description:
			"Mailbox size in MiB (0 = unlimited, needs the unlimited-quota permission). Must fit the domain's limits.",
	},
};

/** The mailboxes an Update or Delete changes. */
export const mailboxes: MailcowField = {
	key: 'mailboxes',
	kind: 'list',
	required: true,
	property: mailboxLocator('mailboxes', undefined, true),
};

/** The mailbox a Get reads. */
export const mailbox: MailcowField = {
	key: 'username',
	kind: 'string',
	required: true,
	property: mailboxLocator('mailbox'),
};

const active = activeFlag('Whether the mailbox can log in and receive mail');

/** Mailbox attributes shared by Create (options) and Update (fields to change). */
export const attributes: MailcowField[] = [
	active,
	{
		key: 'authsource',
		kind: 'option',
		property: {
			displayName: 'Authentication Source',
			name: 'authsource',
			type: 'options',
			default: 'mailcow',
			options: [
				{ name: 'Generic OIDC', value: 'generic-oidc' },
				{ name: 'Keycloak', value: 'keycloak' },
				{ name: 'LDAP', value: 'ldap' },
				{ name: 'Mailcow', value: 'mailcow' },
			],
			description: "Where the mailbox's password is checked",
		},
	},
	{
		key: 'force_pw_update',
		kind: 'flag',
		property: {
			displayName: 'Force Password Update',
			name: 'force_pw_update',
			type: 'boolean',
			default: false,
			description: 'Whether the user must change the password at the next login',
		},
	},
	{
		key: 'force_tfa',
		kind: 'flag',
		property: {
			displayName: 'Force Two-Factor Authentication',
			name: 'force_tfa',
			type: 'boolean',
			default: false,
			description: 'Whether the user must set up two-factor authentication',
		},
	},
	{
		key: 'protocol_access',
		kind: 'list',
		property: {
			displayName: 'Protocol Access',
			name: 'protocol_access',
			type: 'multiOptions',
			default: ['imap', 'pop3', 'smtp', 'sieve', 'eas', 'dav'],
			options: [
				{ name: 'ActiveSync', value: 'eas' },
				{ name: 'CalDAV/CardDAV', value: 'dav' },
				{ name: 'IMAP', value: 'imap' },
				{ name: 'POP3', value: 'pop3' },
				{ name: 'Sieve', value: 'sieve' },
				{ name: 'SMTP', value: 'smtp' },
			],
			description: 'Protocols the mailbox may use; the ones not selected are switched off',
		},
	},
	{
		key: 'quarantine_category',
		kind: 'option',
		property: {
			displayName: 'Quarantine Category',
			name: 'quarantine_category',
			type: 'options',
			default: 'reject',
			options: QUARANTINE_CATEGORIES,
			description: 'Which quarantined mail the notifications cover',
		},
	},
	{
		key: 'quarantine_notification',
		kind: 'option',
		property: {
			displayName: 'Quarantine Notification',
			name: 'quarantine_notification',
			type: 'options',
			default: 'hourly',
			options: QUARANTINE_NOTIFICATIONS,
			description: 'How often the user hears about quarantined mail',
		},
	},
	{
		key: 'sogo_access',
		kind: 'flag',
		property: {
			displayName: 'SOGo Access',
			name: 'sogo_access',
			type: 'boolean',
			default: true,
			description: 'Whether the user may log in to SOGo webmail',
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
			placeholder: 'staff, vip',
			description: ADD_TAGS_DESCRIPTION,
		},
	},
];

/** Create only: a new mailbox is active unless the user switches it off. */
export const createAttributes: MailcowField[] = [
	...attributes.map((f) => (f === active ? { ...f, sendDefault: true } : f)),
	// TLS enforcement can only be set on create: edit/mailbox ignores it (it needs edit/tls_policy).
	{
		key: 'tls_enforce_in',
		kind: 'flag',
		property: {
			displayName: 'TLS Enforce Inbound',
			name: 'tls_enforce_in',
			type: 'boolean',
			default: false,
			description: 'Whether mail to this mailbox must arrive over TLS',
		},
	},
	{
		key: 'tls_enforce_out',
		kind: 'flag',
		property: {
			displayName: 'TLS Enforce Outbound',
			name: 'tls_enforce_out',
			type: 'boolean',
			default: false,
			description: 'Whether mail from this mailbox must leave over TLS',
		},
	},
];

/** Update only. */
export const updateAttributes: MailcowField[] = [
	...attributes,
	removeTags,
	{
		key: 'sender_acl',
		kind: 'list',
		property: {
			displayName: 'Allowed Senders',
			name: 'sender_acl',
			type: 'string',
			default: '',
			placeholder: 'info@example.com, @example.org',
			description:
				'Addresses and @domains this mailbox may send as (comma-separated). Replaces the current list.',
		},
	},
	{
		key: 'name',
		kind: 'string',
		property: {
			displayName: 'Name',
			name: 'name',
			type: 'string',
			default: '',
			description: 'Full name of the user',
		},
	},
	{
		key: 'password',
		kind: 'secret',
		property: {
			displayName: 'Password',
			name: 'password',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			description: "New password (must meet mailcow's password policy)",
		},
	},
	{
		key: 'quota',
		kind: 'int',
		property: {
			displayName: 'Quota (MiB)',
			name: 'quota',
			type: 'number',
			typeOptions: { minValue: 0 },
			default: 3072,
			description: 'New mailbox size in MiB (0 = unlimited)',
		},
	},
];

/**
 * Protocol access as one flag per protocol (`imap_access: 1`, …): explicit for every protocol, so
 * an unselected protocol is really switched off. Changes the body in place.
 */
export function expandProtocols(body: IDataObject): void {
	const selected = body.protocol_access as string[] | undefined;
	if (!selected) return;
	delete body.protocol_access;
	for (const p of PROTOCOLS) body[`${p}_access`] = selected.includes(p) ? 1 : 0;
}

/** Set Spam Score: the mailbox's own thresholds, or back to the server's. */
export const spamThresholds: MailcowField = {
	key: 'thresholds',
	kind: 'option',
	sendDefault: true,
	property: {
		displayName: 'Thresholds',
		name: 'mailboxSpamThresholds',
		type: 'options',
		default: 'custom',
		options: [
			{ name: 'Custom', value: 'custom', description: 'The thresholds below' },
			{
				name: 'Server Default',
				value: 'default',
				description: "Remove the mailbox's own thresholds: the server's apply",
			},
		],
	},
};

export const spamLow: MailcowField = {
	key: 'low',
	kind: 'number',
	required: true,
	property: {
		displayName: 'Low Threshold',
		name: 'mailboxSpamLow',
		type: 'number',
		typeOptions: { minValue: 0, numberPrecision: 2 },
		default: 5,
		description: 'Spam score above which mail is delivered to the junk folder (decimals allowed)',
	},
};

export const spamHigh: MailcowField = {
	key: 'high',
	kind: 'number',
	required: true,
	property: {
		displayName: 'High Threshold',
		name: 'mailboxSpamHigh',
		type: 'number',
		typeOptions: { minValue: 0, numberPrecision: 2 },
		default: 15,
		description:
			'Spam score above which mail is rejected. Equal to the low threshold: mailcow stores it 0.1 higher.',
	},
};

/** Set TLS Policy: both flags are always sent, so the policy is exactly what the fields show. */
export const tlsEnforceIn: MailcowField = {
	key: 'tls_enforce_in',
	kind: 'flag',
	sendDefault: true,
	property: {
		displayName: 'TLS Enforce Inbound',
		name: 'mailboxTlsEnforceIn',
		type: 'boolean',
		default: false,
		description: 'Whether mail to the mailbox must arrive over TLS',
	},
};

export const tlsEnforceOut: MailcowField = {
	key: 'tls_enforce_out',
	kind: 'flag',
	sendDefault: true,
	property: {
		displayName: 'TLS Enforce Outbound',
		name: 'mailboxTlsEnforceOut',
		type: 'boolean',
		default: false,
		description: 'Whether mail from the mailbox must leave over TLS',
	},
};

export const quarantineNotification: MailcowField = {
	key: 'quarantine_notification',
	kind: 'option',
	sendDefault: true,
	property: {
		displayName: 'Quarantine Notification',
		name: 'mailboxQuarantineNotification',
		type: 'options',
		default: 'hourly',
		options: QUARANTINE_NOTIFICATIONS,
		description: 'How often the user hears about quarantined mail',
	},
};

export const quarantineCategory: MailcowField = {
	key: 'quarantine_category',
	kind: 'option',
	sendDefault: true,
	property: {
		displayName: 'Quarantine Category',
		name: 'mailboxQuarantineCategory',
		type: 'options',
		default: 'reject',
		options: QUARANTINE_CATEGORIES,
		description: 'Which quarantined mail the notifications cover',
	},
};

/**
 * Set User ACL: what the mailbox's user may change in mailcow's UI (edit/user-acl), by the names
 * of mailcow's ACL form. Every permission not selected is switched off; mailcow ignores names it
 * does not know, so only these are sent.
 */
export const userAcl: MailcowField = {
	key: 'user_acl',
	kind: 'list',
	property: {
		displayName: 'User Permissions',
		name: 'mailboxUserAcl',
		type: 'multiOptions',
		default: [],
		options: [
			{ name: 'Allow to Reset Mailcow User Password', value: 'pw_reset' },
			{ name: 'Blacklist/Whitelist', value: 'spam_policy' },
			{ name: 'Change Quarantine Notification Category', value: 'quarantine_category' },
			{ name: 'Change Quarantine Notifications', value: 'quarantine_notification' },
			{ name: 'Delimiter Action', value: 'delimiter_action' },
			{ name: 'Manage App Passwords', value: 'app_passwds' },
			{ name: 'Pushover', value: 'pushover' },
			{ name: 'Quarantine Actions', value: 'quarantine' },
			{ name: 'Quarantine Attachments', value: 'quarantine_attachments' },
			{ name: 'Reset EAS Devices', value: 'eas_reset' },
			{ name: 'Reset SOGo Profile', value: 'sogo_profile_reset' },
			{ name: 'Spam Score', value: 'spam_score' },
			{ name: 'Sync Jobs', value: 'syncjobs' },
			{ name: 'Temporary Aliases', value: 'spam_alias' },
			{ name: 'TLS Policy', value: 'tls_policy' },
		],
		description:
			'What the user may change in mailcow; every permission not selected is switched off (none selected: all off)',
	},
};

/**
 * Set Custom Attributes: name/value pairs (edit/mailbox/custom-attribute sends them as two
 * arrays; read in setCustomAttributes.ts). The set replaces all of the mailbox's attributes.
 */
export const customAttributes: INodeProperties = {
	displayName: 'Custom Attributes',
	name: 'mailboxCustomAttributes',
	type: 'fixedCollection',
	typeOptions: { multipleValues: true },
	default: {},
	placeholder: 'Add Attribute',
	description:
		'The attributes the mailboxes get, replacing all they have (none: all removed). Mailcow removes spaces from names.',
	options: [
		{
			displayName: 'Attribute',
			name: 'attribute',
			values: [
				{ displayName: 'Name', name: 'name', type: 'string', default: '', placeholder: 'role' },
				{ displayName: 'Value', name: 'value', type: 'string', default: '' },
			],
		},
	],
};

/** Pushover: a 30-character key or token of letters and digits (mailcow refuses others). */
const PUSHOVER_CREDENTIAL = /^[A-Za-z0-9]{30}$/;
const pushoverCredential = (v: unknown) =>
	PUSHOVER_CREDENTIAL.test(String(v)) ? undefined : 'must be exactly 30 letters or digits';

export const pushoverActive: MailcowField = {
	key: 'active',
	kind: 'flag',
	sendDefault: true,
	property: {
		displayName: 'Active',
		name: 'mailboxPushoverActive',
		type: 'boolean',
		default: true,
		description: 'Whether new mail triggers Pushover notifications',
	},
};

export const pushoverKey: MailcowField = {
	key: 'key',
	kind: 'secret',
	required: true,
	check: pushoverCredential,
	property: {
		displayName: 'User Key',
		name: 'mailboxPushoverKey',
		type: 'string',
		typeOptions: { password: true },
		default: '',
		description: 'The Pushover user key (30 letters or digits) the notifications go to',
	},
};

export const pushoverToken: MailcowField = {
	key: 'token',
	kind: 'secret',
	required: true,
	check: pushoverCredential,
	property: {
		displayName: 'API Token',
		name: 'mailboxPushoverToken',
		type: 'string',
		typeOptions: { password: true },
		default: '',
		description: 'The API token (30 letters or digits) of the Pushover application that sends them',
	},
};

const PUSHOVER_SOUNDS = [
	'pushover',
	'bike',
	'bugle',
	'cashregister',
	'classical',
	'cosmic',
	'falling',
	'gamelan',
	'incoming',
	'intermission',
	'magic',
	'mechanical',
	'pianobar',
	'siren',
	'spacealarm',
	'tugboat',
	'alien',
	'climb',
	'persistent',
	'echo',
	'updown',
	'vibrate',
	'none',
];

/** Set Pushover's options; the ones not added keep their value in mailcow. */
export const pushoverOptions: MailcowField[] = [
	{
		key: 'title',
		kind: 'text',
		property: {
			displayName: 'Title',
			name: 'title',
			type: 'string',
			default: '',
			placeholder: 'Mail',
			description: 'Title of the notification',
		},
	},
	{
		key: 'text',
		kind: 'text',
		property: {
			displayName: 'Text',
			name: 'text',
			type: 'string',
			default: '',
			placeholder: 'You have mail from {SENDER}',
			description: 'Text of the notification; {SUBJECT} and {SENDER} are replaced by mailcow',
		},
	},
	{
		key: 'senders',
		kind: 'csv',
		property: {
			displayName: 'Senders',
			name: 'senders',
			type: 'string',
			default: '',
			placeholder: 'boss@example.com, ceo@example.com',
			description:
				'Notify only for mail from these addresses (comma-separated; empty: all senders)',
		},
	},
	{
		key: 'senders_regex',
		kind: 'text',
		property: {
			displayName: 'Senders Regex',
			name: 'senders_regex',
			type: 'string',
			default: '',
			placeholder: '/^.*@example\\.com$/i',
			description:
				'Notify only for senders matching this regular expression (PCRE, checked by mailcow)',
		},
	},
	{
		key: 'evaluate_x_prio',
		kind: 'flag',
		property: {
			displayName: 'Escalate High Priority',
			name: 'evaluate_x_prio',
			type: 'boolean',
			default: false,
			description:
				'Whether mail marked as high priority (X-Priority) is sent as a high-priority notification',
		},
	},
	{
		key: 'only_x_prio',
		kind: 'flag',
		property: {
			displayName: 'Only High Priority',
			name: 'only_x_prio',
			type: 'boolean',
			default: false,
			description: 'Whether only mail marked as high priority (X-Priority) is notified',
		},
	},
	{
		key: 'sound',
		kind: 'option',
		property: {
			displayName: 'Sound',
			name: 'sound',
			type: 'options',
			default: 'pushover',
			options: PUSHOVER_SOUNDS.map((value) => ({
				name: value === 'none' ? 'None (Silent)' : value[0].toUpperCase() + value.slice(1),
				value,
			})).sort((a, b) => a.name.localeCompare(b.name)),
			description: 'The sound the notification plays',
		},
	},
];

/** Get Last Login: only logins of the last days (optional). */
export const lastLoginDays: MailcowField = {
	key: 'days',
	kind: 'int',
	property: {
		displayName: 'Days',
		name: 'mailboxLastLoginDays',
		type: 'number',
		typeOptions: { minValue: 0 },
		default: 0,
		description: 'Only logins of this many last days (0: all mailcow keeps)',
	},
};

/** Delete Tags: the tags removed from the mailbox. */
export const tagsToDelete: MailcowField = {
	key: 'tags',
	kind: 'list',
	required: true,
	property: {
		displayName: 'Tags to Delete',
		name: 'mailboxTagsToDelete',
		type: 'string',
		default: '',
		placeholder: 'old, obsolete',
		description:
			'Comma-separated tags to remove from the mailbox; tags it does not have are ignored',
	},
};

/** Rename: the mailbox's new local part (the domain stays). */
export const newLocalPart: MailcowField = {
	key: 'new_local_part',
	kind: 'string',
	required: true,
	check: localPart.check,
	property: {
		displayName: 'New Local Part',
		name: 'mailboxNewLocalPart',
		type: 'string',
		default: '',
		placeholder: 'jane.smith',
		description: 'The new part of the address before the @; the domain stays',
	},
};

export const renameCreateAlias: MailcowField = {
	key: 'create_alias',
	kind: 'flag',
	sendDefault: true,
	property: {
		displayName: 'Keep Old Address as Alias',
		name: 'mailboxRenameCreateAlias',
		type: 'boolean',
		default: true,
		description:
			'Whether mailcow creates an alias from the old address to the new one, so mail sent to the old address still arrives',
	},
};
