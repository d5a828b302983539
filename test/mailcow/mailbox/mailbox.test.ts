import { byAddress, byName, items, run, runOk, useMailcow, wire } from '../setup';

describe('Mailcow → Mailbox', () => {
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

	describe('Create', () => {
		it('generates a strong password, sends it twice and returns it once', async () => {
			const out = await runOk(mailcow, {
				resource: 'mailbox',
				operation: 'create',
				mailboxDomain: byName('acme.test'),
				localPart: 'alice',
				mailboxName: 'Alice Acme',
				mailboxQuota: 1024,
			});
			const body = mailcow.requests[0].body as Record<string, unknown>;
			expect(wire(mailcow)).toEqual([
				{
					method: 'POST',
					rawPath: '/api/v1/add/mailbox',
					body: {
						domain: 'acme.test',
						local_part: 'alice',
						name: 'Alice Acme',
						quota: 1024,
						active: 1,
						password: body.password,
						password2: body.password,
					},
				},
			]);
			const password = out[0].generatedPassword as string;
			expect(password).toBe(body.password);
			expect(password).toMatch(/^(?=.*[A-Z])(?=.*[a-z])(?=.*\d)(?=.*[^A-Za-z\d]).{20}$/);
			expect(out).toEqual([
				{
					success: true,
					username: 'alice@acme.test',
					generatedPassword: password,
					messages: ['rl_saved (alice@acme.test)', 'mailbox_added (alice@acme.test)'],
				},
			]);
			expect(mailcow.state.checkMailboxPassword('alice@acme.test', password)).toBe(true);
			expect(mailcow.state.mailboxes.get('alice@acme.test')).toMatchObject({
				quota: 1024,
				name: 'Alice Acme',
				active: 1,
			});
		});

		it('sends the typed password, the default quota of 3072 MiB and every option, and never echoes the password', async () => {
			const out = await runOk(mailcow, {
				resource: 'mailbox',
				operation: 'create',
				mailboxDomain: byName('beta.test'),
				localPart: 'bob',
				mailboxPassword: 'Typed-Secret-42',
				mailboxOptions: {
					active: false,
					force_pw_update: true,
					tls_enforce_in: true,
					tls_enforce_out: 'false',
					sogo_access: false,
					protocol_access: ['imap', 'smtp'],
					tags: 'staff, vip',
					quarantine_notification: 'daily',
				},
			});
			expect(mailcow.requests[0].body).toEqual({
				domain: 'beta.test',
				local_part: 'bob',
				password: 'Typed-Secret-42',
				password2: 'Typed-Secret-42',
				quota: 3072,
				active: 0,
				force_pw_update: 1,
				sogo_access: 0,
				quarantine_notification: 'daily',
				tags: ['staff', 'vip'],
				tls_enforce_in: 1,
				tls_enforce_out: 0,
				imap_access: 1,
				pop3_access: 0,
				smtp_access: 1,
				sieve_access: 0,
				eas_access: 0,
				dav_access: 0,
			});
			expect(JSON.stringify(out)).not.toContain('Typed-Secret-42');
			expect(out[0]).toEqual({
				success: true,
				username: 'bob@beta.test',
				messages: ['rl_saved (bob@beta.test)', 'mailbox_added (bob@beta.test)'],
			});
			expect(mailcow.state.mailboxes.get('bob@beta.test')).toMatchObject({
				quota: 3072,
				active: 0,
			});
			expect(mailcow.state.mailboxes.get('bob@beta.test')!.attributes).toMatchObject({
				imap_access: '1',
				pop3_access: '0',
				tls_enforce_in: '1',
			});
		});

		it.each([
			[{ mailboxQuota: 4000 }, 'mailbox_quota_exceeded (2048)', 'maximum quota per mailbox'],
			[{ mailboxPassword: 'abc' }, 'password_complexity', 'password policy'],
			[{ mailboxDomain: byName('missing.test') }, 'access_denied', 'does not exist'],
		])("fails on mailcow's check %j", async (extra, key, text) => {
			const { error } = await run(mailcow, {
				resource: 'mailbox',
				operation: 'create',
				mailboxDomain: byName('acme.test'),
				localPart: 'carol',
				...extra,
			});
			expect(error?.message).toBe(`Mailcow refused the request: ${key}`);
			expect(error?.description).toContain(text);
			expect(JSON.stringify(error)).not.toMatch(/"password2?":"(?!\*)/);
		});

		it('names a bad local part or quota with the item index', async () => {
			const { error } = await run(
				mailcow,
				{
					resource: 'mailbox',
					operation: 'create',
					mailboxDomain: byName('acme.test'),
					localPart: '={{ $json.lp }}',
					mailboxQuota: '={{ $json.q }}',
				},
				{ items: items({ lp: 'ok', q: 10 }, { lp: 'two words', q: 10 }) },
			);
			expect(error?.message).toBe(
				'Local Part: enter only the part before the @, without spaces (item 1)',
			);
		});

		it("stops at the domain's mailbox limit", async () => {
			for (const name of ['a', 'b', 'c', 'd'])
				mailcow.state.addMailbox({
					username: `${name}@acme.test`,
					password: 'Secret-123',
					quota: 10,
				});
			const { error } = await run(mailcow, {
				resource: 'mailbox',
				operation: 'create',
				mailboxDomain: byName('acme.test'),
				localPart: 'e',
				mailboxQuota: 10,
			});
			expect(error?.message).toBe('Mailcow refused the request: max_mailbox_exceeded (4, 4)');
		});
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

		it('fails clearly for a missing mailbox, and an id with a slash stays one segment', async () => {
			const { error } = await run(mailcow, {
				resource: 'mailbox',
				operation: 'get',
				mailbox: byAddress('=x/../y@acme.test'),
			});
			expect(mailcow.requests[0].rawPath).toBe('/api/v1/get/mailbox/x%2F..%2Fy%40acme.test');
			expect(error?.message).toBe('The mailbox "x/../y@acme.test" was not found');
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
			expect(wire(mailcow)).toEqual([
				{ method: 'GET', rawPath: '/api/v1/get/mailbox/all', body: null },
			]);
			expect(out.map((m) => m.username)).toEqual(['alice@acme.test', 'bob@acme.test']);
		});

		it('lists the mailboxes of some domains', async () => {
			const out = await runOk(mailcow, {
				resource: 'mailbox',
				operation: 'getAll',
				returnAll: true,
				mailboxDomains: 'beta.test, acme.test',
			});
			expect(mailcow.requests[0].rawPath).toBe('/api/v1/get/mailbox/all/beta.test%2Cacme.test');
			expect(out.map((m) => m.username).sort()).toEqual([
				'alice@acme.test',
				'bob@acme.test',
				'carl@beta.test',
			]);
		});

		it('filters by tags: in the query for all domains, like mailcow for some domains', async () => {
			const all = await runOk(mailcow, {
				resource: 'mailbox',
				operation: 'getAll',
				returnAll: true,
				mailboxTags: 'vip',
			});
			expect(mailcow.requests[0].query).toEqual({ tags: 'vip' });
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
			expect(wire(mailcow)).toEqual([
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
					messages: ['mailbox_modified (alice@acme.test)', 'mailbox_modified (bob@acme.test)'],
				},
			]);
			expect(mailcow.state.mailboxes.get('bob@acme.test')).toMatchObject({
				quota: 512,
				name: 'Renamed',
				active: 0,
			});
			expect(mailcow.state.checkMailboxPassword('bob@acme.test', 'New-Secret-77')).toBe(true);
		});

		it('reports which mailboxes failed and which succeeded', async () => {
			const { error } = await run(mailcow, {
				resource: 'mailbox',
				operation: 'update',
				mailboxes: 'alice@acme.test, missing@acme.test',
				mailboxUpdateFields: { name: 'X' },
			});
			expect(error?.message).toBe('Mailcow refused the request: access_denied');
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
			expect(result.items[0].json).toEqual({ error: 'Mailcow refused the request: access_denied' });
			expect(result.items[1].json).toMatchObject({ success: true, mailboxes: ['bob@acme.test'] });
			expect(mailcow.requests).toHaveLength(2);
		});
	});
});
