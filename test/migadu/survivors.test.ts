// Tests written against bugs planted one at a time (mutation testing): each fails when its bug is
// put back. The bug each one catches is named in its title.
import { byName, calls, runMigadu, runMigaduOk, useMigadu } from './helpers';

describe('Migadu: planted bugs these tests catch', () => {
	const migadu = useMigadu();
	afterEach(() => (migadu.rateLimit = undefined));
	const deleteSales = {
		resource: 'mailbox',
		operation: 'delete',
		domain: byName('example.com'),
		mailbox: { __rl: true, mode: 'address', value: 'sales' },
	};

	it('Return All returns more records than Limit (bug: Return All ignored)', async () => {
		const items = await runMigaduOk(migadu, {
			parameters: {
				resource: 'mailbox',
				operation: 'getAll',
				domain: byName('example.com'),
				returnAll: true,
				limit: 1,
			},
		});
		expect(items.map((i) => i.address)).toEqual(['info@example.com', 'sales@example.com']);
	});

	it('a DELETE answered 500 whose lookup answers 503 keeps the error (bug: any non-200 lookup taken as deleted)', async () => {
		migadu.injectFault(
			{ kind: 'serverError', status: 500, text: 'Internal Server Error' },
			{ match: (r) => r.method === 'DELETE' },
		);
		migadu.injectFault(
			{ kind: 'serverError', status: 503, text: 'Service Unavailable' },
			{ match: (r) => r.method === 'GET' },
		);
		const { error, items } = await runMigadu(migadu, { parameters: deleteSales });
		expect(calls(migadu)).toEqual([
			'DELETE /v1/domains/example.com/mailboxes/sales',
			'GET /v1/domains/example.com/mailboxes/sales',
		]);
		expect(items).toEqual([]);
		expect(error?.message).toBe('Migadu answered with HTTP 500');
		expect(error?.description).toMatch(/A lookup afterwards answered HTTP 503\./);
	});

	it('the lookup after a DELETE answered 500 is throttled too (bug: lookups not throttled)', async () => {
		migadu.deleteAnswers500 = true;
		migadu.rateLimit = { limit: 1, windowMs: 300, blockMs: 5_000 };
		const items = await runMigaduOk(migadu, {
			parameters: deleteSales,
			throttling: { requestsPerWindow: 1, windowSeconds: 0.3 },
		});
		expect(migadu.forbidden).toBe(0);
		expect(items).toEqual([{ address: 'sales@example.com', deleted: true }]);
	});
});
