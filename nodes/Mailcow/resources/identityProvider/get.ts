import { getSettings } from '../../shared/operation';
import { simplifyIdentityProvider } from './simplify';

export const get = getSettings({
	name: 'Get',
	value: 'get',
	action: 'Get the identity provider settings',
	description:
		'Get the external provider mailcow users log in with (Keycloak, OpenID Connect or LDAP)',
	route: '/get/identity-provider',
	simplify: simplifyIdentityProvider,
	// Mailcow answers the client secret and the LDAP bind password in clear.
	secrets: ['client_secret', 'bindpass', 'clientSecret', 'bindPassword'],
});
