// Domain → Get Many on big servers: mailcow 2026-03 and later page through POST search/domain
// (mailcow-observed-2.md, "Search"); older servers fall back to get/domain/all.
import { items, run, runOk, useMailcow, wire } from '../setup';

const pad = (n: number) => String(n).padStart(3, '0');

describe('Mailcow → Domain → Get Many, paged through search/domain', () => {
	const mailcow = useMailcow();
	const seed = (count: number) => {
		for (let i = 0; i < count; i++)
			mailcow.state.addDomain({ name: `d${pad(i)}.test`, quota: 1000 + (i % 5) });
	};
	const searches = () => mailcow.requests.filter((r) => r.rawPath === '/api/v1/search/domain');

	it('Return All over 600 domains takes two pages of 500', async () => {
		seed(600);
		const out = await runOk(mailcow, { resource: 'domain', operation: 'getAll', returnAll: true });
		expect(wire(mailcow).map((r) => `${r.method} ${r.rawPath}`)).toEqual([
			'GET /api/v1/get/status/version',
			'POST /api/v1/search/domain',
			'POST /api/v1/search/domain',
		]);
		const bodies = searches().map((r) => r.body as Record<string, unknown>);
		expect(bodies.map((b) => [b.start, b.length])).toEqual([
			[0, 500],
			[500, 500],
		]);
		expect(bodies[0]).toMatchObject({ order: [{ column: 2, dir: 'asc' }] });
		expect(bodies[0].columns).toHaveLength(16);
		expect(out).toHaveLength(600);
		expect(out[0]).toMatchObject({ domain: 'd000.test', quotaMiB: 1000 });
		expect(out.at(-1)).toMatchObject({ domain: 'd599.test' });
	});

	it('maps Limit, Offset, Sort and Search; tags are filtered like mailcow', async () => {
		seed(30);
		mailcow.state.domains.get('d014.test')!.tags.add('prod');
		mailcow.state.domains.get('d019.test')!.tags.add('production');
		const out = await runOk(mailcow, {
			resource: 'domain',
			operation: 'getAll',
			limit: 2,
			domainTags: 'prod',
			domainListOptions: { search: 'd01', sortBy: 'quota', sortDirection: 'desc' },
		});
		expect(searches()[0].body).toMatchObject({
			start: 0,
			search: { value: 'd01', regex: false },
			order: [
				{ column: 5, dir: 'desc' },
				{ column: 2, dir: 'asc' },
			],
		});
		// d014 and d019 both have quota 1004.
		expect(out.map((d) => d.domain)).toEqual(['d014.test', 'd019.test']);
	});

	it('pairs each input item with its page', async () => {
		seed(4);
		const result = await run(
			mailcow,
			{
				resource: 'domain',
				operation: 'getAll',
				limit: 1,
				domainListOptions: { offset: '={{ $json.o }}' },
			},
			{ items: items({ o: 0 }, { o: 2 }) },
		);
		expect(mailcow.requests.filter((r) => r.rawPath === '/api/v1/get/status/version')).toHaveLength(
			1,
		);
		expect(result.items.map((i) => [i.json.domain, i.pairedItem])).toEqual([
			['d000.test', { item: 0 }],
			['d002.test', { item: 1 }],
		]);
	});

	it('falls back to get/domain/all on mailcow 2025-12, with the same records', async () => {
		mailcow.state.version = '2025-12';
		seed(30);
		const out = await runOk(mailcow, {
			resource: 'domain',
			operation: 'getAll',
			limit: 3,
			domainListOptions: { search: 'd01', sortBy: 'quota', sortDirection: 'desc', offset: 1 },
		});
		expect(wire(mailcow)).toEqual([
			{ method: 'GET', rawPath: '/api/v1/get/status/version', body: null },
			{ method: 'GET', rawPath: '/api/v1/get/domain/all', body: null },
		]);
		// quota desc, then domain: d014, d019 (1004), d013, d018 (1003) … ; Offset 1 skips d014.
		expect(out.map((d) => d.domain)).toEqual(['d019.test', 'd013.test', 'd018.test']);
	});

	it('searches a domain without tags by its name only, on mailcow 2025-12', async () => {
		mailcow.state.version = '2025-12';
		mailcow.state.addDomain({ name: 'acme.test' });
		mailcow.state.addDomain({ name: 'where.test' });
		mailcow.state.addDomain({ name: 'tagged.test', tags: ['there'] });
		const out = await runOk(mailcow, {
			resource: 'domain',
			operation: 'getAll',
			returnAll: true,
			domainListOptions: { search: 'here' },
		});
		expect(out.map((d) => d.domain)).toEqual(['tagged.test', 'where.test']);
	});
});
