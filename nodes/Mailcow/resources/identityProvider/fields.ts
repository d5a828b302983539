import type { INodeProperties } from 'n8n-workflow';
import type { MailcowField } from '../../shared/fields';

/**
 * Every field of the Identity Provider resource (edit/identity-provider), declared once. Which
 * fields mailcow requires per provider type, and its defaults, follow mailcow-observed-2.md
 * ("Identity provider"); the rest of the attributes are the OpenAPI spec's.
 */

/** The provider type (mailcow's `authsource`). */
export const providerType: INodeProperties = {
	displayName: 'Provider Type',
	name: 'identityProviderType',
	type: 'options',
	noDataExpression: true,
	options: [
		{ name: 'Keycloak', value: 'keycloak', description: 'A Keycloak server (OpenID Connect)' },
		{
			name: 'Generic OIDC',
			value: 'generic-oidc',
			description: 'Any OpenID Connect provider (Authentik, Zitadel, …)',
		},
		{ name: 'LDAP', value: 'ldap', description: 'An LDAP directory (Active Directory, OpenLDAP)' },
	],
	default: 'keycloak',
};

const text = (
	key: string,
	name: string,
	displayName: string,
	description: string,
	placeholder?: string,
): MailcowField => ({
	key,
	kind: 'string',
	required: true,
	property: {
		displayName,
		name,
		type: 'string',
		default: '',
		...(placeholder ? { placeholder } : {}),
		description,
	},
});

// Keycloak
export const serverUrl = text(
	'server_url',
	'identityProviderServerUrl',
	'Server URL',
	'The base URL of the Keycloak server',
	'https://auth.example.com',
);
export const realm = text(
	'realm',
	'identityProviderRealm',
	'Realm',
	'The Keycloak realm where the mailcow client is configured',
);
export const version = text(
	'version',
	'identityProviderVersion',
	'Version',
	'The Keycloak version',
	'26.1.3',
);

// Keycloak and Generic OIDC
export const clientId = text(
	'client_id',
	'identityProviderClientId',
	'Client ID',
	'The client ID of mailcow at the provider',
);
export const clientSecret: MailcowField = {
	key: 'client_secret',
	kind: 'secret',
	required: true,
	property: {
		displayName: 'Client Secret',
		name: 'identityProviderClientSecret',
		type: 'string',
		typeOptions: { password: true },
		default: '',
		description:
			'The client secret of mailcow at the provider. Mailcow stores it in clear; Get outputs it only with Include Secrets.',
	},
};
export const redirectUrl = text(
	'redirect_url',
	'identityProviderRedirectUrl',
	'Redirect URL',
	'Where the provider sends users back after they log in (the mailcow URL)',
	'https://mail.example.com',
);

// Generic OIDC
export const authorizeUrl = text(
	'authorize_url',
	'identityProviderAuthorizeUrl',
	'Authorization Endpoint',
	"The provider's authorization URL",
	'https://auth.example.com/application/o/authorize/',
);
export const tokenUrl = text(
	'token_url',
	'identityProviderTokenUrl',
	'Token Endpoint',
	"The provider's token URL",
	'https://auth.example.com/application/o/token/',
);
export const userinfoUrl = text(
	'userinfo_url',
	'identityProviderUserinfoUrl',
	'User Info Endpoint',
	"The provider's user info URL",
	'https://auth.example.com/application/o/userinfo/',
);

// LDAP
export const host = text(
	'host',
	'identityProviderHost',
	'Host',
	'The LDAP server, or several comma-separated (the next is tried when one is unreachable)',
	'ldap1.example.com, ldap2.example.com',
);
export const baseDn = text(
	'basedn',
	'identityProviderBaseDn',
	'Base DN',
	'The DN searches start from',
	'dc=example,dc=com',
);
export const bindDn = text(
	'binddn',
	'identityProviderBindDn',
	'Bind DN',
	'The DN of the LDAP user mailcow logs in as to search (needs read access to the user attributes)',
	'cn=mailcow,dc=example,dc=com',
);
export const bindPassword: MailcowField = {
	key: 'bindpass',
	kind: 'secret',
	required: true,
	property: {
		displayName: 'Bind Password',
		name: 'identityProviderBindPassword',
		type: 'string',
		typeOptions: { password: true },
		default: '',
		description:
			'The password of the Bind DN. Mailcow stores it in clear; Get outputs it only with Include Secrets.',
	},
};

// Options

/** An option that is off unless the user turns it on. */
const flag = (
	key: string,
	name: string,
	displayName: string,
	description: string,
): MailcowField => ({
	key,
	kind: 'flag',
	property: { displayName, name, type: 'boolean', default: false, description },
});

/**
 * Mailcow sets login_provisioning to false when an edit leaves it out (recorded), although an
 * unconfigured mailcow answers it as on: always sent, on unless the user turns it off.
 */
export const loginProvisioning: MailcowField = {
	key: 'login_provisioning',
	kind: 'flag',
	sendDefault: true,
	property: {
		displayName: 'Create Mailboxes on Login',
		name: 'loginProvisioning',
		type: 'boolean',
		default: true,
		description:
			'Whether mailcow creates a mailbox when a user of the provider logs in for the first time',
	},
};

/**
 * Mailcow also sets ignore_ssl_error to false when left out: always sent, off (certificates
 * checked) unless the user opts out.
 */
export const ignoreSslError: MailcowField = {
	...flag(
		'ignore_ssl_error',
		'ignoreSslError',
		'Ignore SSL Errors',
		"Whether mailcow skips checking the provider's TLS certificate. Leave off unless the provider uses a self-signed certificate.",
	),
	sendDefault: true,
};

export const redirectUrlExtra: MailcowField = {
	key: 'redirect_url_extra',
	kind: 'list',
	property: {
		displayName: 'Extra Redirect URLs',
		name: 'redirectUrlExtra',
		type: 'string',
		default: '',
		description: 'More comma-separated URLs the provider may send users back to',
	},
};

export const defaultTemplate: MailcowField = {
	key: 'default_template',
	kind: 'string',
	property: {
		displayName: 'Default Template',
		name: 'defaultTemplate',
		type: 'string',
		default: '',
		description:
			'The mailbox template for new users no attribute mapping matches (not used for updates)',
	},
};

export const mappers: MailcowField = {
	key: 'mappers',
	kind: 'list',
	property: {
		displayName: 'Mapped Attribute Values',
		name: 'mappers',
		type: 'string',
		default: '',
		description:
			'Comma-separated attribute values, each matched to the template at the same position in Mapped Templates',
	},
};

export const templates: MailcowField = {
	key: 'templates',
	kind: 'list',
	property: {
		displayName: 'Mapped Templates',
		name: 'templates',
		type: 'string',
		default: '',
		description:
			'Comma-separated mailbox templates, each for the attribute value at the same position in Mapped Attribute Values',
	},
};

export const periodicSync = flag(
	'periodic_sync',
	'periodicSync',
	'Periodic Full Sync',
	'Whether mailcow regularly syncs all users from the provider',
);

export const importUsers = flag(
	'import_users',
	'importUsers',
	'Import Users',
	'Whether mailcow imports new users from the provider automatically',
);

export const syncInterval: MailcowField = {
	key: 'sync_interval',
	kind: 'int',
	property: {
		displayName: 'Sync Interval (Minutes)',
		name: 'syncInterval',
		type: 'number',
		typeOptions: { minValue: 1 },
		default: 15,
		description: 'How often the periodic sync and the user import run (mailcow: 15)',
	},
};

export const mailpasswordFlow = flag(
	'mailpassword_flow',
	'mailpasswordFlow',
	'Mail Password Flow',
	"Whether mailcow checks users' passwords through Keycloak's admin API instead of only the login redirect",
);

export const clientScopes: MailcowField = {
	key: 'client_scopes',
	kind: 'string',
	property: {
		displayName: 'Client Scopes',
		name: 'clientScopes',
		type: 'string',
		default: '',
		placeholder: 'openid profile email mailcow_template',
		description:
			'The OpenID scopes mailcow asks for, space-separated (mailcow: openid profile email mailcow_template)',
	},
};

/** Sent as text: the spec types the port as a string (mailcow runs it through intval). */
export const port: MailcowField = {
	key: 'port',
	kind: 'string',
	check: (value) =>
		/^\d+$/.test(String(value)) && Number(value) >= 1 && Number(value) <= 65535
			? undefined
			: 'must be a port number from 1 to 65535',
	property: {
		displayName: 'Port',
		name: 'port',
		type: 'number',
		typeOptions: { minValue: 1, maxValue: 65535 },
		default: 389,
		description: 'The LDAP port (mailcow: 389; with Use SSL mailcow changes 389 to 636)',
	},
};

export const useSsl = flag('use_ssl', 'useSsl', 'Use SSL', 'Whether to connect with LDAPS');

export const useTls = flag(
	'use_tls',
	'useTls',
	'Use StartTLS',
	'Whether to upgrade the connection with StartTLS (preferred over SSL; not with an SSL port)',
);

const ldapText = (key: string, name: string, displayName: string, description: string) => ({
	key,
	kind: 'string' as const,
	property: { displayName, name, type: 'string' as const, default: '', description },
});

export const usernameField: MailcowField = ldapText(
	'username_field',
	'usernameField',
	'Username Field',
	'The LDAP attribute that identifies users when they log in (mailcow: mail)',
);

export const filter: MailcowField = ldapText(
	'filter',
	'filter',
	'Filter',
	'An LDAP search filter limiting which users may log in',
);

export const attributeField: MailcowField = ldapText(
	'attribute_field',
	'attributeField',
	'Attribute Field',
	'The LDAP attribute whose value is matched against Mapped Attribute Values',
);
