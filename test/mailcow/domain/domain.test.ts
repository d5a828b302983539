import { byName, items, run, runOk, useMailcow, wire } from '../setup';

describe('Mailcow → Domain', () => {
	const mailcow = useMailcow();
	const seedAcme = () =>
		mailcow.state.addDomain({
			name: 'acme.test',
			mailboxes: 4,
			quota: 4096,
			maxquota: 2048,
			defquota: 1024,
			tags: ['eu', 'prod'],
		});

	describe('Create', () => {
		it('sends the seed defaults explicitly as a flat body and returns a tidy item', async () => {
			const out = await runOk(mailcow, {
				resource: 'domain',
				operation: 'create',
				domainName: 'new.test',
			});
			expect(wire(mailcow)).toEqual([
				{
					method: 'POST',
					rawPath: '/api/v1/add/domain',
					body: {
						domain: 'new.test',
						active: 1,
						aliases: 400,
						mailboxes: 10,
						defquota: 3072,
						maxquota: 10240,
						quota: 10240,
					},
				},
			]);
			expect(out).toEqual([
				{
					success: true,
					domain: 'new.test',
					messages: ['dkim_added (new.test)', 'domain_added (new.test)'],
				},
			]);
			expect(mailcow.state.domains.get('new.test')).toMatchObject({
				quota: 10240,
				maxquota: 10240,
				defquota: 3072,
			});
			expect(mailcow.state.dkim.has('new.test')).toBe(true);
		});

		it('converts options: flags as numbers, tags as a list, no DKIM key with key size 0', async () => {
			await runOk(mailcow, {
				resource: 'domain',
				operation: 'create',
				domainName: 'opts.test',
				domainOptions: {
					description: 'Options',
					active: false,
					quota: '2048',
					maxquota: 1024,
					defquota: 512,
					backupmx: true,
					gal: false,
					rl_value: 10,
					rl_frame: 'h',
					tags: 'prod, eu',
					key_size: 0,
				},
			});
			expect(mailcow.requests[0].body).toEqual({
				domain: 'opts.test',
				description: 'Options',
				active: 0,
				aliases: 400,
				mailboxes: 10,
				defquota: 512,
				maxquota: 1024,
				quota: 2048,
				backupmx: 1,
				gal: 0,
				rl_value: 10,
				rl_frame: 'h',
				tags: ['prod', 'eu'],
				key_size: 0,
			});
			expect(mailcow.state.domains.get('opts.test')).toMatchObject({
				active: 0,
				backupmx: 1,
				quota: 2048,
			});
			expect([...mailcow.state.domains.get('opts.test')!.tags].sort()).toEqual(['eu', 'prod']);
			expect(mailcow.state.dkim.has('opts.test')).toBe(false);
		});

		it.each([
			[
				{ defquota: 4096, maxquota: 2048 },
				'Default Mailbox Quota (MiB): 4096 is above the max mailbox quota (2048) (item 0)',
			],
			[
				{ maxquota: 20480 },
				'Max Mailbox Quota (MiB): 20480 is above the domain quota (10240) (item 0)',
			],
			[{ quota: 'lots' }, 'Quota (MiB): "lots" is not a whole number (item 0)'],
			[
				{ rl_value: 5 },
				'Rate Limit Frame: is needed together with the other rate limit field (item 0)',
			],
		])('refuses bad limits %j before sending anything', async (domainOptions, message) => {
			const { error } = await run(mailcow, {
				resource: 'domain',
				operation: 'create',
				domainName: 'bad.test',
				domainOptions,
			});
			expect(error?.message).toBe(message);
			expect(mailcow.requests).toHaveLength(0);
		});

		it('names a bad domain name', async () => {
			const { error } = await run(mailcow, {
				resource: 'domain',
				operation: 'create',
				domainName: 'not a domain',
			});
			expect(error?.message).toBe(
				'Domain Name: "not a domain" is not a domain name such as example.com (item 0)',
			);
		});

		it("fails with mailcow's message key when the domain exists", async () => {
			seedAcme();
			const { error } = await run(mailcow, {
				resource: 'domain',
				operation: 'create',
				domainName: 'ACME.test',
			});
			expect(error?.message).toBe('Mailcow refused the request: domain_exists (acme.test)');
			expect(error?.description).toContain('A domain with this name already exists.');
		});
	});

	describe('Get', () => {
		it('returns a simplified record with MiB figures', async () => {
			seedAcme();
			const out = await runOk(mailcow, {
				resource: 'domain',
				operation: 'get',
				domain: byName('acme.test'),
			});
			expect(wire(mailcow)).toEqual([
				{ method: 'GET', rawPath: '/api/v1/get/domain/acme.test', body: null },
			]);
			expect(out).toHaveLength(1);
			expect(out[0]).toMatchObject({
				domain: 'acme.test',
				active: true,
				maxMailboxes: 4,
				quotaMiB: 4096,
				maxMailboxQuotaMiB: 2048,
				defaultMailboxQuotaMiB: 1024,
				tags: ['eu', 'prod'],
				admins: [],
			});
		});

		it("returns mailcow's raw record (bytes) with Simplify off", async () => {
			seedAcme();
			const [record] = await runOk(mailcow, {
				resource: 'domain',
				operation: 'get',
				domain: byName('acme.test'),
				simplify: false,
			});
			expect(record).toMatchObject({
				domain_name: 'acme.test',
				max_quota_for_domain: 4096 * 1048576,
				active_int: 1,
			});
		});

		it("turns mailcow's {} into a not-found error", async () => {
			const { error } = await run(mailcow, {
				resource: 'domain',
				operation: 'get',
				domain: byName('missing.test'),
			});
			expect(error?.message).toBe('The domain "missing.test" was not found');
			expect(error?.httpCode).toBe('404');
		});

		it.each([
			['../x', '/api/v1/get/domain/..%2Fx'],
			['a/b', '/api/v1/get/domain/a%2Fb'],
			['a?b#c', '/api/v1/get/domain/a%3Fb%23c'],
		])('keeps the id %s in one path segment', async (id, rawPath) => {
			// Mapped by an expression (the UI's own check would refuse it when typed).
			const { error } = await run(mailcow, {
				resource: 'domain',
				operation: 'get',
				domain: byName(`=${id}`),
			});
			expect(mailcow.requests.map((r) => r.rawPath)).toEqual([rawPath]);
			expect(error?.message).toBe(`The domain "${id}" was not found`);
		});
	});

	describe('Get Many', () => {
		beforeEach(() => {
			seedAcme();
			mailcow.state.addDomain({ name: 'beta.test', tags: ['staging'] });
			mailcow.state.addDomain({ name: 'gamma.test' });
		});

		it('returns one item per domain, trimmed to Limit', async () => {
			const out = await runOk(mailcow, { resource: 'domain', operation: 'getAll', limit: 2 });
			expect(wire(mailcow)).toEqual([
				{ method: 'GET', rawPath: '/api/v1/get/domain/all', body: null },
			]);
			expect(out.map((d) => d.domain)).toEqual(['acme.test', 'beta.test']);
		});

		it('returns all with Return All and filters by tags in the query', async () => {
			const all = await runOk(mailcow, {
				resource: 'domain',
				operation: 'getAll',
				returnAll: true,
			});
			expect(all).toHaveLength(3);
			mailcow.clearRequests();
			const tagged = await runOk(mailcow, {
				resource: 'domain',
				operation: 'getAll',
				returnAll: true,
				domainTags: 'prod, staging',
			});
			expect(mailcow.requests[0].rawPath).toBe('/api/v1/get/domain/all');
			expect(mailcow.requests[0].query).toEqual({ tags: 'prod,staging' });
			expect(tagged.map((d) => d.domain)).toEqual(['acme.test', 'beta.test']);
		});

		it('returns no items when mailcow answers {}', async () => {
			const result = await run(mailcow, {
				resource: 'domain',
				operation: 'getAll',
				domainTags: 'nothing',
			});
			expect(result.error).toBeUndefined();
			expect(result.items).toEqual([]);
		});
	});

	describe('Update', () => {
		beforeEach(() => {
			seedAcme();
			mailcow.state.addDomain({ name: 'beta.test' });
		});

		it('sends {items, attr} once per n8n item, the list from text or an array', async () => {
			const out = await runOk(
				mailcow,
				{
					resource: 'domain',
					operation: 'update',
					domains: '={{ $json.domains }}',
					domainUpdateFields: { description: '={{ $json.text }}', maxquota: 3072, active: false },
				},
				{
					items: items(
						{ domains: 'acme.test, beta.test', text: 'Both' },
						{ domains: ['beta.test'], text: 'Beta' },
					),
				},
			);
			expect(wire(mailcow)).toEqual([
				{
					method: 'POST',
					rawPath: '/api/v1/edit/domain',
					body: {
						items: ['acme.test', 'beta.test'],
						attr: { description: 'Both', active: 0, maxquota: 3072 },
					},
				},
				{
					method: 'POST',
					rawPath: '/api/v1/edit/domain',
					body: { items: ['beta.test'], attr: { description: 'Beta', active: 0, maxquota: 3072 } },
				},
			]);
			expect(out).toEqual([
				{
					success: true,
					domains: ['acme.test', 'beta.test'],
					messages: ['domain_modified (acme.test)', 'domain_modified (beta.test)'],
				},
				{ success: true, domains: ['beta.test'], messages: ['domain_modified (beta.test)'] },
			]);
			expect(mailcow.state.domains.get('beta.test')).toMatchObject({
				description: 'Beta',
				maxquota: 3072,
				active: 0,
			});
		});

		it('lists which domains failed and which succeeded', async () => {
			const { error } = await run(mailcow, {
				resource: 'domain',
				operation: 'update',
				domains: 'acme.test, missing.test',
				domainUpdateFields: { description: 'x' },
			});
			expect(error?.message).toBe('Mailcow refused the request: domain_invalid');
			expect(error?.description).toContain('Failed items: missing.test');
			expect(error?.description).toContain('Succeeded items: acme.test');
		});

		it('needs at least one field to change', async () => {
			const { error } = await run(mailcow, {
				resource: 'domain',
				operation: 'update',
				domains: 'acme.test',
			});
			expect(error?.message).toBe('Update Fields: add at least one field to change (item 0)');
			expect(mailcow.requests).toHaveLength(0);
		});
	});

	describe('Delete', () => {
		it('sends a bare array of domain names', async () => {
			mailcow.state.addDomain({ name: 'beta.test' });
			mailcow.state.addDomain({ name: 'gamma.test' });
			const out = await runOk(mailcow, {
				resource: 'domain',
				operation: 'delete',
				domains: 'beta.test,gamma.test',
			});
			expect(wire(mailcow)).toEqual([
				{ method: 'POST', rawPath: '/api/v1/delete/domain', body: ['beta.test', 'gamma.test'] },
			]);
			expect(out).toEqual([
				{
					success: true,
					domains: ['beta.test', 'gamma.test'],
					messages: ['domain_removed (beta.test)', 'domain_removed (gamma.test)'],
				},
			]);
			expect(mailcow.state.domains.size).toBe(0);
		});

		it('explains domain_not_empty', async () => {
			seedAcme();
			mailcow.state.addMailbox({ username: 'alice@acme.test', password: 'Secret-123' });
			const { error } = await run(mailcow, {
				resource: 'domain',
				operation: 'delete',
				domains: 'acme.test',
			});
			expect(error?.message).toBe('Mailcow refused the request: domain_not_empty (acme.test)');
			expect(error?.description).toContain('The domain still has mailboxes. Delete them first.');
		});
	});
});
