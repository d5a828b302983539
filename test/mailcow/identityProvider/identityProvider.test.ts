import { expectNoSecret } from '../../helpers/secrets';
import { items, run, runOk, useMailcow, wire } from '../setup';

const CLIENT_SECRET = 'kc-Secret-4711';
const BIND_PASSWORD = 'ldap-Bind-0815';

// The external identity provider (edit/identity-provider, get/identity-provider;
// mailcow-observed-2.md "Identity provider"). Mailcow answers client_secret and bindpass in clear:
// the node outputs them only with Include Secrets on, and never in an error.
describe('Mailcow → Identity Provider', () => {
	const mailcow = useMailcow();

	const keycloak = {
		resource: 'identityProvider',
		operation: 'update',
		identityProviderType: 'keycloak',
		identityProviderServerUrl: 'https://kc.acme.test',
		identityProviderRealm: 'mailcow',
		identityProviderClientId: 'mailcow_client',
		identityProviderClientSecret: CLIENT_SECRET,
		identityProviderRedirectUrl: 'https://mail.acme.test',
		identityProviderVersion: '26.1.3',
	};

	const genericOidc = {
		resource: 'identityProvider',
		operation: 'update',
		identityProviderType: 'generic-oidc',
		identityProviderAuthorizeUrl: 'https://idp.acme.test/auth',
		identityProviderTokenUrl: 'https://idp.acme.test/token',
		identityProviderUserinfoUrl: 'https://idp.acme.test/userinfo',
		identityProviderClientId: 'mailcow',
		identityProviderClientSecret: CLIENT_SECRET,
		identityProviderRedirectUrl: 'https://mail.acme.test',
	};

	describe('Update', () => {
		it('sends a Keycloak provider, provisioning on and TLS verified unless turned off', async () => {
			const out = await runOk(mailcow, {
				...keycloak,
				identityProviderKeycloakOptions: {
					redirectUrlExtra: 'https://alt.acme.test',
					syncInterval: 30,
					periodicSync: true,
				},
			});
			expect(wire(mailcow)).toEqual([
				{
					method: 'POST',
					rawPath: '/api/v1/edit/identity-provider',
					body: {
						items: ['identity-provider'],
						attr: {
							authsource: 'keycloak',
							server_url: 'https://kc.acme.test',
							realm: 'mailcow',
							client_id: 'mailcow_client',
							client_secret: CLIENT_SECRET,
							redirect_url: 'https://mail.acme.test',
							version: '26.1.3',
							ignore_ssl_error: 0,
							login_provisioning: 1,
							periodic_sync: 1,
							redirect_url_extra: ['https://alt.acme.test'],
							sync_interval: 30,
						},
					},
				},
			]);
			expect(out).toEqual([{ success: true, type: 'keycloak', messages: ['Object changed'] }]);
			expect(mailcow.state.identityProvider).toMatchObject({
				authsource: 'keycloak',
				login_provisioning: true,
				client_secret: CLIENT_SECRET,
			});
		});

		it('sends a Generic OIDC provider with its options', async () => {
			await runOk(mailcow, {
				...genericOidc,
				identityProviderOidcOptions: {
					clientScopes: 'openid email',
					defaultTemplate: 'Default',
					loginProvisioning: false,
					mappers: 'role-a, role-b',
					templates: 'small, large',
				},
			});
			expect(wire(mailcow)[0].body).toEqual({
				items: ['identity-provider'],
				attr: {
					authsource: 'generic-oidc',
					authorize_url: 'https://idp.acme.test/auth',
					token_url: 'https://idp.acme.test/token',
					userinfo_url: 'https://idp.acme.test/userinfo',
					client_id: 'mailcow',
					client_secret: CLIENT_SECRET,
					redirect_url: 'https://mail.acme.test',
					client_scopes: 'openid email',
					default_template: 'Default',
					ignore_ssl_error: 0,
					login_provisioning: 0,
					mappers: ['role-a', 'role-b'],
					templates: ['small', 'large'],
				},
			});
			expect(mailcow.state.identityProvider).toMatchObject({
				authsource: 'generic-oidc',
				login_provisioning: false,
				mappers: ['role-a', 'role-b'],
			});
		});

		it('sends an LDAP provider', async () => {
			const result = await run(mailcow, {
				resource: 'identityProvider',
				operation: 'update',
				identityProviderType: 'ldap',
				identityProviderHost: 'ldap.acme.test,ldap2.acme.test',
				identityProviderBaseDn: 'dc=acme,dc=test',
				identityProviderBindDn: 'cn=reader,dc=acme,dc=test',
				identityProviderBindPassword: BIND_PASSWORD,
				identityProviderLdapOptions: { port: 636, useSsl: true, usernameField: 'uid' },
			});
			expect(result.error).toBeUndefined();
			expect(wire(mailcow)[0].body).toEqual({
				items: ['identity-provider'],
				attr: {
					authsource: 'ldap',
					host: 'ldap.acme.test,ldap2.acme.test',
					basedn: 'dc=acme,dc=test',
					binddn: 'cn=reader,dc=acme,dc=test',
					bindpass: BIND_PASSWORD,
					ignore_ssl_error: 0,
					login_provisioning: 1,
					port: '636',
					use_ssl: 1,
					username_field: 'uid',
				},
			});
			expect(result.items.map((i) => i.json)).toEqual([
				{ success: true, type: 'ldap', messages: ['Object changed'] },
			]);
			expectNoSecret(result, BIND_PASSWORD);
			expect(mailcow.state.identityProvider).toMatchObject({ authsource: 'ldap', port: '636' });
		});

		it('sends LDAP ports 1 to 65535 and refuses any other port before sending', async () => {
			const ports = ['1', '65535', '0', '65536', '1e3', '0x11'];
			const result = await run(
				mailcow,
				{
					resource: 'identityProvider',
					operation: 'update',
					identityProviderType: 'ldap',
					identityProviderHost: 'ldap.acme.test',
					identityProviderBaseDn: 'dc=acme,dc=test',
					identityProviderBindDn: 'cn=reader,dc=acme,dc=test',
					identityProviderBindPassword: BIND_PASSWORD,
					identityProviderLdapOptions: { port: '={{ $json.port }}' },
				},
				{ items: items(...ports.map((port) => ({ port }))), continueOnFail: true },
			);
			expect(result.items.map((i) => i.json.error ?? i.json.success)).toEqual([
				true,
				true,
				...ports
					.slice(2)
					.map((_, i) => `Port: must be a port number from 1 to 65535 (item ${i + 2})`),
			]);
			expect(wire(mailcow).map((r) => (r.body as { attr: { port: string } }).attr.port)).toEqual([
				'1',
				'65535',
			]);
			expectNoSecret(result, BIND_PASSWORD);
		});

		it('refuses a missing required field before sending, naming it and the item (2 items paired)', async () => {
			const result = await run(
				mailcow,
				{ ...keycloak, identityProviderRealm: '={{ $json.realm }}' },
				{ items: items({ realm: 'mailcow' }, { realm: '' }), continueOnFail: true },
			);
			expect(result.items.map((i) => i.pairedItem)).toEqual([{ item: 0 }, { item: 1 }]);
			expect(result.items[0].json).toMatchObject({ success: true, type: 'keycloak' });
			expect(result.items[1].json.error).toBe('Realm: is required (item 1)');
			expect(mailcow.requests).toHaveLength(1);
			expectNoSecret(result, CLIENT_SECRET);
		});
	});

	describe('Get', () => {
		const configure = () => {
			mailcow.state.identityProvider = {
				access_token: '',
				authsource: 'ldap',
				basedn: 'dc=acme,dc=test',
				binddn: 'cn=reader,dc=acme,dc=test',
				bindpass: BIND_PASSWORD,
				client_id: 'mailcow',
				client_secret: CLIENT_SECRET,
				attribute_field: '',
				filter: '',
				host: 'ldap.acme.test,ldap2.acme.test',
				ignore_ssl_error: '',
				import_users: '0',
				login_provisioning: true,
				mappers: ['role-a'],
				templates: ['Default'],
				default_template: 'Default',
				periodic_sync: '1',
				port: '389',
				sync_interval: '15',
				username_field: 'mail',
				use_ssl: false,
				use_tls: true,
				ignore_ssl_errors: false,
			};
		};

		it('reads the provider simplified, without its secrets', async () => {
			configure();
			const result = await run(mailcow, { resource: 'identityProvider', operation: 'get' });
			expect(wire(mailcow)).toEqual([
				{ method: 'GET', rawPath: '/api/v1/get/identity-provider', body: null },
			]);
			expect(result.items.map((i) => i.json)).toEqual([
				{
					configured: true,
					type: 'ldap',
					loginProvisioning: true,
					ignoreSslError: false,
					host: ['ldap.acme.test', 'ldap2.acme.test'],
					port: 389,
					useSsl: false,
					useTls: true,
					baseDn: 'dc=acme,dc=test',
					bindDn: 'cn=reader,dc=acme,dc=test',
					hasBindPassword: true,
					usernameField: 'mail',
					filter: '',
					attributeField: '',
					periodicSync: true,
					importUsers: false,
					syncInterval: 15,
					defaultTemplate: 'Default',
					mappers: ['role-a'],
					templates: ['Default'],
				},
			]);
			expectNoSecret(result, BIND_PASSWORD, CLIENT_SECRET);
		});

		it('reads an LDAP port saved empty as no port, not port 0', async () => {
			configure();
			// mailcow stores the port as sent: an LDAP form saved with its port cleared.
			mailcow.state.identityProvider!.port = '';
			const out = await runOk(mailcow, { resource: 'identityProvider', operation: 'get' });
			expect(out[0]).toMatchObject({ type: 'ldap', port: null, syncInterval: 15 });
		});

		it('leaves the secrets out of the raw answer too, and outputs them with Include Secrets', async () => {
			configure();
			const raw = await run(mailcow, {
				resource: 'identityProvider',
				operation: 'get',
				simplify: false,
			});
			expect(raw.items[0].json).toMatchObject({ authsource: 'ldap', client_id: 'mailcow' });
			expectNoSecret(raw, BIND_PASSWORD, CLIENT_SECRET);

			const out = await runOk(mailcow, {
				resource: 'identityProvider',
				operation: 'get',
				includeSecrets: true,
			});
			expect(out[0]).toMatchObject({ bindPassword: BIND_PASSWORD, hasBindPassword: true });
		});

		it('reads back a Keycloak provider with its own keys only', async () => {
			await runOk(mailcow, keycloak);
			const result = await run(mailcow, { resource: 'identityProvider', operation: 'get' });
			expect(result.items.map((i) => i.json)).toEqual([
				{
					configured: true,
					type: 'keycloak',
					loginProvisioning: true,
					ignoreSslError: false,
					serverUrl: 'https://kc.acme.test',
					realm: 'mailcow',
					clientId: 'mailcow_client',
					hasClientSecret: true,
					redirectUrl: 'https://mail.acme.test',
					redirectUrlExtra: [],
					version: '26.1.3',
					mailpasswordFlow: false,
					periodicSync: false,
					importUsers: false,
					syncInterval: 15,
					mappers: [],
					templates: [],
				},
			]);
			expectNoSecret(result, CLIENT_SECRET);
		});

		it("reads back a Keycloak provider's user sync as set", async () => {
			await runOk(mailcow, {
				...keycloak,
				identityProviderServerUrl: 'https://kc.acme.test/',
				identityProviderKeycloakOptions: {
					mailpasswordFlow: true,
					periodicSync: true,
					importUsers: true,
					syncInterval: 20,
				},
			});
			const out = await runOk(mailcow, { resource: 'identityProvider', operation: 'get' });
			expect(out[0]).toMatchObject({
				type: 'keycloak',
				// mailcow trims the trailing slash it was sent.
				serverUrl: 'https://kc.acme.test',
				mailpasswordFlow: true,
				periodicSync: true,
				importUsers: true,
				syncInterval: 20,
			});
		});

		it('reads back a Generic OIDC provider with its own keys only', async () => {
			await runOk(mailcow, {
				...genericOidc,
				identityProviderOidcOptions: { mappers: 'role-a, role-b', templates: 'small, large' },
			});
			const result = await run(mailcow, { resource: 'identityProvider', operation: 'get' });
			expect(result.items.map((i) => i.json)).toEqual([
				{
					configured: true,
					type: 'generic-oidc',
					loginProvisioning: true,
					ignoreSslError: false,
					authorizeUrl: 'https://idp.acme.test/auth',
					tokenUrl: 'https://idp.acme.test/token',
					userinfoUrl: 'https://idp.acme.test/userinfo',
					clientId: 'mailcow',
					hasClientSecret: true,
					redirectUrl: 'https://mail.acme.test',
					redirectUrlExtra: [],
					clientScopes: 'openid profile email mailcow_template',
					mappers: ['role-a', 'role-b'],
					templates: ['small', 'large'],
				},
			]);
			expectNoSecret(result, CLIENT_SECRET);
		});

		it('says when no provider is configured (mailcow answers only login_provisioning)', async () => {
			const out = await runOk(mailcow, { resource: 'identityProvider', operation: 'get' });
			expect(out).toEqual([{ configured: false, loginProvisioning: true }]);
		});
	});
});
