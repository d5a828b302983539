import { byAddress, items, run, runOk, useMailcow, wire } from '../setup';

describe('Mailcow → Mailbox → Get, Get Many, Update, Delete', () => {
	const mailcow = useMailcow();
	beforeEach(() => {
		mailcow.state.addDomain({
			name: 'acme.test',
			mailboxes: 4,
			quota: 4096,
			maxquota: 2048,
			defquota: 1024,
		});
		mailcow.state.addDomain({ name: 'beta.test' });
	});

	describe('Get', () => {
		beforeEach(() => {
			mailcow.state.addMailbox({
				username: 'alice@acme.test',
				password: 'Secret-123',
				name: 'Alice',
				quota: 1024,
				tags: ['vip'],
			});
		});

		it('returns the simplified mailbox with MiB figures', async () => {
			const out = await runOk(mailcow, {
				resource: 'mailbox',
				operation: 'get',
				mailbox: byAddress('alice@acme.test'),
			});
			expect(wire(mailcow)).toEqual([
				{ method: 'GET', rawPath: '/api/v1/get/mailbox/alice%40acme.test', body: null },
			]);
			expect(out).toEqual([
				expect.objectContaining({
					username: 'alice@acme.test',
					name: 'Alice',
					quotaMiB: 1024,
					quotaUsedMiB: 0,
					active: true,
					tags: ['vip'],
					protocols: ['imap', 'pop3', 'smtp', 'sieve', 'eas', 'dav'],
				}),
			]);
		});

		it('returns the raw record with quota in bytes when Simplify is off', async () => {
			const [raw] = await runOk(mailcow, {
				resource: 'mailbox',
				operation: 'get',
				mailbox: byAddress('alice@acme.test'),
				simplify: false,
			});
			expect(raw).toMatchObject({
				username: 'alice@acme.test',
				quota: 1024 * 1048576,
				active_int: 1,
			});
		});

		it('fails clearly for a missing mailbox', async () => {
			const { error } = await run(mailcow, {
				resource: 'mailbox',
				operation: 'get',
				mailbox: byAddress('=ghost@acme.test'),
			});
			expect(mailcow.requests[0].rawPath).toBe('/api/v1/get/mailbox/ghost%40acme.test');
			expect(error?.message).toBe('The mailbox "ghost@acme.test" was not found (item 0)');
		});

		it('refuses an id with a slash before sending (mailcow splits the path on it)', async () => {
			const { error } = await run(mailcow, {
				resource: 'mailbox',
				operation: 'get',
				mailbox: byAddress('=x/../y@acme.test'),
			});
			expect(mailcow.requests).toEqual([]);
			expect(error?.message).toBe(
				'Mailbox: "x/../y@acme.test" cannot be used as a name: it contains a slash (item 0)',
			);
		});
	});

	describe('Get Many', () => {
		beforeEach(() => {
			mailcow.state.addMailbox({
				username: 'alice@acme.test',
				password: 'Secret-123',
				quota: 100,
				tags: ['vip'],
			});
			mailcow.state.addMailbox({
				username: 'bob@acme.test',
				password: 'Secret-123',
				quota: 100,
				tags: ['staff'],
			});
			mailcow.state.addMailbox({
				username: 'carl@beta.test',
				password: 'Secret-123',
				quota: 100,
				tags: ['vip-old'],
			});
		});

		it('lists all mailboxes, one item each, trimmed to Limit', async () => {
			const out = await runOk(mailcow, { resource: 'mailbox', operation: 'getAll', limit: 2 });
			// mailcow 2026-03 and later: one search page of Limit records (paging.test.ts).
			expect(wire(mailcow).map((r) => `${r.method} ${r.rawPath}`)).toEqual([
				'GET /api/v1/get/status/version',
				'POST /api/v1/search/mailbox',
			]);
			expect(mailcow.requests[1].body).toMatchObject({ start: 0, length: 2 });
			expect(out.map((m) => m.username)).toEqual(['alice@acme.test', 'bob@acme.test']);
		});

		it('pairs every record with the input item that asked for it', async () => {
			const result = await run(
				mailcow,
				{
					resource: 'mailbox',
					operation: 'getAll',
					returnAll: true,
					mailboxDomains: '={{ $json.d }}',
				},
				{ items: items({ d: 'acme.test' }, { d: 'beta.test' }) },
			);
			expect(result.items.map((i) => [i.json.username, i.pairedItem])).toEqual([
				['alice@acme.test', { item: 0 }],
				['bob@acme.test', { item: 0 }],
				['carl@beta.test', { item: 1 }],
			]);
		});

		it('lists the mailboxes of some domains', async () => {
			const out = await runOk(mailcow, {
				resource: 'mailbox',
				operation: 'getAll',
				returnAll: true,
				mailboxDomains: 'beta.test, acme.test',
			});
			expect(mailcow.requests[0].rawPath).toBe('/api/v1/get/mailbox/all/beta.test,acme.test');
			expect(out.map((m) => m.username).sort()).toEqual([
				'alice@acme.test',
				'bob@acme.test',
				'carl@beta.test',
			]);
		});

		it('filters by tags: in the query for all domains on older servers, like mailcow otherwise', async () => {
			mailcow.state.version = '2025-12';
			const all = await runOk(mailcow, {
				resource: 'mailbox',
				operation: 'getAll',
				returnAll: true,
				mailboxTags: 'vip',
			});
			expect(mailcow.requests[1].query).toEqual({ tags: 'vip' });
			mailcow.state.version = '2026-07a';
			expect(
				await runOk(mailcow, {
					resource: 'mailbox',
					operation: 'getAll',
					returnAll: true,
					mailboxTags: 'vip',
				}),
			).toEqual(all);
			expect(all.map((m) => m.username)).toEqual(['alice@acme.test', 'carl@beta.test']);
			const some = await runOk(mailcow, {
				resource: 'mailbox',
				operation: 'getAll',
				returnAll: true,
				mailboxDomains: 'acme.test',
				mailboxTags: 'vip',
			});
			expect(some.map((m) => m.username)).toEqual(['alice@acme.test']);
		});

		it('on older servers sends several tags comma-separated in the query', async () => {
			mailcow.state.version = '2025-12';
			await runOk(mailcow, {
				resource: 'mailbox',
				operation: 'getAll',
				returnAll: true,
				mailboxTags: 'staff, vip',
			});
			expect(mailcow.requests[1].query).toEqual({ tags: 'staff,vip' });
		});

		it('refuses a domain filter that would reach another route, naming the field, before sending', async () => {
			const result = await run(mailcow, {
				resource: 'mailbox',
				operation: 'getAll',
				returnAll: true,
				mailboxDomains: 'acme.test&query=get/status/version',
			});
			expect(mailcow.requests).toEqual([]);
			expect(result.error?.message).toMatch(/^Domains: .*\(item 0\)$/);
		});

		it('filters by any of several tags, a mailbox matching with one of its tags', async () => {
			mailcow.state.addMailbox({
				username: 'dan@acme.test',
				password: 'Secret-123',
				tags: ['other', 'vip'],
			});
			const out = await runOk(mailcow, {
				resource: 'mailbox',
				operation: 'getAll',
				returnAll: true,
				mailboxDomains: 'acme.test',
				mailboxTags: 'staff, vip',
			});
			expect(out.map((m) => m.username).sort()).toEqual([
				'alice@acme.test',
				'bob@acme.test',
				'dan@acme.test',
			]);
		});

		it('returns no items for a domain without mailboxes', async () => {
			mailcow.state.addDomain({ name: 'empty.test' });
			const result = await run(mailcow, {
				resource: 'mailbox',
				operation: 'getAll',
				mailboxDomains: 'empty.test',
			});
			expect(result.error).toBeUndefined();
			expect(result.items).toEqual([]);
		});
	});

	describe('Update', () => {
		beforeEach(() => {
			mailcow.state.addMailbox({ username: 'alice@acme.test', password: 'Secret-123', quota: 100 });
			mailcow.state.addMailbox({ username: 'bob@acme.test', password: 'Secret-123', quota: 100 });
		});

		it('sends {items, attr} with MiB, flags as numbers and password twice', async () => {
			const out = await runOk(mailcow, {
				resource: 'mailbox',
				operation: 'update',
				mailboxes: 'alice@acme.test, bob@acme.test',
				mailboxUpdateFields: {
					quota: 512,
					name: 'Renamed',
					active: false,
					password: 'New-Secret-77',
					sender_acl: '@beta.test, info@acme.test',
					tags: 'new',
				},
			});
			// Tags: one read per mailbox first, so only tags it lacks are sent (mailcow #7379).
			expect(wire(mailcow)).toEqual([
				{ method: 'GET', rawPath: '/api/v1/get/mailbox/alice%40acme.test', body: null },
				{ method: 'GET', rawPath: '/api/v1/get/mailbox/bob%40acme.test', body: null },
				{
					method: 'POST',
					rawPath: '/api/v1/edit/mailbox',
					body: {
						items: ['alice@acme.test', 'bob@acme.test'],
						attr: {
							name: 'Renamed',
							quota: 512,
							password: 'New-Secret-77',
							password2: 'New-Secret-77',
							sender_acl: ['@beta.test', 'info@acme.test'],
							active: 0,
							tags: ['new'],
						},
					},
				},
			]);
			expect(out).toEqual([
				{
					success: true,
					mailboxes: ['alice@acme.test', 'bob@acme.test'],
					messages: ['Mailbox changed (alice@acme.test)', 'Mailbox changed (bob@acme.test)'],
				},
			]);
			expect(mailcow.state.mailboxes.get('bob@acme.test')).toMatchObject({
				quota: 512,
				name: 'Renamed',
				active: 0,
			});
			expect(mailcow.state.checkMailboxPassword('bob@acme.test', 'New-Secret-77')).toBe(true);
		});

		it('switches protocols one flag each, the unselected ones off', async () => {
			await runOk(mailcow, {
				resource: 'mailbox',
				operation: 'update',
				mailboxes: 'alice@acme.test',
				mailboxUpdateFields: { protocol_access: ['imap'], sogo_access: false },
			});
			expect(mailcow.requests[0].body).toEqual({
				items: ['alice@acme.test'],
				attr: {
					sogo_access: 0,
					imap_access: 1,
					pop3_access: 0,
					smtp_access: 0,
					sieve_access: 0,
					eas_access: 0,
					dav_access: 0,
				},
			});
			expect(mailcow.state.mailboxes.get('alice@acme.test')!.attributes).toMatchObject({
				imap_access: '1',
				smtp_access: '0',
				sogo_access: '0',
			});
		});

		it('removes tags first, then edits', async () => {
			mailcow.state.mailboxes.get('alice@acme.test')!.tags.add('old');
			const out = await runOk(mailcow, {
				resource: 'mailbox',
				operation: 'update',
				mailboxes: 'alice@acme.test',
				mailboxUpdateFields: { removeTags: 'old', tags: 'new' },
			});
			expect(wire(mailcow)).toEqual([
				{ method: 'GET', rawPath: '/api/v1/get/mailbox/alice%40acme.test', body: null },
				{ method: 'POST', rawPath: '/api/v1/delete/mailbox/tag/alice%40acme.test', body: ['old'] },
				{
					method: 'POST',
					rawPath: '/api/v1/edit/mailbox',
					body: { items: ['alice@acme.test'], attr: { tags: ['new'] } },
				},
			]);
			expect(out[0].messages).toEqual([
				'Mailbox changed (alice@acme.test)',
				'Mailbox changed (alice@acme.test)',
			]);
			expect([...mailcow.state.mailboxes.get('alice@acme.test')!.tags]).toEqual(['new']);
		});

		it('reports which mailboxes failed and which succeeded', async () => {
			const { error } = await run(mailcow, {
				resource: 'mailbox',
				operation: 'update',
				mailboxes: 'alice@acme.test, missing@acme.test',
				mailboxUpdateFields: { name: 'X' },
			});
			expect(error?.message).toBe(
				'Mailcow refused the request for mailbox "missing@acme.test" (item 0): access_denied',
			);
			expect(error?.description).toContain('Failed items: missing@acme.test');
			expect(error?.description).toContain('Succeeded items: alice@acme.test');
		});
	});

	describe('Delete', () => {
		it('sends a bare array, one request per n8n item', async () => {
			mailcow.state.addMailbox({ username: 'alice@acme.test', password: 'Secret-123', quota: 100 });
			mailcow.state.addMailbox({ username: 'bob@acme.test', password: 'Secret-123', quota: 100 });
			const out = await runOk(
				mailcow,
				{ resource: 'mailbox', operation: 'delete', mailboxes: '={{ $json.who }}' },
				{ items: items({ who: 'alice@acme.test' }, { who: ['bob@acme.test'] }) },
			);
			expect(wire(mailcow)).toEqual([
				{ method: 'POST', rawPath: '/api/v1/delete/mailbox', body: ['alice@acme.test'] },
				{ method: 'POST', rawPath: '/api/v1/delete/mailbox', body: ['bob@acme.test'] },
			]);
			expect(out.map((o) => o.success)).toEqual([true, true]);
			expect(mailcow.state.mailboxes.size).toBe(0);
		});

		it('returns the error as an item with continueOnFail and goes on', async () => {
			mailcow.state.addMailbox({ username: 'bob@acme.test', password: 'Secret-123', quota: 100 });
			const result = await run(
				mailcow,
				{ resource: 'mailbox', operation: 'delete', mailboxes: '={{ $json.who }}' },
				{
					items: items({ who: 'missing@acme.test' }, { who: 'bob@acme.test' }),
					continueOnFail: true,
				},
			);
			expect(result.error).toBeUndefined();
			expect(result.items).toHaveLength(2);
			expect(result.items[0].json).toEqual({
				error:
					'Mailcow refused the request for mailbox "missing@acme.test" (item 0): access_denied',
			});
			expect(result.items[1].json).toMatchObject({ success: true, mailboxes: ['bob@acme.test'] });
			expect(mailcow.requests).toHaveLength(2);
		});
	});
});
