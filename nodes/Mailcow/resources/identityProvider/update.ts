import type { IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';
import { variants } from '../../../shared/describe';
import { collection, fieldGroups, topLevel, type FieldGroup } from '../../../shared/fields';
import { readMailcowBody, type MailcowKind } from '../../shared/fields';
import { mailcowOperation } from '../../shared/operation';
import { setItemState } from '../../shared/state';
import { writeResult } from '../../shared/write';
import {
	attributeField,
	authorizeUrl,
	baseDn,
	bindDn,
	bindPassword,
	clientId,
	clientScopes,
	clientSecret,
	defaultTemplate,
	filter,
	host,
	ignoreSslError,
	importUsers,
	loginProvisioning,
	mailpasswordFlow,
	mappers,
	periodicSync,
	port,
	providerType,
	realm,
	redirectUrl,
	redirectUrlExtra,
	serverUrl,
	syncInterval,
	templates,
	tokenUrl,
	useSsl,
	userinfoUrl,
	useTls,
	usernameField,
	version,
} from './fields';

const described = {
	name: 'Update',
	value: 'update',
	action: 'Set the identity provider, replacing the current settings',
	description:
		'Configure the external Keycloak, OpenID Connect or LDAP provider mailcow users log in with, replacing the current settings',
};

/** Options every provider type has (Create Mailboxes on Login and Ignore SSL Errors always sent). */
const common = [loginProvisioning, ignoreSslError, defaultTemplate, mappers, templates];

/**
 * `POST edit/identity-provider {items: ["identity-provider"], attr: {authsource, …}}` (mailcow
 * ignores `items`; the spec's examples send it). The fields mailcow requires for the type are
 * top-level and required, so a missing one is refused before sending.
 */
function providerUpdate(authsource: string, fields: FieldGroup<MailcowKind>) {
	async function buildBody(this: IExecuteSingleFunctions, options: IHttpRequestOptions) {
		const attr = { authsource, ...readMailcowBody(this, fields.body) };
		setItemState(this, { summary: { type: authsource } });
		options.body = { items: ['identity-provider'], attr };
		return options;
	}
	return mailcowOperation(
		described,
		{
			method: 'POST',
			url: '/edit/identity-provider',
			preSend: buildBody,
			postReceive: [writeResult],
		},
		fields.properties,
	);
}

export const update = variants(described, providerType, {
	keycloak: providerUpdate(
		'keycloak',
		fieldGroups(
			topLevel(serverUrl, realm, clientId, clientSecret, redirectUrl, version),
			collection({ displayName: 'Options', name: 'identityProviderKeycloakOptions' }, [
				...common,
				redirectUrlExtra,
				mailpasswordFlow,
				periodicSync,
				importUsers,
				syncInterval,
			]),
		),
	),
	'generic-oidc': providerUpdate(
		'generic-oidc',
		fieldGroups(
			topLevel(authorizeUrl, tokenUrl, userinfoUrl, clientId, clientSecret, redirectUrl),
			collection({ displayName: 'Options', name: 'identityProviderOidcOptions' }, [
				...common,
				redirectUrlExtra,
				clientScopes,
			]),
		),
	),
	ldap: providerUpdate(
		'ldap',
		fieldGroups(
			topLevel(host, baseDn, bindDn, bindPassword),
			collection({ displayName: 'Options', name: 'identityProviderLdapOptions' }, [
				...common,
				port,
				useSsl,
				useTls,
				usernameField,
				filter,
				attributeField,
				periodicSync,
				importUsers,
				syncInterval,
			]),
		),
	),
});
