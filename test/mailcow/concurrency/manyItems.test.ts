// Many input items at once: RoutingNode starts every item's request together. These tests hold the
// node to mailcow's own limits, stop it after a refused key and keep every output paired.
import { MAILCOW_RO_KEY, MAILCOW_RW_KEY } from '../../emulators/mailcow';
import { byAddress, byName, credentials, items, run, useMailcow } from '../setup';

const createMailbox = (localPart: string) => ({
	resource: 'mailbox',
	operation: 'create',
	mailboxDomain: byName('limit.test'),
	localPart,
	mailboxQuota: 10,
});

/** The login of a sync job's source server (any text: the emulator keeps it). */
const sourceLogin = 'Old-Server-Pass-9';
const many = (n: number) => items(...Array.from({ length: n }, (_v, i) => ({ n: i })));
const paired = (result: { items: Array<{ pairedItem?: unknown }> }) =>
	result.items.map((i) => i.pairedItem);
const notSent = (result: { items: Array<{ error?: { description?: string | null } }> }) =>
	result.items.filter((i) => /\nNot sent: /.test(i.error?.description ?? ''));
const indexes = (n: number) => Array.from({ length: n }, (_v, item) => ({ item }));

describe('Mailcow: many items at once', () => {
	const mailcow = useMailcow();
	beforeEach(() => {
		mailcow.state.addDomain({ name: 'limit.test', mailboxes: 3, quota: 1000, maxquota: 100 });
		mailcow.state.addDomain({ name: 'other.test' });
	});

	describe('writes respect the domain limits', () => {
		it('six creates into a domain limited to 3 create exactly 3; the others fail "limit reached", each paired', async () => {
			const result = await run(mailcow, createMailbox('={{ "user" + $json.n }}'), {
				items: many(6),
				continueOnFail: true,
			});
			expect(mailcow.state.mailboxCount('limit.test')).toBe(3);
			expect(mailcow.peakWrites).toBe(1);
			expect(paired(result)).toEqual(indexes(6));
			const failed = result.items.filter((i) => i.error);
			expect(failed).toHaveLength(3);
			for (const item of failed)
				expect(item.error?.message).toBe(
					'Mailcow refused the request: max_mailbox_exceeded (3, 3)',
				);
			expect(result.items.filter((i) => i.json.success)).toHaveLength(3);
		});

		it('the same mailbox twice: one is created, the other is reported as already existing', async () => {
			const result = await run(mailcow, createMailbox('twin'), {
				items: many(2),
				continueOnFail: true,
			});
			expect(mailcow.state.mailboxCount('limit.test')).toBe(1);
			expect(result.items[0].json).toMatchObject({ success: true, username: 'twin@limit.test' });
			expect(result.items[1].error?.message).toBe(
				'Mailcow refused the request: object_exists (twin@limit.test)',
			);
			expect(paired(result)).toEqual(indexes(2));
			// The password that won is the one the output returned.
			expect(
				mailcow.state.checkMailboxPassword(
					'twin@limit.test',
					result.items[0].json.generatedPassword as string,
				),
			).toBe(true);
		});

		it('without On Error = Continue, nothing is sent after the first failed write', async () => {
			const result = await run(mailcow, createMailbox('={{ "user" + $json.n }}'), {
				items: many(6),
			});
			expect(result.error?.message).toBe(
				'Mailcow refused the request: max_mailbox_exceeded (3, 3)',
			);
			expect(mailcow.requests).toHaveLength(4);
		});

		// Request Options → Batching lets writes run in parallel; its notice says they can then
		// exceed a domain's limits, since mailcow checks and inserts without a lock.
		it('with Batching of six items, the creates run side by side (its notice: past the limits)', async () => {
			const result = await run(
				mailcow,
				{
					...createMailbox('={{ "user" + $json.n }}'),
					requestOptions: { batching: { batch: { batchSize: 6, batchInterval: 0 } } },
				},
				{ items: many(6), continueOnFail: true },
			);
			expect(paired(result)).toEqual(indexes(6));
			expect(mailcow.peakWrites).toBeGreaterThan(1);
		});

		// A tag removal is a write the operation makes before its routed one: it waits for a write
		// slot too.
		it('writes made before the routed one (tag removals) go one at a time as well', async () => {
			mailcow.latencyMs = 20;
			for (let n = 0; n < 4; n++) {
				const mailbox = mailcow.state.addMailbox({
					username: `t${n}@other.test`,
					password: 'x',
					quota: 0,
				});
				mailbox.tags.add('old');
			}
			const result = await run(
				mailcow,
				{
					resource: 'mailbox',
					operation: 'update',
					mailboxes: '={{ "t" + $json.n + "@other.test" }}',
					mailboxUpdateFields: { removeTags: 'old', active: false },
				},
				{ items: many(4) },
			);
			expect(result.items.map((i) => i.json.success)).toEqual([true, true, true, true]);
			expect(mailcow.requests.map((r) => r.method)).toEqual(Array(8).fill('POST'));
			expect(mailcow.peakWrites).toBe(1);
		});

		// DKIM → Create and Get reads first; only for a domain without a key does it then write.
		it('a write made after a routed read (DKIM → Create and Get) waits for a write slot', async () => {
			mailcow.latencyMs = 20;
			for (let n = 0; n < 4; n++) mailcow.state.addDomain({ name: `k${n}.test` });
			const result = await run(
				mailcow,
				{
					resource: 'dkim',
					operation: 'createAndGet',
					dkimDomain: byName('={{ "k" + $json.n + ".test" }}'),
				},
				{ items: many(4) },
			);
			expect(result.items.map((i) => i.json.created)).toEqual([true, true, true, true]);
			expect(mailcow.requests.filter((r) => r.method === 'POST')).toHaveLength(4);
			expect(mailcow.peakWrites).toBe(1);
		});

		// The first item fails its own checks before any request: with On Error = Stop, the items
		// after it send nothing, not even the reads their preSend would make.
		it('an item refused by its own checks stops the items after it, their reads included', async () => {
			for (const n of [1, 2, 3])
				mailcow.state.addAlias({ address: `a${n}@other.test`, goto: 'x@other.test' });
			const result = await run(
				mailcow,
				{
					resource: 'alias',
					operation: 'update',
					aliases: '={{ "a" + $json.n + "@other.test" }}',
					aliasUpdateFields: {
						active: false,
						address: '={{ $json.n === 0 ? "x..y@other.test" : "" }}',
					},
				},
				{ items: many(4) },
			);
			expect(result.error?.message).toMatch(/^New Address: .* \(item 0\)$/);
			expect(mailcow.requests).toHaveLength(0);
		});

		// Sync Job → Create reads the new job back and, if that read fails, still succeeds (the
		// job exists) with a warning: a failure the operation handles stops nothing.
		it('a read-back that fails and is handled stops no later item (On Error = Stop)', async () => {
			mailcow.state.addMailbox({ username: 'jane@other.test', password: 'x', quota: 0 });
			mailcow.failing = /\/get\/syncjobs\//;
			const result = await run(
				mailcow,
				{
					resource: 'syncJob',
					operation: 'create',
					syncJobMailbox: byAddress('jane@other.test'),
					syncJobHost: '={{ "imap" + $json.n + ".old.test" }}',
					syncJobUsername: 'jane',
					syncJobPassword: sourceLogin,
				},
				{ items: many(3) },
			);
			expect(result.error).toBeUndefined();
			expect(result.items.map((i) => (i.json.warnings as string[])[0])).toEqual(
				Array(3).fill(
					'The sync job was created, but reading its id failed: Mailcow answered with HTTP 500',
				),
			);
			expect(mailcow.requests.map((r) => r.method)).toEqual(Array(3).fill(['POST', 'GET']).flat());
		});

		it('each write output is paired with its own input item', async () => {
			const result = await run(
				mailcow,
				{ ...createMailbox('={{ $json.who }}'), mailboxDomain: byName('other.test') },
				{ items: items({ who: 'a' }, { who: 'b' }, { who: 'c' }) },
			);
			expect(result.items.map((i) => [i.json.username, i.pairedItem])).toEqual([
				['a@other.test', { item: 0 }],
				['b@other.test', { item: 1 }],
				['c@other.test', { item: 2 }],
			]);
		});
	});

	describe('a refused credential stops the execution after one request', () => {
		it('70 creates with a wrong key: 1 request, 70 paired errors', async () => {
			const result = await run(mailcow, createMailbox('={{ "user" + $json.n }}'), {
				items: many(70),
				continueOnFail: true,
				credentials: credentials(mailcow, 'WRONG1-KEY000-000000-000000-000000'),
			});
			expect(mailcow.requests).toHaveLength(1);
			expect(result.items).toHaveLength(70);
			expect(paired(result)).toEqual(indexes(70));
			for (const item of result.items)
				expect(item.error?.message).toBe('Mailcow rejected the API key (authentication failed)');
		});

		it('70 reads from an IP the key does not allow: 1 request, 70 paired errors', async () => {
			const allowed = mailcow.allowFrom;
			mailcow.allowFrom = ['192.0.2.1'];
			const result = await run(
				mailcow,
				{ resource: 'mailbox', operation: 'getAll', returnAll: true },
				{ items: many(70), continueOnFail: true },
			).finally(() => (mailcow.allowFrom = allowed));
			expect(mailcow.requests).toHaveLength(1);
			expect(paired(result)).toEqual(indexes(70));
			for (const item of result.items)
				expect(item.error?.message).toBe('Mailcow refused API access from IP 127.0.0.1');
			expect(notSent(result)).toHaveLength(69);
		});

		it('writes with the read-only key: 1 request, every item fails with the same error', async () => {
			const result = await run(mailcow, createMailbox('={{ "user" + $json.n }}'), {
				items: many(10),
				continueOnFail: true,
				credentials: credentials(mailcow, MAILCOW_RO_KEY),
			});
			expect(mailcow.requests).toHaveLength(1);
			expect(paired(result)).toEqual(indexes(10));
			for (const item of result.items)
				expect(item.error?.message).toBe('Mailcow denied write access for this API key');
		});

		// These read before their write (in the item's preSend, which RoutingNode runs for every
		// item at once): the read is the item's first request and obeys the same stop.
		it.each([
			[
				'Alias → Update without destinations',
				{
					resource: 'alias',
					operation: 'update',
					aliases: '={{ "a" + $json.n + "@other.test" }}',
					aliasUpdateFields: { active: false },
				},
			],
			[
				'Time-Limited Alias → Create',
				{
					resource: 'timeLimitedAlias',
					operation: 'create',
					timeLimitedAliasMailbox: byAddress('={{ "u" + $json.n + "@other.test" }}'),
					timeLimitedAliasValidity: 7,
					timeLimitedAliasValidityUnit: 'days',
				},
			],
			[
				'Fail2ban → Update',
				{
					resource: 'fail2ban',
					operation: 'update',
					fail2banSettings: { fail2banBanTime: '={{ 600 + $json.n }}' },
				},
			],
		])('70 items of %s with a wrong key: 1 request, 70 paired errors', async (_name, params) => {
			const result = await run(mailcow, params, {
				items: many(70),
				continueOnFail: true,
				credentials: credentials(mailcow, 'WRONG1-KEY000-000000-000000-000000'),
			});
			expect(mailcow.requests).toHaveLength(1);
			expect(paired(result)).toEqual(indexes(70));
			for (const item of result.items)
				expect(item.error?.message).toBe('Mailcow rejected the API key (authentication failed)');
			// The item whose read was refused says so; the others say they were not sent.
			expect(notSent(result)).toHaveLength(69);
		});

		// Not a refusal: the first read fails (the Base URL reaches no API), and On Error = Stop
		// ends the execution there, the other items' reads included.
		it('an item that reads first and fails with On Error = Stop: 1 request', async () => {
			const result = await run(
				mailcow,
				{
					resource: 'fail2ban',
					operation: 'update',
					fail2banSettings: { fail2banBanTime: '={{ 600 + $json.n }}' },
				},
				{
					items: many(20),
					credentials: {
						mailcowApi: { baseUrl: `${mailcow.url}/elsewhere`, apiKey: MAILCOW_RW_KEY },
					},
				},
			);
			expect(result.error?.message).toBe('Mailcow does not know this API route');
			expect(mailcow.requests).toHaveLength(1);
		});

		it('without On Error = Continue the run ends with that error after 1 request', async () => {
			const result = await run(mailcow, createMailbox('={{ "user" + $json.n }}'), {
				items: many(20),
				credentials: credentials(mailcow, 'WRONG1-KEY000-000000-000000-000000'),
			});
			expect(result.error?.message).toBe('Mailcow rejected the API key (authentication failed)');
			expect(mailcow.requests).toHaveLength(1);
		});
	});

	describe('every output item is paired', () => {
		beforeEach(() => {
			for (const who of ['a', 'b']) {
				mailcow.state.addMailbox({ username: `${who}@other.test`, password: 'x', quota: 0 });
			}
		});

		it('Get Many with two input items and an error item in between (On Error = Continue)', async () => {
			const result = await run(
				mailcow,
				{
					resource: 'mailbox',
					operation: 'getAll',
					returnAll: true,
					mailboxDomains: '={{ $json.d }}',
				},
				{
					items: items({ d: 'other.test' }, { d: '..' }, { d: 'other.test' }),
					continueOnFail: true,
				},
			);
			expect(result.items.map((i) => [i.json.username ?? 'error', i.pairedItem])).toEqual([
				['a@other.test', { item: 0 }],
				['b@other.test', { item: 0 }],
				['error', { item: 1 }],
				['a@other.test', { item: 2 }],
				['b@other.test', { item: 2 }],
			]);
		});

		it('the error output holds each failed item paired with its input', async () => {
			const result = await run(
				mailcow,
				{ resource: 'mailbox', operation: 'get', mailbox: byAddress('={{ $json.who }}') },
				{
					items: items({ who: 'a@other.test' }, { who: 'x@other.test' }, { who: 'y@other.test' }),
					onError: 'continueErrorOutput',
				},
			);
			const [main, errors] = result.outputs;
			expect(main.map((i) => i.pairedItem)).toEqual([{ item: 0 }]);
			expect(errors.map((i) => i.pairedItem)).toEqual([{ item: 1 }, { item: 2 }]);
		});
	});

	describe('partial successes keep what was created', () => {
		it('Domain Admin → Create with one unknown domain returns the admin, its generated password and a warning', async () => {
			mailcow.state.addDomain({ name: 'ex2.test' });
			const result = await run(mailcow, {
				resource: 'domainAdmin',
				operation: 'create',
				newAdminUsername: 'partial',
				adminDomains: 'ex2.test, no-such.test',
			});
			expect(result.error).toBeUndefined();
			const out = result.items[0].json;
			const sent = mailcow.requests[0].body as Record<string, unknown>;
			expect(out).toMatchObject({
				success: true,
				username: 'partial',
				generatedPassword: sent.password,
				warnings: ['domain_invalid (no-such.test)'],
			});
			expect(mailcow.state.domainAdmins.get('partial')?.domains).toEqual(['ex2.test']);
		});
	});
});
