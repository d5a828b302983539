// Tests written against bugs planted one at a time (mutation testing): each fails when its bug is
// put back. The bug each one catches is named in its title.
import { newMailbox } from '../emulators/migadu/state';
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
		// More records than Limit's default (50), which applies when Return All is ignored.
		const domain = migadu.state.domains.get('example.com')!;
		for (let i = 0; i < 60; i++) {
			const local = `m${String(i).padStart(2, '0')}`;
			domain.mailboxes.set(local, {
				record: newMailbox('example.com', local),
				identities: new Map(),
				forwardings: new Map(),
			});
		}
		const items = await runMigaduOk(migadu, {
			parameters: {
				resource: 'mailbox',
				operation: 'getAll',
				domain: byName('example.com'),
				returnAll: true,
				limit: 1,
			},
		});
		expect(items).toHaveLength(62);
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
		migadu.rateLimit = { limit: 1, windowMs: 1_500, blockMs: 5_000 };
		const items = await runMigaduOk(migadu, {
			parameters: deleteSales,
			throttling: { requestsPerWindow: 1, windowSeconds: 1.5 },
		});
		expect(migadu.forbidden).toBe(0);
		expect(items).toEqual([{ address: 'sales@example.com', deleted: true }]);
	});
});
