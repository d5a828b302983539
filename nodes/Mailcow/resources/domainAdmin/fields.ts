import { manyDescription, pickerOf } from '../../../shared/locators';
import type { MailcowField } from '../../shared/fields';

/** Every field of the Domain Admin resource, declared once: the parameter and how mailcow takes it. */

// Mailcow accepts letters, digits and `_.-` in domain-admin names (so no email addresses).
const checkUsername = (v: unknown) =>
	/^[A-Za-z0-9_.-]+$/.test(String(v))
		? undefined
		: `"${String(v)}" may contain only letters, digits and _ . -`;

/** What the ids of a write are, singular and plural, for failures mailcow leaves unnamed. */
export const admins: [string, string] = ['domain admin', 'domain admins'];

/** The domain admin picker: the list, or usernames typed (several with `many`). */
function adminPicker(name: string, many = false) {
	return pickerOf({
		displayName: many ? 'Usernames' : 'Username',
		name,
		searchListMethod: 'searchDomainAdmins',
		typed: {
			name: 'username',
			displayName: many ? 'By Usernames' : 'By Username',
			placeholder: many ? 'acme_admin, beta_admin' : 'acme_admin',
		},
		many,
		description: many
			? manyDescription('domain administrator', 'usernames')
			: 'Username of the domain administrator',
	});
}

/** The admin a Get, Update or Edit ACL names. */
export const username: MailcowField = {
	key: 'username',
	kind: 'string',
	required: true,
	check: checkUsername,
	property: adminPicker('adminUsername'),
};

/** The admins a Delete removes. */
export const usernames: MailcowField = {
	key: 'usernames',
	kind: 'list',
	required: true,
	property: adminPicker('adminUsernames', true),
};

/** Create: the new admin's name, generated when empty. */
export const newUsername: MailcowField = {
	key: 'username',
	kind: 'string',
	check: checkUsername,
	property: {
		displayName: 'Username',
		name: 'newAdminUsername',
		type: 'string',
		default: '',
		placeholder: 'acme_admin',
		description:
			'Letters, digits and _ . - only. Leave empty to generate one (returned in the output).',
	},
};

export const domains: MailcowField = {
	key: 'domains',
	kind: 'list',
	required: true,
	property: {
		displayName: 'Domains',
		name: 'adminDomains',
		type: 'string',
		default: '',
		placeholder: 'example.com, example.org',
		description:
			'Domains the admin manages, separated by commas (an expression may also return an array)',
	},
};

export const password: MailcowField = {
	key: 'password',
	kind: 'secret',
	property: {
		displayName: 'Password',
		name: 'adminPassword',
		type: 'string',
		typeOptions: { password: true },
		default: '',
		description:
			'Leave empty to generate a strong password, returned as generatedPassword in the output item. n8n keeps output items in saved executions: treat them as secret, or turn off saving successful executions in the workflow settings.',
	},
};

export const active: MailcowField = {
	key: 'active',
	kind: 'flag',
	property: {
		displayName: 'Active',
		name: 'adminActive',
		type: 'boolean',
		default: true,
		description: 'Whether the admin can log in',
	},
};

/** Update: the attributes to change. */
export const updateAttributes: MailcowField[] = [
	{ ...active, property: { ...active.property, name: 'active' } },
	{
		key: 'domains',
		kind: 'list',
		property: {
			displayName: 'Domains',
			name: 'domains',
			type: 'string',
			default: '',
			placeholder: 'example.com, example.org',
			description: 'Comma-separated domains. They replace the current list.',
		},
	},
	{
		key: 'username_new',
		kind: 'string',
		check: checkUsername,
		property: {
			displayName: 'New Username',
			name: 'username_new',
			type: 'string',
			default: '',
			description: 'Rename the admin; use letters, digits, dots, dashes and underscores only',
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
];

/** Edit ACL: mailcow's domain-admin permissions (`da_acl`); those not listed are switched off. */
export const permissions: MailcowField = {
	key: 'da_acl',
	kind: 'list',
	property: {
		displayName: 'Permissions',
		name: 'adminAcl',
		type: 'multiOptions',
		default: [],
		options: [
			{ name: 'Alias Domains', value: 'alias_domains' },
			{ name: 'App Passwords', value: 'app_passwds' },
			{ name: 'BCC Maps', value: 'bcc_maps' },
			{ name: 'Domain Description', value: 'domain_desc' },
			{ name: 'Extend Sender ACL', value: 'extend_sender_acl' },
			{ name: 'Filters', value: 'filters' },
			{ name: 'Log In as Mailbox User', value: 'login_as' },
			{ name: 'Protocol Access', value: 'protocol_access' },
			{ name: 'Pushover', value: 'pushover' },
			{ name: 'Quarantine', value: 'quarantine' },
			{ name: 'Rate Limit', value: 'ratelimit' },
			{ name: 'SMTP IP Access', value: 'smtp_ip_access' },
			{ name: 'SOGo Access', value: 'sogo_access' },
			{ name: 'Spam Policy', value: 'spam_policy' },
			{ name: 'Sync Jobs', value: 'syncjobs' },
			{ name: 'Unlimited Quota', value: 'unlimited_quota' },
		],
		description: 'The permissions the admin gets; all others are removed',
	},
};
