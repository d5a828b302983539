import type { MailcowResource } from '../../shared/resource';
import { get } from './get';
import { update } from './update';

export const identityProvider: MailcowResource = {
	name: 'Identity Provider',
	value: 'identityProvider',
	default: 'get',
	operations: [get, update],
	messages: {
		object_modified: 'The identity provider settings were saved.',
		// Mailcow names the missing attribute after the key (`realm`, `client_id`…).
		required_data_missing:
			'A field mailcow requires is missing or empty (its mailcow name follows the key); nothing was saved.',
		invalid_authsource:
			'The provider type is not Keycloak, Generic OIDC or LDAP; nothing was saved.',
	},
};
