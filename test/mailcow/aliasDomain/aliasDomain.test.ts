import { byName, items, run, runOk, useMailcow, wire } from '../setup';

// Alias domains (undocumented routes add/get/edit/delete alias-domain, mailcow-observed-2.md
// "Alias domains"): every address of the alias domain reaches the same local part of the target.
describe('Mailcow → Alias Domain', () => {
	const mailcow = useMailcow();
	beforeEach(() => {
		mailcow.state.addDomain({ name: 'acme.test' });
		mailcow.state.addDomain({ name: 'beta.test' });
	});
	const addAlias = (name: string, target = 'acme.test') =>
		runOk(mailcow, {
			resource: 'aliasDomain',
			operation: 'create',
			aliasDomainName: name,
			aliasDomainTarget: byName(target),
		});

	describe('Create', () => {
		it('creates an active alias domain (mailcow stores an omitted flag as 0)', async () => {
			const out = await addAlias('Alias.TEST');
			expect(wire(mailcow)).toEqual([
				{
					method: 'POST',
					rawPath: '/api/v1/add/alias-domain',
					body: { alias_domain: 'alias.test', target_domain: 'acme.test', active: 1 },
				},
			]);
			expect(out).toEqual([
				{
					success: true,
					aliasDomain: 'alias.test',
					targetDomain: 'acme.test',
					messages: ['Alias domain added (alias.test)'],
				},
			]);
			expect(mailcow.state.aliasDomains.get('alias.test')).toMatchObject({
				target_domain: 'acme.test',
				active: 1,
			});
		});

		it('completes a rate limit and a DKIM key with what mailcow silently needs', async () => {
			const out = await runOk(mailcow, {
				resource: 'aliasDomain',
				operation: 'create',
				aliasDomainName: 'alias.test',
				aliasDomainTarget: byName('acme.test'),
				aliasDomainOptions: { aliasDomainRateLimit: 100, aliasDomainDkimSelector: 'mail' },
			});
			expect(mailcow.requests[0].body).toEqual({
				alias_domain: 'alias.test',
				target_domain: 'acme.test',
				active: 1,
				rl_value: 100,
				rl_frame: 'h',
				dkim_selector: 'mail',
				key_size: 2048,
			});
			expect(out[0].messages).toEqual([
				'Rate limit saved (alias.test)',
				'DKIM key added (alias.test)',
				'Alias domain added (alias.test)',
			]);
			expect(mailcow.state.dkim.get('alias.test')).toBeDefined();
		});

		it('sends the rate limit frame and DKIM key size chosen; a key size alone gets the selector "dkim"', async () => {
			const out = await runOk(mailcow, {
				resource: 'aliasDomain',
				operation: 'create',
				aliasDomainName: 'alias.test',
				aliasDomainTarget: byName('acme.test'),
				aliasDomainOptions: {
					aliasDomainRateLimit: 10,
					aliasDomainRateLimitFrame: 'd',
					aliasDomainDkimKeySize: 1024,
				},
			});
			expect(mailcow.requests[0].body).toEqual({
				alias_domain: 'alias.test',
				target_domain: 'acme.test',
				active: 1,
				rl_value: 10,
				rl_frame: 'd',
				dkim_selector: 'dkim',
				key_size: 1024,
			});
			expect(out[0].messages).toContain('DKIM key added (alias.test)');
			expect(mailcow.state.dkim.get('alias.test')).toMatchObject({
				selector: 'dkim',
				length: 1024,
			});
		});

		it('sends a DKIM key of the chosen size with the chosen selector', async () => {
			await runOk(mailcow, {
				resource: 'aliasDomain',
				operation: 'create',
				aliasDomainName: 'alias.test',
				aliasDomainTarget: byName('acme.test'),
				aliasDomainOptions: { aliasDomainDkimSelector: 'mail', aliasDomainDkimKeySize: 4096 },
			});
			expect(mailcow.requests[0].body).toMatchObject({ dkim_selector: 'mail', key_size: 4096 });
			expect(mailcow.state.dkim.get('alias.test')).toMatchObject({
				selector: 'mail',
				length: 4096,
			});
		});

		it('reads the new alias domain back with Return Created Record', async () => {
			const out = await runOk(mailcow, {
				resource: 'aliasDomain',
				operation: 'create',
				aliasDomainName: 'alias.test',
				aliasDomainTarget: byName('acme.test'),
				returnCreated: true,
			});
			expect(wire(mailcow).map((r) => `${r.method} ${r.rawPath}`)).toEqual([
				'POST /api/v1/add/alias-domain',
				'GET /api/v1/get/alias-domain/alias.test',
			]);
			expect(out).toEqual([
				{
					aliasDomain: 'alias.test',
					targetDomain: 'acme.test',
					active: true,
					rateLimit: null,
					created: expect.any(String),
					modified: null,
				},
			]);
		});

		it('refuses an invalid name before sending (mailcow answers it with an empty body)', async () => {
			const result = await run(mailcow, {
				resource: 'aliasDomain',
				operation: 'create',
				aliasDomainName: 'alias_domain!',
				aliasDomainTarget: byName('acme.test'),
			});
			expect(result.error?.message).toBe(
				'Alias Domain: "alias_domain!" is not a domain name (item 0)',
			);
			expect(mailcow.requests).toHaveLength(0);
		});

		it("explains mailcow's refusal of a name that is already a domain", async () => {
			const result = await addAlias('beta.test').catch((e: Error) => e);
			expect(String(result)).toContain('alias_domain_invalid (beta.test)');
			const failed = await run(mailcow, {
				resource: 'aliasDomain',
				operation: 'create',
				aliasDomainName: 'beta.test',
				aliasDomainTarget: byName('acme.test'),
			});
			expect(failed.error?.description).toContain(
				'The alias domain already exists, or a domain of that name exists',
			);
		});
	});

	describe('Get and Get Many', () => {
		it('gets one alias domain, simplified', async () => {
			await addAlias('alias.test');
			mailcow.requests.length = 0;
			const out = await runOk(mailcow, {
				resource: 'aliasDomain',
				operation: 'get',
				aliasDomain: 'Alias.test',
			});
			expect(wire(mailcow)).toEqual([
				{ method: 'GET', rawPath: '/api/v1/get/alias-domain/Alias.test', body: null },
			]);
			expect(out).toEqual([
				{
					aliasDomain: 'alias.test',
					targetDomain: 'acme.test',
					active: true,
					rateLimit: null,
					created: expect.any(String),
					modified: null,
				},
			]);
		});

		it('says an unknown alias domain was not found (mailcow answers {})', async () => {
			const result = await run(mailcow, {
				resource: 'aliasDomain',
				operation: 'get',
				aliasDomain: 'acme.test',
			});
			expect(result.error?.message).toBe('The alias domain "acme.test" was not found (item 0)');
		});

		it('lists every alias domain for each input item', async () => {
			await addAlias('a1.test');
			await addAlias('a2.test', 'beta.test');
			mailcow.requests.length = 0;
			const result = await run(
				mailcow,
				{ resource: 'aliasDomain', operation: 'getAll', returnAll: true },
				{ items: items({ run: 0 }, { run: 1 }) },
			);
			expect(wire(mailcow).map((r) => r.rawPath)).toEqual([
				'/api/v1/get/alias-domain/all',
				'/api/v1/get/alias-domain/all',
			]);
			expect(
				result.items.map((i) => [i.json.aliasDomain, i.json.targetDomain, i.pairedItem]),
			).toEqual([
				['a1.test', 'acme.test', { item: 0 }],
				['a2.test', 'beta.test', { item: 0 }],
				['a1.test', 'acme.test', { item: 1 }],
				['a2.test', 'beta.test', { item: 1 }],
			]);
		});
	});

	describe('Update and Delete', () => {
		it('moves alias domains to another target and switches them off', async () => {
			await addAlias('a1.test');
			await addAlias('a2.test');
			mailcow.requests.length = 0;
			const out = await runOk(mailcow, {
				resource: 'aliasDomain',
				operation: 'update',
				aliasDomainNames: 'a1.test, a2.test',
				aliasDomainUpdateFields: { aliasDomainActive: false, aliasDomainNewTarget: 'Beta.test' },
			});
			expect(wire(mailcow)).toEqual([
				{
					method: 'POST',
					rawPath: '/api/v1/edit/alias-domain',
					body: {
						items: ['a1.test', 'a2.test'],
						attr: { active: 0, target_domain: 'beta.test' },
					},
				},
			]);
			expect(out).toEqual([
				{
					success: true,
					aliasDomains: ['a1.test', 'a2.test'],
					messages: ['Alias domain changed (a1.test)', 'Alias domain changed (a2.test)'],
				},
			]);
			expect(mailcow.state.aliasDomains.get('a2.test')).toMatchObject({
				target_domain: 'beta.test',
				active: 0,
			});
		});

		it('switches an alias domain off and leaves its target alone', async () => {
			await addAlias('a1.test');
			mailcow.requests.length = 0;
			await runOk(mailcow, {
				resource: 'aliasDomain',
				operation: 'update',
				aliasDomainNames: 'a1.test',
				aliasDomainUpdateFields: { aliasDomainActive: false },
			});
			expect(wire(mailcow)[0].body).toEqual({ items: ['a1.test'], attr: { active: 0 } });
			expect(mailcow.state.aliasDomains.get('a1.test')).toMatchObject({
				target_domain: 'acme.test',
				active: 0,
			});
		});

		it('refuses an alias domain name that is no domain before sending, naming the item', async () => {
			await addAlias('a1.test');
			mailcow.requests.length = 0;
			const result = await run(
				mailcow,
				{ resource: 'aliasDomain', operation: 'delete', aliasDomainNames: '={{ $json.name }}' },
				{ items: items({ name: 'a1.test' }, { name: 'bad!.test' }), continueOnFail: true },
			);
			expect(wire(mailcow)).toEqual([
				{ method: 'POST', rawPath: '/api/v1/delete/alias-domain', body: ['a1.test'] },
			]);
			expect(result.items.map((i) => i.json)).toEqual([
				expect.objectContaining({ aliasDomains: ['a1.test'] }),
				{ error: 'Alias Domains: "bad!.test" is not a domain name (item 1)' },
			]);
		});

		it('deletes alias domains, and names the one mailcow did not know', async () => {
			await addAlias('a1.test');
			mailcow.requests.length = 0;
			const result = await run(
				mailcow,
				{ resource: 'aliasDomain', operation: 'delete', aliasDomainNames: '={{ $json.name }}' },
				{ items: items({ name: 'a1.test' }, { name: 'zz.test' }), continueOnFail: true },
			);
			expect(wire(mailcow)).toEqual([
				{ method: 'POST', rawPath: '/api/v1/delete/alias-domain', body: ['a1.test'] },
				{ method: 'POST', rawPath: '/api/v1/delete/alias-domain', body: ['zz.test'] },
			]);
			expect(result.items.map((i) => i.json)).toEqual([
				{
					success: true,
					aliasDomains: ['a1.test'],
					messages: ['Alias domain deleted with its aliases (a1.test)'],
				},
				{
					error: 'Mailcow refused the request for alias domain "zz.test" (item 1): access_denied',
				},
			]);
			expect(mailcow.state.aliasDomains.size).toBe(0);
		});
	});
});
