import { byName, items, runOk, useMailcow } from '../setup';

// End to end against emulator state: a new customer domain from nothing to gone again.
describe('Mailcow provisioning scenario', () => {
	const mailcow = useMailcow();
	const calls = () => mailcow.requests.map((r) => `${r.method} ${r.rawPath}`);

	it('creates a domain, its DKIM key, three mailboxes and a catch-all, lists, updates and deletes them all', async () => {
		// Domain without a key (key size 0), so DKIM → Create has work to do.
		const [domain] = await runOk(mailcow, {
			resource: 'domain',
			operation: 'create',
			domainName: 'customer.test',
			domainOptions: { mailboxes: 5, quota: 10240, maxquota: 4096, defquota: 1024, key_size: 0 },
		});
		expect(domain).toMatchObject({ success: true, domain: 'customer.test' });

		await runOk(mailcow, {
			resource: 'dkim',
			operation: 'create',
			dkimDomain: byName('customer.test'),
		});
		const [dkim] = await runOk(mailcow, {
			resource: 'dkim',
			operation: 'get',
			dkimDomain: byName('customer.test'),
		});
		expect(dkim).toMatchObject({
			domain: 'customer.test',
			selector: 'dkim',
			keyLength: 2048,
			dnsName: 'dkim._domainkey.customer.test',
		});
		expect(String(dkim.txtRecord)).toMatch(/^v=DKIM1;k=rsa;t=s;s=email;p=\S+$/);

		const people = items(
			{ lp: 'ann', name: 'Ann' },
			{ lp: 'ben', name: 'Ben' },
			{ lp: 'cat', name: 'Cat' },
		);
		const created = await runOk(
			mailcow,
			{
				resource: 'mailbox',
				operation: 'create',
				mailboxDomain: byName('customer.test'),
				localPart: '={{ $json.lp }}',
				mailboxName: '={{ $json.name }}',
				mailboxQuota: 1024,
			},
			{ items: people },
		);
		expect(created.map((m) => m.username)).toEqual([
			'ann@customer.test',
			'ben@customer.test',
			'cat@customer.test',
		]);
		const passwords = created.map((m) => String(m.generatedPassword));
		expect(new Set(passwords).size).toBe(3);
		created.forEach((m, i) =>
			expect(mailcow.state.checkMailboxPassword(String(m.username), passwords[i])).toBe(true),
		);

		const [alias] = await runOk(mailcow, {
			resource: 'alias',
			operation: 'create',
			aliasAddress: '@customer.test',
			aliasGoto: 'ann@customer.test',
		});
		expect(alias).toMatchObject({
			success: true,
			address: '@customer.test',
			id: expect.any(Number),
		});

		const listed = await runOk(mailcow, {
			resource: 'mailbox',
			operation: 'getAll',
			returnAll: true,
			mailboxDomains: 'customer.test',
		});
		expect(listed.map((m) => [m.username, m.quotaMiB])).toEqual([
			['ann@customer.test', 1024],
			['ben@customer.test', 1024],
			['cat@customer.test', 1024],
		]);

		await runOk(
			mailcow,
			{
				resource: 'mailbox',
				operation: 'update',
				mailboxes: '={{ $json.all }}',
				mailboxUpdateFields: { quota: 2048 },
			},
			{ items: items({ all: listed.map((m) => m.username) }) },
		);
		const after = await runOk(mailcow, {
			resource: 'mailbox',
			operation: 'getAll',
			returnAll: true,
			mailboxDomains: 'customer.test',
		});
		expect(after.map((m) => m.quotaMiB)).toEqual([2048, 2048, 2048]);

		await runOk(mailcow, { resource: 'alias', operation: 'delete', aliases: String(alias.id) });
		await runOk(mailcow, {
			resource: 'mailbox',
			operation: 'delete',
			mailboxes: listed.map((m) => m.username).join(','),
		});
		await runOk(mailcow, { resource: 'dkim', operation: 'delete', dkimDomains: 'customer.test' });
		await runOk(mailcow, { resource: 'domain', operation: 'delete', domains: 'customer.test' });

		expect(calls()).toEqual([
			'POST /api/v1/add/domain',
			'POST /api/v1/add/dkim',
			'GET /api/v1/get/dkim/customer.test',
			'POST /api/v1/add/mailbox',
			'POST /api/v1/add/mailbox',
			'POST /api/v1/add/mailbox',
			'POST /api/v1/add/alias',
			'GET /api/v1/get/mailbox/all/customer.test',
			'POST /api/v1/edit/mailbox',
			'GET /api/v1/get/mailbox/all/customer.test',
			'POST /api/v1/delete/alias',
			'POST /api/v1/delete/mailbox',
			'POST /api/v1/delete/dkim',
			'POST /api/v1/delete/domain',
		]);
		const { state } = mailcow;
		expect([
			state.domains.size,
			state.mailboxes.size,
			state.aliases.size,
			state.dkim.size,
			state.domainAdmins.size,
		]).toEqual([0, 0, 0, 0, 0]);
	});
});
