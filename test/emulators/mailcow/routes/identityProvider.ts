// The external identity provider: get/edit/delete/identity-provider, edit/identity-provider-test.
import {
	genericError,
	getAnswer,
	intval,
	isEmpty,
	record,
	splitList,
	str,
	writeAnswer,
} from '../php';
import type { MailcowHandler, RouteTable } from './index';

const REQUIRED: Record<string, string[]> = {
	keycloak: ['server_url', 'realm', 'client_id', 'client_secret', 'redirect_url', 'version'],
	'generic-oidc': [
		'authorize_url',
		'token_url',
		'client_id',
		'client_secret',
		'redirect_url',
		'userinfo_url',
	],
	ldap: ['host', 'basedn', 'binddn', 'bindpass'],
};
const OIDC_FIELDS = [
	...new Set([...REQUIRED.keycloak, ...REQUIRED['generic-oidc'], 'default_template']),
];
const LDAP_BOOLEANS = ['use_ssl', 'use_tls', 'ignore_ssl_errors'];

/** All stored keys in clear, sorted, secrets included; the ldap booleans last. */
const getProvider: MailcowHandler = ({ state }) => {
	const stored = state.identityProvider;
	if (!stored) return getAnswer({ login_provisioning: 1 });
	const keys = Object.keys(stored)
		.filter((k) => !LDAP_BOOLEANS.includes(k))
		.sort();
	const body: Record<string, unknown> = Object.fromEntries(keys.map((k) => [k, stored[k]]));
	if (stored.authsource === 'ldap') for (const k of LDAP_BOOLEANS) body[k] = stored[k] ?? false;
	return getAnswer(body);
};

/**
 * The user sync of Keycloak and LDAP: flags stored as "0"/"1"; an empty or missing interval is
 * 15 minutes, one below 1 is 1 (mailcow's identity_provider() code).
 */
function storeSyncSettings(stored: Record<string, unknown>, attr: Record<string, unknown>) {
	stored.periodic_sync = String(intval(attr.periodic_sync));
	stored.import_users = String(intval(attr.import_users));
	const interval = isEmpty(attr.sync_interval) ? 15 : intval(attr.sync_interval);
	stored.sync_interval = String(Math.max(interval, 1));
}

const list = (value: unknown) =>
	Array.isArray(value) ? value.map(str) : value === undefined ? [] : [str(value)];

const editProvider: MailcowHandler = ({ state, payload }) => {
	const attr = record(record(payload).attr);
	const logged = { ...attr };
	if ('client_secret' in logged) logged.client_secret = '*';
	const entryLog = ['identity_provider', 'edit', logged];
	const danger = (msg: unknown[]) =>
		writeAnswer([{ type: 'danger', log: entryLog, msg: msg as [string] }]);
	if (isEmpty(attr.authsource)) return danger(['required_data_missing', '']);
	const authsource = str(attr.authsource).toLowerCase();
	if (!REQUIRED[authsource]) return danger(['invalid_authsource', null]);
	const missing = REQUIRED[authsource].find((key) => isEmpty(attr[key]));
	if (missing) return danger(['required_data_missing', missing]);
	// Keys of a previously configured provider type stay.
	const stored: Record<string, unknown> = { ...(state.identityProvider ?? {}) };
	stored.authsource = authsource;
	// Omitted flags are false: an edit without login_provisioning turns provisioning off.
	stored.login_provisioning = intval(attr.login_provisioning) === 1;
	stored.ignore_ssl_error = intval(attr.ignore_ssl_error) === 1 ? '1' : '';
	if (authsource === 'ldap') {
		stored.host = splitList(attr.host).join(',');
		stored.port = attr.port === undefined ? '389' : str(attr.port);
		for (const key of ['basedn', 'binddn', 'bindpass']) stored[key] = str(attr[key]);
		stored.username_field = attr.username_field === undefined ? 'mail' : str(attr.username_field);
		stored.filter = str(attr.filter);
		stored.attribute_field = str(attr.attribute_field);
		storeSyncSettings(stored, attr);
		for (const key of LDAP_BOOLEANS) stored[key] = intval(attr[key]) === 1;
	} else {
		for (const key of OIDC_FIELDS) if (attr[key] !== undefined) stored[key] = str(attr[key]);
		if (authsource === 'keycloak') {
			// mailcow trims the server URL's trailing slashes.
			stored.server_url = str(attr.server_url).replace(/\/+$/, '');
			stored.mailpassword_flow = String(intval(attr.mailpassword_flow));
			storeSyncSettings(stored, attr);
		}
		stored.client_scopes =
			attr.client_scopes === undefined
				? 'openid profile email mailcow_template'
				: str(attr.client_scopes);
		stored.access_token = '';
		// Empty entries of redirect_url_extra are dropped.
		stored.redirect_url_extra = list(attr.redirect_url_extra).filter((u) => u !== '');
	}
	if (attr.mappers !== undefined) stored.mappers = list(attr.mappers);
	if (attr.templates !== undefined) stored.templates = list(attr.templates);
	state.identityProvider = stored;
	return writeAnswer([{ type: 'success', log: entryLog, msg: ['object_modified', ''] }]);
};

/** Needs any body; removes the configuration. */
const deleteProvider: MailcowHandler = ({ state }) => {
	state.identityProvider = null;
	return writeAnswer([
		{ type: 'success', log: ['identity_provider', 'delete', null], msg: ['item_deleted', ''] },
	]);
};

/** The emulator reaches no identity provider: the test fails without an entry. */
const testProvider: MailcowHandler = () => genericError('edit');

export const identityProviderRoutes: RouteTable = {
	get: { 'identity-provider': getProvider },
	edit: { 'identity-provider': editProvider, 'identity-provider-test': testProvider },
	delete: { 'identity-provider': deleteProvider },
};
