import type { IDataObject } from 'n8n-workflow';
import { domainLocator, mailboxLocator } from '../../shared/descriptions';
import type { MailcowField } from '../../shared/fields';
import { ADD_TAGS_DESCRIPTION, removeTags } from '../../shared/tags';

/** Every field of the Mailbox resource, declared once: the parameter and how mailcow takes it. */

const PROTOCOLS = ['imap', 'pop3', 'smtp', 'sieve', 'eas', 'dav'];

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

const active: MailcowField = {
	key: 'active',
	kind: 'flag',
	property: {
		displayName: 'Active',
		name: 'active',
		type: 'boolean',
		default: true,
		description: 'Whether the mailbox can log in and receive mail',
	},
};

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
			options: [
				{ name: 'All', value: 'all' },
				{ name: 'Junk Folder', value: 'add_header' },
				{ name: 'Rejected', value: 'reject' },
			],
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
			options: [
				{ name: 'Daily', value: 'daily' },
				{ name: 'Hourly', value: 'hourly' },
				{ name: 'Never', value: 'never' },
				{ name: 'Weekly', value: 'weekly' },
			],
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
