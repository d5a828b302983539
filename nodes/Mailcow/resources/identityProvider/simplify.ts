import type { IDataObject } from 'n8n-workflow';
import { flag } from '../../shared/simplify';

const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const number = (value: unknown) => (value === undefined || value === '' ? null : Number(value));
const has = (value: unknown) => typeof value === 'string' && value !== '';

/** The keys of each provider type (mailcow keeps those of a type configured before: left out). */
const BY_TYPE: Record<string, (r: IDataObject) => IDataObject> = {
	keycloak: (r) => ({
		serverUrl: r.server_url,
		realm: r.realm,
		clientId: r.client_id,
		hasClientSecret: has(r.client_secret),
		redirectUrl: r.redirect_url,
		redirectUrlExtra: list(r.redirect_url_extra),
		version: r.version,
		mailpasswordFlow: flag(r.mailpassword_flow),
		periodicSync: flag(r.periodic_sync),
		importUsers: flag(r.import_users),
		syncInterval: number(r.sync_interval),
		clientSecret: r.client_secret,
	}),
	'generic-oidc': (r) => ({
		authorizeUrl: r.authorize_url,
		tokenUrl: r.token_url,
		userinfoUrl: r.userinfo_url,
		clientId: r.client_id,
		hasClientSecret: has(r.client_secret),
		redirectUrl: r.redirect_url,
		redirectUrlExtra: list(r.redirect_url_extra),
		clientScopes: r.client_scopes,
		clientSecret: r.client_secret,
	}),
	ldap: (r) => ({
		host: typeof r.host === 'string' && r.host !== '' ? r.host.split(',') : [],
		port: number(r.port),
		useSsl: flag(r.use_ssl),
		useTls: flag(r.use_tls),
		baseDn: r.basedn,
		bindDn: r.binddn,
		hasBindPassword: has(r.bindpass),
		usernameField: r.username_field,
		filter: r.filter,
		attributeField: r.attribute_field,
		periodicSync: flag(r.periodic_sync),
		importUsers: flag(r.import_users),
		syncInterval: number(r.sync_interval),
		bindPassword: r.bindpass,
	}),
};

/**
 * The provider as n8n users read it: `configured` (mailcow answers only `login_provisioning`
 * when none is), its `type`, flags as booleans, numbers as numbers, the keys of its type only,
 * `hasClientSecret` / `hasBindPassword` instead of the secrets (those only with Include Secrets).
 */
export function simplifyIdentityProvider(r: IDataObject): IDataObject {
	const type = typeof r.authsource === 'string' ? r.authsource : undefined;
	if (!type || !BY_TYPE[type])
		return { configured: false, loginProvisioning: flag(r.login_provisioning) };
	return {
		configured: true,
		type,
		loginProvisioning: flag(r.login_provisioning),
		ignoreSslError: flag(r.ignore_ssl_error),
		...BY_TYPE[type](r),
		defaultTemplate: r.default_template,
		mappers: list(r.mappers),
		templates: list(r.templates),
	};
}
