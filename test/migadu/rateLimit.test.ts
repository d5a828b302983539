import { json } from '../helpers/runNode';
import { byName, runMigadu, useMigadu } from './helpers';

// Migadu's limit (about 60 requests per 2 minutes) scaled down to 6 requests per 300 ms.
const LIMIT = 6;
const WINDOW_MS = 300;
const ITEMS = 30;

const createParameters = {
	resource: 'mailbox',
	operation: 'create',
	domain: byName('example.com'),
	localPart: '={{ $json.local }}',
	name: '={{ $json.name }}',
	passwordMethod: 'password',
	password: 'Sup3r_s3cr3T-pw',
};

const people = (count: number, prefix = 'user') =>
	Array.from({ length: count }, (_, i) => ({
		json: { local: `${prefix}${i}`, name: `User ${i}` },
	}));

describe('Migadu rate limit', () => {
	const migadu = useMigadu({ rateLimit: { limit: LIMIT, windowMs: WINDOW_MS, blockMs: 2_000 } });

	it(`a bulk run of ${ITEMS} mailbox creates gets no 403 and never more than the limit per window`, async () => {
		// Warm up n8n-core and the create path (first runs load modules and compile lazily).
		migadu.rateLimit = undefined;
		await runMigadu(migadu, { parameters: createParameters, items: people(ITEMS, 'warm') });
		migadu.reset();
		migadu.rateLimit = { limit: LIMIT, windowMs: WINDOW_MS, blockMs: 2_000 };

		const result = await runMigadu(migadu, {
			parameters: createParameters,
			items: people(ITEMS),
			throttling: { requestsPerWindow: LIMIT, windowSeconds: WINDOW_MS / 1000 },
		});
		expect(result.error).toBeUndefined();
		expect(migadu.forbidden).toBe(0);
		expect(json(result.items).map((i) => i.address)).toEqual(
			people(ITEMS).map((p) => `${p.json.local}@example.com`),
		);
		expect(migadu.state.domains.get('example.com')!.mailboxes.size).toBe(ITEMS + 2);

		// How close the run comes to the minimum the limit allows is a timing figure: it is
		// measured by `npm run bench` (bench/), never asserted here.
		// And no window on the emulator's clock ever held more than LIMIT requests.
		for (let i = LIMIT; i < migadu.arrivals.length; i++) {
			expect(migadu.arrivals[i] - migadu.arrivals[i - LIMIT]).toBeGreaterThan(WINDOW_MS);
		}
	});

	it('the limiter spans executions with the same credential', async () => {
		const throttling = { requestsPerWindow: LIMIT, windowSeconds: WINDOW_MS / 1000 };
		const first = await runMigadu(migadu, {
			parameters: createParameters,
			items: people(4, 'a'),
			throttling,
		});
		const second = await runMigadu(migadu, {
			parameters: createParameters,
			items: people(4, 'b'),
			throttling,
		});
		expect(first.error).toBeUndefined();
		expect(second.error).toBeUndefined();
		expect(migadu.forbidden).toBe(0);
		// Requests 7 and 8 (of the second run) had to wait for the first window to pass.
		expect(migadu.arrivals[6] - migadu.arrivals[0]).toBeGreaterThan(WINDOW_MS);
	});

	it('without throttling Migadu blocks the IP, and the error explains the rate limit', async () => {
		// A long window: writes go one at a time, and on a busy machine 7 of them may take longer
		// than the scaled-down window.
		migadu.rateLimit = { limit: LIMIT, windowMs: 60_000, blockMs: 2_000 };
		const result = await runMigadu(migadu, {
			parameters: createParameters,
			items: people(8, 'c'),
			throttling: { requestsPerWindow: 0 },
			continueOnFail: true,
		});
		// The 7th request is blocked; after that 403 the 8th item fails without a request.
		expect(migadu.forbidden).toBe(1);
		expect(migadu.requests).toHaveLength(7);
		const failed = result.items.filter(
			(item) => item.json.error !== undefined || item.error !== undefined,
		);
		expect(failed).toHaveLength(2);
		const error = failed[0].error!;
		expect(error.message).toBe(
			'Migadu blocked the request: rate limit exceeded or IP temporarily blocked',
		);
		expect(error.description).toMatch(/about 60 requests per 2 minutes/);
		expect(failed[1].error?.message).toBe(error.message);
		expect(failed[1].error?.description).toMatch(/Not sent: an earlier request/);
	});
});
