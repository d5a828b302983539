/* eslint-disable @n8n/community-nodes/no-restricted-imports -- n8n-core's own Logger */
// Mailbox → Get Many on big servers: mailcow 2026-03 and later page through POST search/mailbox
// (mailcow-observed-2.md, "Search"); older servers fall back to get/mailbox/all with a notice.
import { Container } from '@n8n/di';
import { items, run, runOk, useMailcow, wire } from '../setup';

// The Logger class n8n-core's node contexts use (`this.logger`), from n8n-core's own copy.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { Logger } = require(
	require.resolve('@n8n/backend-common', { paths: [require.resolve('n8n-core')] }),
) as { Logger: new () => { warn: (message: string) => void } };

const pad = (n: number) => String(n).padStart(4, '0');

describe('Mailcow → Mailbox → Get Many, paged through search/mailbox', () => {
	const mailcow = useMailcow();
	beforeEach(() => {
		mailcow.state.addDomain({ name: 'big.test', mailboxes: 5000, quota: 10_000_000 });
		mailcow.state.addDomain({ name: 'small.test' });
	});

	const seed = (count: number) => {
		for (let i = 0; i < count; i++)
			mailcow.state.addMailbox({
				username: `u${pad(i)}@big.test`,
				password: 'Secret-123',
				name: `User ${pad(i)}`,
				quota: 100 + (i % 7),
			});
	};

	const searches = () => mailcow.requests.filter((r) => r.rawPath === '/api/v1/search/mailbox');
	const versionReads = () =>
		mailcow.requests.filter((r) => r.rawPath === '/api/v1/get/status/version');

	it('Return All over 1,200 mailboxes reads the version once, then takes three pages of 500', async () => {
		seed(1200);
		const out = await runOk(mailcow, { resource: 'mailbox', operation: 'getAll', returnAll: true });
		expect(wire(mailcow).map((r) => `${r.method} ${r.rawPath}`)).toEqual([
			'GET /api/v1/get/status/version',
			'POST /api/v1/search/mailbox',
			'POST /api/v1/search/mailbox',
			'POST /api/v1/search/mailbox',
		]);
		const bodies = searches().map((r) => r.body as Record<string, unknown>);
		expect(bodies.map((b) => [b.draw, b.start, b.length])).toEqual([
			[1, 0, 500],
			[2, 500, 500],
			[3, 1000, 500],
		]);
		// Always ordered (LIMIT without ORDER BY gives no stable pages): username ascending.
		expect(bodies[0]).toMatchObject({
			search: { value: '', regex: false },
			order: [{ column: 2, dir: 'asc' }],
		});
		const columns = bodies[0].columns as Array<Record<string, unknown>>;
		expect(columns).toHaveLength(25);
		expect(columns[2]).toEqual({
			data: 2,
			name: '',
			searchable: true,
			orderable: true,
			search: { value: '', regex: false },
		});
		expect(out).toHaveLength(1200);
		expect(out[0]).toMatchObject({ username: 'u0000@big.test', name: 'User 0000', quotaMiB: 100 });
		expect(out.at(-1)).toMatchObject({ username: 'u1199@big.test' });
		expect(new Set(out.map((m) => m.username)).size).toBe(1200);
	});

	it('a Limit above one page asks the second page for only what is missing', async () => {
		seed(1200);
		const out = await runOk(mailcow, { resource: 'mailbox', operation: 'getAll', limit: 700 });
		const bodies = searches().map((r) => r.body as Record<string, unknown>);
		expect(bodies.map((b) => [b.draw, b.start, b.length])).toEqual([
			[1, 0, 500],
			[2, 500, 200],
		]);
		expect(out).toHaveLength(700);
		expect(out.at(-1)).toMatchObject({ username: 'u0699@big.test' });
	});

	it('a search answered with something else than a page of records fails the item, saying so', async () => {
		seed(3);
		mailcow.injectFault(
			{ kind: 'json', body: { error: 'nope' } },
			{ match: (r) => r.rawPath === '/api/v1/search/mailbox' },
		);
		const { error } = await run(mailcow, { resource: 'mailbox', operation: 'getAll', limit: 2 });
		expect(error?.message).toBe(
			'Mailcow answered the search with something else than a page of records (item 0)',
		);
		expect(error?.httpCode).toBe('502');
	});

	it('maps Limit, Offset, Sort and Search to one request', async () => {
		seed(40);
		const out = await runOk(mailcow, {
			resource: 'mailbox',
			operation: 'getAll',
			limit: 3,
			mailboxListOptions: { search: 'user 002', sortBy: 'quota', sortDirection: 'desc', offset: 1 },
		});
		expect(searches()).toHaveLength(1);
		expect(searches()[0].body).toMatchObject({
			start: 1,
			length: 3,
			search: { value: 'user 002', regex: false },
			order: [
				{ column: 3, dir: 'desc' },
				{ column: 2, dir: 'asc' },
			],
		});
		// u0020…u0029 have quotas 106, 100, 101, …, 106, 100, 101: by quota descending (then by
		// username) u0020, u0027, u0026, u0025 …; Offset 1 skips u0020.
		expect(out.map((m) => [m.username, m.quotaMiB])).toEqual([
			['u0027@big.test', 106],
			['u0026@big.test', 105],
			['u0025@big.test', 104],
		]);
	});

	it('pages with a tag filter until Limit is reached (tags are matched like mailcow)', async () => {
		seed(1100);
		mailcow.state.mailboxes.get('u0003@big.test')!.tags.add('vip');
		mailcow.state.mailboxes.get('u0700@big.test')!.tags.add('vip-eu');
		mailcow.state.mailboxes.get('u1050@big.test')!.tags.add('vip');
		const out = await runOk(mailcow, {
			resource: 'mailbox',
			operation: 'getAll',
			limit: 2,
			mailboxTags: 'vip',
		});
		expect(searches().map((r) => (r.body as { start: number }).start)).toEqual([0, 500]);
		expect(out.map((m) => m.username)).toEqual(['u0003@big.test', 'u0700@big.test']);
	});

	it('reads the version once for two input items, each paired with its own records', async () => {
		seed(5);
		const result = await run(
			mailcow,
			{
				resource: 'mailbox',
				operation: 'getAll',
				limit: '={{ $json.n }}',
				mailboxListOptions: { offset: '={{ $json.from }}' },
			},
			{ items: items({ n: 2, from: 0 }, { n: 1, from: 3 }) },
		);
		expect(result.error).toBeUndefined();
		expect(versionReads()).toHaveLength(1);
		expect(
			searches()
				.map((r) => (r.body as { start: number }).start)
				.sort(),
		).toEqual([0, 3]);
		expect(result.items.map((i) => [i.json.username, i.pairedItem])).toEqual([
			['u0000@big.test', { item: 0 }],
			['u0001@big.test', { item: 0 }],
			['u0003@big.test', { item: 1 }],
		]);
	});

	it('refuses a negative Offset before sending, naming the field and the item', async () => {
		const result = await run(mailcow, {
			resource: 'mailbox',
			operation: 'getAll',
			mailboxListOptions: { offset: -5 },
		});
		expect(result.error?.message).toBe('Offset: must be at least 0 (item 0)');
		expect(searches()).toEqual([]);
	});

	it('explains a refused API key once; nothing else is sent for the other item', async () => {
		const result = await run(
			mailcow,
			{ resource: 'mailbox', operation: 'getAll', returnAll: true },
			{
				credentials: { mailcowApi: { baseUrl: mailcow.url, apiKey: 'WRONG-KEY-1234' } },
				items: items({}, {}),
				continueOnFail: true,
			},
		);
		expect(mailcow.requests).toHaveLength(1);
		expect(result.items.map((i) => i.pairedItem)).toEqual([{ item: 0 }, { item: 1 }]);
		expect(String(result.items[0].json.error)).toMatch(/API key/i);
		expect(JSON.stringify(result.items)).not.toContain('WRONG-KEY-1234');
	});

	describe('the version that decides', () => {
		const pathsFor = async (version: unknown) => {
			(mailcow.state as { version: unknown }).version = version;
			seed(3);
			const warn = jest.spyOn(Container.get(Logger), 'warn').mockImplementation(() => {});
			try {
				await runOk(mailcow, { resource: 'mailbox', operation: 'getAll', limit: 2 });
				return {
					paths: wire(mailcow).map((r) => r.rawPath),
					notices: warn.mock.calls.map(([message]) => String(message)),
				};
			} finally {
				warn.mockRestore();
			}
		};

		it('2026-03 itself pages through search/mailbox', async () => {
			expect((await pathsFor('2026-03')).paths).toEqual([
				'/api/v1/get/status/version',
				'/api/v1/search/mailbox',
			]);
		});

		it('a version that is no release date, or none, reads the whole list and says which', async () => {
			for (const [version, named] of [
				['nightly', 'mailcow nightly cannot page'],
				[undefined, 'mailcow (version unknown) cannot page'],
				[202607, 'mailcow (version unknown) cannot page'],
			] as const) {
				mailcow.reset();
				const { paths, notices } = await pathsFor(version);
				expect(paths).toEqual(['/api/v1/get/status/version', '/api/v1/get/mailbox/all']);
				expect(notices).toEqual([expect.stringContaining(named)]);
			}
		});
	});

	describe('on a mailcow older than 2026-03', () => {
		beforeEach(() => {
			mailcow.state.version = '2025-12';
		});

		it('falls back to get/mailbox/all and applies Limit, Offset, Sort and Search itself, with a notice', async () => {
			seed(40);
			const warn = jest.spyOn(Container.get(Logger), 'warn').mockImplementation(() => {});
			try {
				const out = await runOk(
					mailcow,
					{
						resource: 'mailbox',
						operation: 'getAll',
						limit: 3,
						mailboxListOptions: {
							search: 'user 002',
							sortBy: 'quota',
							sortDirection: 'desc',
							offset: 1,
						},
					},
					{ items: items({}, {}) },
				);
				expect(wire(mailcow)).toEqual([
					{ method: 'GET', rawPath: '/api/v1/get/status/version', body: null },
					{ method: 'GET', rawPath: '/api/v1/get/mailbox/all', body: null },
					{ method: 'GET', rawPath: '/api/v1/get/mailbox/all', body: null },
				]);
				// The same records the search would have given.
				expect(out.map((m) => m.username)).toEqual([
					'u0027@big.test',
					'u0026@big.test',
					'u0025@big.test',
					'u0027@big.test',
					'u0026@big.test',
					'u0025@big.test',
				]);
				const notices = warn.mock.calls.map(([message]) => String(message));
				expect(notices).toEqual([
					expect.stringContaining('mailcow 2025-12 cannot page (search/mailbox needs 2026-03'),
				]);
			} finally {
				warn.mockRestore();
			}
		});

		it('sorts by a text column without regard to case, by a number as numbers, ties by address', async () => {
			for (const [username, name, quota] of [
				['c@big.test', 'bob', 9],
				['a@big.test', 'Zed', 10],
				['b@big.test', 'Amy', 100],
				['d@big.test', 'amy', 100],
			] as const)
				mailcow.state.addMailbox({ username, password: 'Secret-123', name, quota });
			const order = async (sortBy: string, sortDirection: string) =>
				(
					await runOk(mailcow, {
						resource: 'mailbox',
						operation: 'getAll',
						returnAll: true,
						mailboxListOptions: { sortBy, sortDirection },
					})
				).map((m) => m.username);
			expect(await order('name', 'asc')).toEqual([
				'b@big.test',
				'd@big.test',
				'c@big.test',
				'a@big.test',
			]);
			expect(await order('quota', 'asc')).toEqual([
				'c@big.test',
				'a@big.test',
				'b@big.test',
				'd@big.test',
			]);
			expect(await order('quota', 'desc')).toEqual([
				'b@big.test',
				'd@big.test',
				'a@big.test',
				'c@big.test',
			]);
			expect(await order('username', 'desc')).toEqual([
				'd@big.test',
				'c@big.test',
				'b@big.test',
				'a@big.test',
			]);
		});

		it('Return All gets the whole list in one request', async () => {
			seed(1200);
			const out = await runOk(mailcow, {
				resource: 'mailbox',
				operation: 'getAll',
				returnAll: true,
			});
			expect(wire(mailcow).map((r) => r.rawPath)).toEqual([
				'/api/v1/get/status/version',
				'/api/v1/get/mailbox/all',
			]);
			expect(out).toHaveLength(1200);
		});
	});
});
