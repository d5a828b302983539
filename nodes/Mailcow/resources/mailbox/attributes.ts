import type { IDataObject, INodeProperties } from 'n8n-workflow';
import { sortByName } from '../../shared/descriptions';
import { collectionField, type FieldSpec } from '../../shared/fields';
import { ADD_TAGS_DESCRIPTION } from '../../shared/tags';

const PROTOCOLS = ['imap', 'pop3', 'smtp', 'sieve', 'eas', 'dav'];

/** Mailbox attributes shared by Create (options) and Update (fields to change). */
const OPTIONS: INodeProperties[] = [
	{
		displayName: 'Active',
		name: 'active',
		type: 'boolean',
		default: true,
		description: 'Whether the mailbox can log in and receive mail',
	},
	{
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
	{
		displayName: 'Force Password Update',
		name: 'force_pw_update',
		type: 'boolean',
		default: false,
		description: 'Whether the user must change the password at the next login',
	},
	{
		displayName: 'Force Two-Factor Authentication',
		name: 'force_tfa',
		type: 'boolean',
		default: false,
		description: 'Whether the user must set up two-factor authentication',
	},
	{
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
	{
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
	{
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
	{
		displayName: 'SOGo Access',
		name: 'sogo_access',
		type: 'boolean',
		default: true,
		description: 'Whether the user may log in to SOGo webmail',
	},
	{
		displayName: 'Tags',
		name: 'tags',
		type: 'string',
		default: '',
		placeholder: 'staff, vip',
		description: ADD_TAGS_DESCRIPTION,
	},
];

export const mailboxAttributeOptions = (extra: INodeProperties[]) =>
	sortByName([...OPTIONS, ...extra]);

export function mailboxAttributeFields(collection: string): FieldSpec[] {
	const f = collectionField(collection);
	return [
		f('active', 'flag', 'Active'),
		f('authsource', 'string', 'Authentication Source', {
			options: ['mailcow', 'ldap', 'keycloak', 'generic-oidc'],
		}),
		f('force_pw_update', 'flag', 'Force Password Update'),
		f('force_tfa', 'flag', 'Force Two-Factor Authentication'),
		f('sogo_access', 'flag', 'SOGo Access'),
		f('protocol_access', 'list', 'Protocol Access', {
			check: (v) => {
				const unknown = (v as string[]).filter((p) => !PROTOCOLS.includes(p));
				return unknown.length
					? `unknown protocol ${unknown.join(', ')} (use ${PROTOCOLS.join(', ')})`
					: undefined;
			},
		}),
		f('quarantine_notification', 'string', 'Quarantine Notification', {
			options: ['never', 'hourly', 'daily', 'weekly'],
		}),
		f('quarantine_category', 'string', 'Quarantine Category', {
			options: ['reject', 'add_header', 'all'],
		}),
		f('tags', 'list', 'Tags'),
	];
}

/**
 * Protocol access as one flag per protocol (`imap_access: 1`, …): explicit for every protocol, so
 * an unselected protocol is really switched off.
 */
export function expandProtocols(body: IDataObject): IDataObject {
	const selected = body.protocol_access as string[] | undefined;
	if (!selected) return body;
	const rest = { ...body };
	delete rest.protocol_access;
	for (const p of PROTOCOLS) rest[`${p}_access`] = selected.includes(p) ? 1 : 0;
	return rest;
}
