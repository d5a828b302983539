import { run, runOk, useMailcow, wire } from '../setup';

// A typed (not generated) test value, looked for in outputs.
const TYPED = 'Typed-Admin-Pw-9';

describe('Mailcow → Domain Admin', () => {
	const mailcow = useMailcow();
	beforeEach(() => {
		mailcow.state.addDomain({ name: 'acme.test' });
		mailcow.state.addDomain({ name: 'beta.test' });
	});
	const seedAdmin = () =>
		mailcow.state.addDomainAdmin({
			username: 'acmeadmin',
			password: 'Secret-123',
			domains: ['acme.test'],
		});

	describe('Create', () => {
		it('generates username and password when empty and returns them once', async () => {
			const out = await runOk(mailcow, {
				resource: 'domainAdmin',
				operation: 'create',
				adminDomains: 'acme.test, beta.test',
			});
			const body = mailcow.requests[0].body as Record<string, unknown>;
			expect(wire(mailcow)).toEqual([
				{
					method: 'POST',
					rawPath: '/api/v1/add/domain-admin',
					body: {
						username: body.username,
						domains: ['acme.test', 'beta.test'],
						password: body.password,
						password2: body.password,
						active: 1,
					},
				},
			]);
			expect(body.username).toMatch(/^admin_[a-z0-9]{8}$/);
			expect(out).toEqual([
				{
					success: true,
					username: body.username,
					domains: ['acme.test', 'beta.test'],
					generatedUsername: true,
					generatedPassword: body.password,
					messages: [`Domain admin added (${String(body.username)})`],
				},
			]);
			expect(mailcow.state.domainAdmins.get(String(body.username))?.domains).toEqual([
				'acme.test',
				'beta.test',
			]);
		});

		it('sends a typed username and password without echoing the password', async () => {
			const out = await runOk(mailcow, {
				resource: 'domainAdmin',
				operation: 'create',
				newAdminUsername: 'acme_admin',
				adminDomains: 'acme.test',
				adminPassword: TYPED,
				adminActive: false,
			});
			expect(mailcow.requests[0].body).toEqual({
				username: 'acme_admin',
				domains: ['acme.test'],
				password: TYPED,
				password2: TYPED,
				active: 0,
			});
			expect(JSON.stringify(out)).not.toContain(TYPED);
		});

		it('refuses a username mailcow would reject', async () => {
			const { error } = await run(mailcow, {
				resource: 'domainAdmin',
				operation: 'create',
				newAdminUsername: 'admin@acme.test',
				adminDomains: 'acme.test',
			});
			expect(error?.message).toBe(
				'Username: "admin@acme.test" may contain only letters, digits and _ . - (item 0)',
			);
			expect(mailcow.requests).toHaveLength(0);
		});

		it('creates the admin with its known domains, keeps the generated password and warns about an unknown domain', async () => {
			const out = await runOk(mailcow, {
				resource: 'domainAdmin',
				operation: 'create',
				newAdminUsername: 'half',
				adminDomains: 'acme.test, missing.test',
			});
			const body = mailcow.requests[0].body as Record<string, unknown>;
			expect(wire(mailcow)).toEqual([
				{
					method: 'POST',
					rawPath: '/api/v1/add/domain-admin',
					body: {
						username: 'half',
						domains: ['acme.test', 'missing.test'],
						password: body.password,
						password2: body.password,
						active: 1,
					},
				},
			]);
			expect(out).toEqual([
				{
					success: true,
					username: 'half',
					// The domains the admin has: the refused one is only in the warning.
					domains: ['acme.test'],
					generatedPassword: body.password,
					warnings: ['domain_invalid (missing.test)'],
					messages: ['domain_invalid (missing.test)', 'Domain admin added (half)'],
				},
			]);
			expect(mailcow.state.domainAdmins.get('half')?.domains).toEqual(['acme.test']);
		});

		it('reports a create whose several domains are all unknown as a failure', async () => {
			const { error, items: out } = await run(mailcow, {
				resource: 'domainAdmin',
				operation: 'create',
				newAdminUsername: 'nodoms',
				adminDomains: 'missing.test, gone.test',
			});
			expect(out).toEqual([]);
			expect(error?.message).toBe(
				'Mailcow refused the request: domain_invalid (missing.test); domain_invalid (gone.test)',
			);
		});

		it('reports a create whose domains are all unknown as a failure, although mailcow adds a success entry', async () => {
			const { error } = await run(mailcow, {
				resource: 'domainAdmin',
				operation: 'create',
				newAdminUsername: 'nodom',
				adminDomains: 'missing.test',
			});
			expect(error?.message).toBe('Mailcow refused the request: domain_invalid (missing.test)');
			expect(error?.description).toContain(
				'Succeeded in the same call: domain_admin_added (nodom)',
			);
		});
	});

	describe('Get and Get Many', () => {
		it('gets one admin with its domains', async () => {
			seedAdmin();
			const out = await runOk(mailcow, {
				resource: 'domainAdmin',
				operation: 'get',
				adminUsername: 'acmeadmin',
			});
			expect(wire(mailcow)).toEqual([
				{ method: 'GET', rawPath: '/api/v1/get/domain-admin/acmeadmin', body: null },
			]);
			expect(out[0]).toMatchObject({
				username: 'acmeadmin',
				active: true,
				domains: ['acme.test'],
				twoFactorActive: false,
			});
		});

		it('is a not-found error for an unknown admin', async () => {
			const { error } = await run(mailcow, {
				resource: 'domainAdmin',
				operation: 'get',
				adminUsername: 'nobody',
			});
			expect(error?.message).toBe('The domain admin "nobody" was not found (item 0)');
		});

		it('lists admins, and none when mailcow answers {}', async () => {
			const none = await run(mailcow, { resource: 'domainAdmin', operation: 'getAll' });
			expect(none.items).toEqual([]);
			seedAdmin();
			mailcow.state.addDomainAdmin({
				username: 'betaadmin',
				password: 'Secret-123',
				domains: ['beta.test'],
			});
			const out = await runOk(mailcow, {
				resource: 'domainAdmin',
				operation: 'getAll',
				returnAll: true,
			});
			expect(mailcow.requests.map((r) => r.rawPath)).toEqual([
				'/api/v1/get/domain-admin/all',
				'/api/v1/get/domain-admin/all',
			]);
			expect(out.map((a) => a.username)).toEqual(['acmeadmin', 'betaadmin']);
		});
	});

	describe('Update, Edit ACL and Delete', () => {
		it('Update sends {items, attr} and replaces the domains', async () => {
			seedAdmin();
			const out = await runOk(mailcow, {
				resource: 'domainAdmin',
				operation: 'update',
				adminUsername: 'acmeadmin',
				adminUpdateFields: { domains: 'beta.test', password: 'New-Admin-Pw-1' },
			});
			expect(wire(mailcow)).toEqual([
				{
					method: 'POST',
					rawPath: '/api/v1/edit/domain-admin',
					body: {
						items: ['acmeadmin'],
						attr: {
							domains: ['beta.test'],
							password: 'New-Admin-Pw-1',
							password2: 'New-Admin-Pw-1',
						},
					},
				},
			]);
			expect(out).toEqual([
				{ success: true, username: 'acmeadmin', messages: ['Domain admin changed (acmeadmin)'] },
			]);
			expect(mailcow.state.domainAdmins.get('acmeadmin')?.domains).toEqual(['beta.test']);
		});

		it('Update changes the status alone, leaving the domains and password as they are', async () => {
			seedAdmin();
			const out = await runOk(mailcow, {
				resource: 'domainAdmin',
				operation: 'update',
				adminUsername: 'acmeadmin',
				adminUpdateFields: { active: false },
			});
			expect(wire(mailcow)).toEqual([
				{
					method: 'POST',
					rawPath: '/api/v1/edit/domain-admin',
					body: { items: ['acmeadmin'], attr: { active: 0 } },
				},
			]);
			expect(out).toEqual([
				{ success: true, username: 'acmeadmin', messages: ['Domain admin changed (acmeadmin)'] },
			]);
			expect(mailcow.state.domainAdmins.get('acmeadmin')).toMatchObject({
				active: 0,
				domains: ['acme.test'],
			});
		});

		it('Update sends a Unicode domain in punycode, as mailcow stores it', async () => {
			seedAdmin();
			mailcow.state.addDomain({ name: 'xn--bcher-kva.test' });
			await runOk(mailcow, {
				resource: 'domainAdmin',
				operation: 'update',
				adminUsername: 'acmeadmin',
				adminUpdateFields: { domains: 'bücher.test' },
			});
			expect(mailcow.requests[0].body).toEqual({
				items: ['acmeadmin'],
				attr: { domains: ['xn--bcher-kva.test'] },
			});
			expect(mailcow.state.domainAdmins.get('acmeadmin')?.domains).toEqual(['xn--bcher-kva.test']);
		});

		it('Edit ACL with no permission selected switches every permission off', async () => {
			seedAdmin();
			mailcow.state.domainAdmins.get('acmeadmin')!.acl = new Set(['syncjobs']);
			const out = await runOk(mailcow, {
				resource: 'domainAdmin',
				operation: 'editAcl',
				adminUsername: 'acmeadmin',
				adminAcl: [],
			});
			expect(wire(mailcow)).toEqual([
				{
					method: 'POST',
					rawPath: '/api/v1/edit/da-acl',
					body: { items: ['acmeadmin'], attr: { da_acl: [] } },
				},
			]);
			expect(out[0]).toMatchObject({ username: 'acmeadmin', permissions: [] });
			expect([...mailcow.state.domainAdmins.get('acmeadmin')!.acl]).toEqual([]);
		});

		it('Edit ACL sends the permission names', async () => {
			seedAdmin();
			const out = await runOk(mailcow, {
				resource: 'domainAdmin',
				operation: 'editAcl',
				adminUsername: 'acmeadmin',
				adminAcl: ['syncjobs', 'login_as'],
			});
			expect(wire(mailcow)).toEqual([
				{
					method: 'POST',
					rawPath: '/api/v1/edit/da-acl',
					body: { items: ['acmeadmin'], attr: { da_acl: ['syncjobs', 'login_as'] } },
				},
			]);
			expect(out).toEqual([
				{
					success: true,
					username: 'acmeadmin',
					permissions: ['syncjobs', 'login_as'],
					messages: ['Permissions saved (acmeadmin)'],
				},
			]);
			expect([...mailcow.state.domainAdmins.get('acmeadmin')!.acl].sort()).toEqual([
				'login_as',
				'syncjobs',
			]);
		});

		it("Edit ACL of an unknown admin fails with mailcow's text", async () => {
			const { error } = await run(mailcow, {
				resource: 'domainAdmin',
				operation: 'editAcl',
				adminUsername: 'nobody',
				adminAcl: ['syncjobs'],
			});
			expect(error?.message).toBe(
				'Mailcow refused the request for domain admin "nobody" (item 0): Cannot determine current ACL',
			);
			expect(error?.description).toContain('The domain administrator does not exist.');
		});

		it('Delete removes admins and returns one item', async () => {
			seedAdmin();
			const out = await runOk(mailcow, {
				resource: 'domainAdmin',
				operation: 'delete',
				adminUsernames: 'acmeadmin',
			});
			expect(wire(mailcow)).toEqual([
				{ method: 'POST', rawPath: '/api/v1/delete/domain-admin', body: ['acmeadmin'] },
			]);
			expect(out).toEqual([
				{ success: true, usernames: ['acmeadmin'], messages: ['Domain admin deleted (acmeadmin)'] },
			]);
			expect(mailcow.state.domainAdmins.size).toBe(0);
		});

		it('Delete sends a bare array and names the missing admin', async () => {
			seedAdmin();
			const { error } = await run(mailcow, {
				resource: 'domainAdmin',
				operation: 'delete',
				adminUsernames: 'acmeadmin, nobody',
			});
			expect(wire(mailcow)).toEqual([
				{ method: 'POST', rawPath: '/api/v1/delete/domain-admin', body: ['acmeadmin', 'nobody'] },
			]);
			expect(error?.message).toBe('Mailcow refused the request: username_invalid (nobody)');
			expect(error?.description).toContain('Failed items: nobody');
			expect(error?.description).toContain('Succeeded items: acmeadmin');
			expect(mailcow.state.domainAdmins.size).toBe(0);
		});
	});
});
