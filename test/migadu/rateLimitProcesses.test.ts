// Several n8n processes sharing one Migadu account (queue mode: main + workers). Each process has
// its own limiter, so the Throttling option's "Processes Sharing This Account" divides the budget.
// Two processes are stood in for by two copies of the package and n8n-core, each loaded in its
// own module registry (jest.isolateModules): module-scoped limiter state is not shared between
// them, exactly as between two n8n processes.
import type { MigaduEmulator } from '../emulators/migadu';
import type * as RunNodeModule from '../helpers/runNode';
import { rateLimitOf } from '../../nodes/Migadu/shared/transport';
import { byName, credentialsFor, useMigadu } from './helpers';

// Migadu's limit (about 60 requests per 2 minutes) scaled down to 6 requests per 3 s: long enough
// that a busy machine delaying one process's requests by a second changes neither outcome.
const LIMIT = 6;
const WINDOW_MS = 3000;
const ITEMS_PER_PROCESS = 6;

interface ProcessCopy {
	runNode: typeof RunNodeModule.runNode;
	/** This copy's limiter: forgets its queues (a fresh process). */
	resetRateLimits: () => void;
}

function processCopy(): ProcessCopy {
	let copy: ProcessCopy | undefined;
	jest.isolateModules(() => {
		/* eslint-disable @typescript-eslint/no-require-imports -- loaded into this registry only */
		const { runNode } = require('../helpers/runNode') as typeof RunNodeModule;
		// The limiter module the copy's node uses (runNode loads the package from dist/).
		const { resetRateLimits } = require('../../dist/nodes/Migadu/shared/rateLimit') as {
			resetRateLimits: () => void;
		};
		/* eslint-enable @typescript-eslint/no-require-imports */
		copy = { runNode, resetRateLimits };
	});
	return copy!;
}

const createParameters = (processes: number) => ({
	resource: 'mailbox',
	operation: 'create',
	domain: byName('example.com'),
	localPart: '={{ $json.local }}',
	name: '={{ $json.local }}',
	passwordMethod: 'password',
	password: 'Sup3r_s3cr3T-pw',
	throttling: { requestsPerWindow: LIMIT, windowSeconds: WINDOW_MS / 1000, processes },
});

const people = (prefix: string) =>
	Array.from({ length: ITEMS_PER_PROCESS }, (_, i) => ({ json: { local: `${prefix}${i}` } }));

// Loading n8n-core twice takes long on a busy machine: once for the file, not per test.
let copies: ProcessCopy[] = [];

async function runOnTwoProcesses(migadu: MigaduEmulator, processes: number) {
	const run = async (copy: ProcessCopy, prefix: string) =>
		await copy.runNode({
			node: 'migadu',
			parameters: createParameters(processes),
			credentials: credentialsFor(migadu),
			items: people(prefix),
			continueOnFail: true,
		});
	return await Promise.all([run(copies[0], 'p1-'), run(copies[1], 'p2-')]);
}

describe('Throttling: Processes Sharing This Account', () => {
	test('divides the budget, rounding down; a share below one request widens the window', () => {
		expect(rateLimitOf({})).toEqual({ limit: 60, windowMs: 120_000 });
		expect(rateLimitOf({ processes: 1 })).toEqual({ limit: 60, windowMs: 120_000 });
		expect(rateLimitOf({ processes: 2 })).toEqual({ limit: 30, windowMs: 120_000 });
		expect(rateLimitOf({ processes: 3 })).toEqual({ limit: 20, windowMs: 120_000 });
		expect(rateLimitOf({ processes: 7 })).toEqual({ limit: 8, windowMs: 120_000 });
		expect(rateLimitOf({ requestsPerWindow: 10, windowSeconds: 10, processes: 2 })).toEqual({
			limit: 5,
			windowMs: 10_000,
		});
		// 5 requests per 10 s over 10 processes: each may send 1 per 20 s.
		expect(rateLimitOf({ requestsPerWindow: 5, windowSeconds: 10, processes: 10 })).toEqual({
			limit: 1,
			windowMs: 20_000,
		});
		// Throttling off stays off; nonsense counts as one process.
		expect(rateLimitOf({ requestsPerWindow: 0, processes: 4 }).limit).toBe(0);
		expect(rateLimitOf({ processes: 0 })).toEqual({ limit: 60, windowMs: 120_000 });
		expect(rateLimitOf({ processes: 'x' })).toEqual({ limit: 60, windowMs: 120_000 });
	});

	describe('two processes, one account, Migadu enforcing the limit', () => {
		const migadu = useMigadu({
			rateLimit: { limit: LIMIT, windowMs: WINDOW_MS, blockMs: 5_000 },
		});
		beforeAll(() => {
			copies = [processCopy(), processCopy()];
		}, 180_000);
		// Each test starts as two freshly started processes would.
		beforeEach(() => copies.forEach((copy) => copy.resetRateLimits()));

		test('with the setting at 2 nothing is blocked, and no window holds more than the limit', async () => {
			const runs = await runOnTwoProcesses(migadu, 2);
			expect(migadu.forbidden).toBe(0);
			for (const run of runs) {
				expect(run.error).toBeUndefined();
				expect(run.items.filter((item) => item.error !== undefined)).toEqual([]);
			}
			expect(migadu.state.domains.get('example.com')!.mailboxes.size).toBe(
				2 + 2 * ITEMS_PER_PROCESS,
			);
			const arrivals = [...migadu.arrivals].sort((a, b) => a - b);
			expect(arrivals).toHaveLength(2 * ITEMS_PER_PROCESS);
			for (let i = LIMIT; i < arrivals.length; i++) {
				expect(arrivals[i] - arrivals[i - LIMIT]).toBeGreaterThan(WINDOW_MS);
			}
		}, 120_000);

		test('with the default (1) each process uses the whole budget and Migadu blocks the IP', async () => {
			const runs = await runOnTwoProcesses(migadu, 1);
			// Both start with a full window: 2 × 6 requests at once against a limit of 6 (6 blocked
			// when both batches arrive within one window; fewer if one process starts late).
			expect(migadu.forbidden).toBeGreaterThan(0);
			const failed = runs.flatMap((run) => run.items.filter((item) => item.error !== undefined));
			expect(failed.length).toBeGreaterThan(0);
			const blocked = failed.find(
				(item) =>
					item.error!.message ===
					'Migadu blocked the request: rate limit exceeded or IP temporarily blocked',
			);
			// The error points at the setting that would have prevented it.
			expect(blocked!.error!.description).toContain('set Processes Sharing This Account');
		}, 120_000);
	});
});
