import type { INodeProperties } from 'n8n-workflow';
import { mailboxLocator } from '../../shared/descriptions';
import type { MailcowField } from '../../shared/fields';

/** Every field of the App Password resource, declared once. */

/** The mailbox the app passwords belong to (Create, Get Many, and every Update: see update.ts). */
export const mailbox: MailcowField = {
	key: 'username',
	kind: 'string',
	required: true,
	property: mailboxLocator('appPasswordMailbox'),
};

export const appName: MailcowField = {
	key: 'app_name',
	kind: 'string',
	required: true,
	property: {
		displayName: 'App Name',
		name: 'appName',
		type: 'string',
		default: '',
		placeholder: 'Phone',
		description: 'A name that tells the user where this password is used',
	},
};

export const password: MailcowField = {
	key: 'app_passwd',
	kind: 'secret',
	property: {
		displayName: 'App Password',
		name: 'appPasswordSecret',
		type: 'string',
		typeOptions: { password: true },
		default: '',
		description:
			'Leave empty to generate a strong password, returned as generatedPassword in the output item (the only time it can be read). n8n keeps output items in saved executions: treat them as secret.',
	},
};

/** Mailcow's protocol names (`imap_access` …); the ones not selected are switched off. */
const protocolOptions: INodeProperties['options'] = [
	{ name: 'ActiveSync', value: 'eas_access' },
	{ name: 'CalDAV/CardDAV', value: 'dav_access' },
	{ name: 'IMAP', value: 'imap_access' },
	{ name: 'POP3', value: 'pop3_access' },
	{ name: 'Sieve', value: 'sieve_access' },
	{ name: 'SMTP', value: 'smtp_access' },
];

// Mailcow stores every protocol left out as 0 (an omitted list: none at all), so the list is
// always sent and may not be empty.
export const protocols: MailcowField = {
	key: 'protocols',
	kind: 'list',
	required: true,
	property: {
		displayName: 'Protocols',
		name: 'appProtocols',
		type: 'multiOptions',
		options: protocolOptions,
		default: [
			'imap_access',
			'pop3_access',
			'smtp_access',
			'sieve_access',
			'eas_access',
			'dav_access',
		],
		description: 'Protocols the app password may log in with; the others are switched off',
	},
};

// `active` omitted is stored as 0 by add/app-passwd: always sent.
export const active: MailcowField = {
	key: 'active',
	kind: 'flag',
	sendDefault: true,
	property: {
		displayName: 'Active',
		name: 'appActive',
		type: 'boolean',
		default: true,
		description: 'Whether the app password can be used to log in',
	},
};

/** The app passwords an Update or Delete changes: mailcow's numeric ids (see Get Many). */
export const ids: MailcowField = {
	key: 'ids',
	kind: 'list',
	required: true,
	check: (value) => {
		const bad = (value as string[]).find((id) => !/^\d+$/.test(id));
		return bad === undefined ? undefined : `"${bad}" is not an app password id (a number)`;
	},
	property: {
		displayName: 'App Password IDs',
		name: 'appIds',
		type: 'string',
		default: '',
		placeholder: '12, 13',
		description:
			'IDs of the app passwords, comma-separated (the ID field of Get Many); an expression may return an array',
	},
};

/** Update only: the attributes to change. */
export const updateAttributes: MailcowField[] = [
	{ ...active, sendDefault: false },
	{
		key: 'app_name',
		kind: 'string',
		notEmpty: true,
		property: {
			displayName: 'App Name',
			name: 'appNewName',
			type: 'string',
			default: '',
			description: 'New name of the app password',
		},
	},
	{
		key: 'app_passwd',
		kind: 'secret',
		notEmpty: true,
		property: {
			displayName: 'App Password',
			name: 'appPasswordNewSecret',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			description: "New password (must meet mailcow's password policy)",
		},
	},
	{
		key: 'protocols',
		kind: 'list',
		notEmpty: true,
		property: {
			...protocols.property,
			name: 'appNewProtocols',
			description: 'Protocols the app password may log in with; the others are switched off',
		},
	},
];
