import { byName, items, run, runOk, useMailcow, wire } from '../setup';

describe('Mailcow → Domain → Get, Get Many, Update, Delete', () => {
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
			expect(error?.message).toBe('The domain "missing.test" was not found (item 0)');
			expect(error?.httpCode).toBe('404');
		});

		it.each([
			['../x', 'a slash'],
			['a/b', 'a slash'],
			['a?b#c', 'one of ? # &'],
		])('refuses the id %s before sending (it would reach another route)', async (id, what) => {
			// Mapped by an expression (the UI's own check would refuse it when typed).
			const { error } = await run(mailcow, {
				resource: 'domain',
				operation: 'get',
				domain: byName(`=${id}`),
			});
			expect(mailcow.requests).toEqual([]);
			expect(error?.message).toBe(
				`Domain: "${id}" cannot be used as a name: it contains ${what} (item 0)`,
			);
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
			// mailcow 2026-03 and later: one search page of Limit records (paging.test.ts).
			expect(wire(mailcow).map((r) => `${r.method} ${r.rawPath}`)).toEqual([
				'GET /api/v1/get/status/version',
				'POST /api/v1/search/domain',
			]);
			expect(mailcow.requests[1].body).toMatchObject({ start: 0, length: 2 });
			expect(out.map((d) => d.domain)).toEqual(['acme.test', 'beta.test']);
		});

		it('returns all with Return All and filters by tags in the query', async () => {
			const all = await runOk(mailcow, {
				resource: 'domain',
				operation: 'getAll',
				returnAll: true,
			});
			expect(all).toHaveLength(3);
			// Older servers: tags in the query of get/domain/all; newer: matched like mailcow.
			mailcow.state.version = '2025-12';
			mailcow.clearRequests();
			const tagged = await runOk(mailcow, {
				resource: 'domain',
				operation: 'getAll',
				returnAll: true,
				domainTags: 'prod, staging',
			});
			expect(mailcow.requests[1].rawPath).toBe('/api/v1/get/domain/all');
			expect(mailcow.requests[1].query).toEqual({ tags: 'prod,staging' });
			expect(tagged.map((d) => d.domain)).toEqual(['acme.test', 'beta.test']);
			mailcow.state.version = '2026-07a';
			const searched = await runOk(mailcow, {
				resource: 'domain',
				operation: 'getAll',
				returnAll: true,
				domainTags: 'prod, staging',
			});
			expect(searched.map((d) => d.domain)).toEqual(['acme.test', 'beta.test']);
		});

		// mailcow leaves `tags` out of a domain without tags, and answers "-" for no admins or a
		// comma-joined list of their names (mailcow-observed.md, get/domain).
		it('lists the tags and admins of each domain, empty lists when it has none', async () => {
			for (const username of ['anna', 'bob'])
				mailcow.state.addDomainAdmin({
					username,
					password: 'Secret-123-abc',
					domains: ['acme.test'],
				});
			const out = await runOk(mailcow, {
				resource: 'domain',
				operation: 'getAll',
				returnAll: true,
			});
			expect(out.map((d) => [d.domain, d.tags, d.admins])).toEqual([
				['acme.test', ['eu', 'prod'], ['anna', 'bob']],
				['beta.test', ['staging'], []],
				['gamma.test', [], []],
			]);
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
					messages: ['Domain changed (acme.test)', 'Domain changed (beta.test)'],
				},
				{ success: true, domains: ['beta.test'], messages: ['Domain changed (beta.test)'] },
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
			expect(error?.message).toBe(
				'Mailcow refused the request for domain "missing.test" (item 0): domain_invalid',
			);
			expect(error?.description).toContain('Failed items: missing.test');
			expect(error?.description).toContain('Succeeded items: acme.test');
		});

		it('removes tags with one delete/domain/tag call per domain, without an empty edit', async () => {
			mailcow.state.domains.get('beta.test')!.tags.add('old');
			const out = await runOk(mailcow, {
				resource: 'domain',
				operation: 'update',
				domains: 'acme.test, beta.test',
				domainUpdateFields: { removeTags: 'eu, old' },
			});
			expect(wire(mailcow)).toEqual([
				{ method: 'POST', rawPath: '/api/v1/delete/domain/tag/acme.test', body: ['eu', 'old'] },
				{ method: 'POST', rawPath: '/api/v1/delete/domain/tag/beta.test', body: ['eu', 'old'] },
			]);
			expect(out).toEqual([
				{
					success: true,
					domains: ['acme.test', 'beta.test'],
					messages: ['Domain changed (acme.test)', 'Domain changed (beta.test)'],
				},
			]);
			expect([...mailcow.state.domains.get('acme.test')!.tags]).toEqual(['prod']);
			expect([...mailcow.state.domains.get('beta.test')!.tags]).toEqual([]);
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
					messages: ['Domain deleted (beta.test)', 'Domain deleted (gamma.test)'],
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
