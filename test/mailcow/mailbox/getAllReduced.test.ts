import { items, run, runOk, useMailcow, wire } from '../setup';

// Mailbox → Get Many Reduced (undocumented get/mailbox/reduced[/{domains}]): like get/mailbox/all
// without the keys mailcow computes per mailbox (sender ACL, rate limit, quota left, …), so
// cheaper on big servers; an unknown domain answers every mailbox, like all/{domain}.
describe('Mailcow → Mailbox → Get Many Reduced', () => {
	const mailcow = useMailcow();
	beforeEach(() => {
		mailcow.state.addDomain({ name: 'acme.test', mailboxes: 10, quota: 10240, maxquota: 2048 });
		mailcow.state.addDomain({ name: 'beta.test', mailboxes: 10, quota: 10240, maxquota: 2048 });
		mailcow.state.addMailbox({
			username: 'jane@acme.test',
			password: 'Secret-123-abc',
			quota: 100,
		});
		mailcow.state.addMailbox({ username: 'joe@beta.test', password: 'Secret-123-abc', quota: 100 });
	});

	it('lists the mailboxes of a domain without the computed keys', async () => {
		const out = await runOk(mailcow, {
			resource: 'mailbox',
			operation: 'getAllReduced',
			returnAll: true,
			mailboxDomains: 'acme.test',
		});
		expect(wire(mailcow)).toEqual([
			{ method: 'GET', rawPath: '/api/v1/get/mailbox/reduced/acme.test', body: null },
		]);
		expect(out).toEqual([
			expect.objectContaining({ username: 'jane@acme.test', quotaMiB: 100, active: true }),
		]);
		expect(out[0]).not.toHaveProperty('senderAcl');
		expect(out[0]).not.toHaveProperty('rateLimit');
	});

	it('lists the mailboxes of every domain, filtered by tags in the query', async () => {
		mailcow.state.addMailbox({
			username: 'vip@beta.test',
			password: 'Secret-123-abc',
			tags: ['vip'],
		});
		const out = await runOk(mailcow, {
			resource: 'mailbox',
			operation: 'getAllReduced',
			returnAll: true,
			mailboxTags: 'vip',
		});
		expect(wire(mailcow).map((r) => `${r.method} ${r.rawPath}`)).toEqual([
			'GET /api/v1/get/mailbox/reduced',
		]);
		expect(mailcow.requests[0].query).toEqual({ tags: 'vip' });
		expect(out.map((m) => m.username)).toEqual(['vip@beta.test']);
	});

	it('keeps only the domains asked for (mailcow answers every mailbox for an unknown one), paired per item', async () => {
		const result = await run(
			mailcow,
			{
				resource: 'mailbox',
				operation: 'getAllReduced',
				returnAll: true,
				mailboxDomains: '={{ $json.d }}',
				simplify: false,
			},
			{ items: items({ d: 'nowhere.test' }, { d: 'beta.test' }) },
		);
		expect(wire(mailcow).map((r) => r.rawPath)).toEqual([
			'/api/v1/get/mailbox/reduced/nowhere.test',
			'/api/v1/get/mailbox/reduced/beta.test',
		]);
		expect(result.items.map((i) => [i.json.username, i.pairedItem])).toEqual([
			['joe@beta.test', { item: 1 }],
		]);
		expect(result.items[0].json).not.toHaveProperty('sender_acl');
	});

	it('refuses a domain filter that would reach another route, before sending', async () => {
		const result = await run(mailcow, {
			resource: 'mailbox',
			operation: 'getAllReduced',
			returnAll: true,
			mailboxDomains: 'acme.test&query=get/status/version',
		});
		expect(mailcow.requests).toEqual([]);
		expect(result.error?.message).toMatch(/^Domains: .*\(item 0\)$/);
	});
});
