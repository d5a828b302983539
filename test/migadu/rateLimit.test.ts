/* eslint-disable no-console -- the rate-limit test prints its measured ratio */
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

	it(`a bulk run of ${ITEMS} mailbox creates gets no 403 and stays close to the allowed rate`, async () => {
		// Warm up n8n-core and the create path (first runs load modules and compile lazily).
		migadu.rateLimit = undefined;
		await runMigadu(migadu, { parameters: createParameters, items: people(ITEMS, 'warm') });
		migadu.reset();
		migadu.rateLimit = { limit: LIMIT, windowMs: WINDOW_MS, blockMs: 2_000 };

		const started = performance.now();
		const result = await runMigadu(migadu, {
			parameters: createParameters,
			items: people(ITEMS),
			throttling: { requestsPerWindow: LIMIT, windowSeconds: WINDOW_MS / 1000 },
		});
		const wall = performance.now() - started;
		expect(result.error).toBeUndefined();
		expect(migadu.forbidden).toBe(0);
		expect(json(result.items).map((i) => i.address)).toEqual(
			people(ITEMS).map((p) => `${p.json.local}@example.com`),
		);
		expect(migadu.state.domains.get('example.com')!.mailboxes.size).toBe(ITEMS + 2);

		// The limit forces the last request to start at least (ITEMS / LIMIT − 1) windows after the
		// first. Before the first request n8n prepares every item (RoutingNode sends nothing until
		// all are prepared), and after the last answer it assembles the output: no limiter can
		// shorten those, so the minimum this run allows is that time plus the spacing.
		const spacing = (Math.ceil(ITEMS / LIMIT) - 1) * WINDOW_MS;
		const spread = migadu.arrivals[migadu.arrivals.length - 1] - migadu.arrivals[0];
		const outside = wall - spread;
		const minimum = outside + spacing;
		const ratio = wall / minimum;
		console.log(
			[
				`rate limit ${LIMIT} per ${WINDOW_MS} ms, ${ITEMS} mailbox creates, 403s: ${migadu.forbidden}`,
				`wall ${wall.toFixed(0)} ms; minimum the limit allows ${minimum.toFixed(0)} ms (n8n before the first and after the last request ${outside.toFixed(0)} ms + spacing ${spacing} ms)`,
				`ratio ${ratio.toFixed(3)} (wall / spacing alone: ${(wall / spacing).toFixed(3)}; first-to-last request ${spread.toFixed(0)} ms = ${(spread / spacing).toFixed(3)} × spacing)`,
			].join('\n'),
		);
		expect(ratio).toBeLessThanOrEqual(1.25);
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
		const result = await runMigadu(migadu, {
			parameters: createParameters,
			items: people(8, 'c'),
			throttling: { requestsPerWindow: 0 },
			continueOnFail: true,
		});
		expect(migadu.forbidden).toBe(2);
		const failed = result.items.filter(
			(item) => item.json.error !== undefined || item.error !== undefined,
		);
		expect(failed).toHaveLength(2);
		const error = failed[0].error!;
		expect(error.message).toBe(
			'Migadu blocked the request: rate limit exceeded or IP temporarily blocked',
		);
		expect(error.description).toMatch(/about 60 requests per 2 minutes/);
	});
});
