import { byName, items, run, runOk, useMailcow, wire } from '../setup';

// Domain → Delete Tags (delete/domain/tag/{domain}) with a bare array of tags.
describe('Mailcow → Domain → Delete Tags', () => {
	const mailcow = useMailcow();
	beforeEach(() => {
		mailcow.state.addDomain({ name: 'acme.test', tags: ['alpha', 'beta', 'keep'] });
		mailcow.state.addDomain({ name: 'beta.test', tags: ['alpha'] });
	});

	it('removes tags from a domain', async () => {
		const out = await runOk(mailcow, {
			resource: 'domain',
			operation: 'deleteTags',
			domain: byName('acme.test'),
			domainTagsToDelete: 'alpha, beta',
		});
		expect(wire(mailcow)).toEqual([
			{ method: 'POST', rawPath: '/api/v1/delete/domain/tag/acme.test', body: ['alpha', 'beta'] },
		]);
		expect(out).toEqual([
			{
				success: true,
				domain: 'acme.test',
				tags: ['alpha', 'beta'],
				messages: ['Domain changed (acme.test)'],
			},
		]);
		expect([...mailcow.state.domains.get('acme.test')!.tags]).toEqual(['keep']);
	});

	it('explains an unknown domain and pairs each item', async () => {
		const result = await run(
			mailcow,
			{
				resource: 'domain',
				operation: 'deleteTags',
				domain: '={{ $json.d }}',
				domainTagsToDelete: 'alpha',
			},
			{ items: items({ d: 'nowhere.test' }, { d: 'beta.test' }), continueOnFail: true },
		);
		expect(wire(mailcow).map((r) => r.rawPath)).toEqual([
			'/api/v1/delete/domain/tag/nowhere.test',
			'/api/v1/delete/domain/tag/beta.test',
		]);
		expect(result.items.map((i) => [i.json, i.pairedItem])).toEqual([
			[
				{
					error: 'Mailcow refused the request for domain "nowhere.test" (item 0): domain_invalid',
				},
				{ item: 0 },
			],
			[
				{
					success: true,
					domain: 'beta.test',
					tags: ['alpha'],
					messages: ['Domain changed (beta.test)'],
				},
				{ item: 1 },
			],
		]);
	});

	it('refuses a domain that would reach another route, before sending', async () => {
		const result = await run(mailcow, {
			resource: 'domain',
			operation: 'deleteTags',
			domain: 'acme.test&query=delete/domain',
			domainTagsToDelete: 'alpha',
		});
		expect(mailcow.requests).toEqual([]);
		expect(result.error?.message).toMatch(/^Domain: .*\(item 0\)$/);
	});
});
