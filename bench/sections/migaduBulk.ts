/* eslint-disable @n8n/community-nodes/no-restricted-globals -- a benchmark program */
// Section 3: 200 Migadu mailbox creates against the emulator enforcing Migadu's limit scaled in
// time (60 requests per 2 s instead of per 2 min), with the node's throttling set to the same.
import { runNode } from '../../test/helpers/runNode';
import type { EmulatorHost } from '../lib/emulatorHost';

const createParameters = {
	resource: 'mailbox',
	operation: 'create',
	domain: { __rl: true, mode: 'name', value: 'example.com' },
	localPart: '={{ $json.local }}',
	name: '={{ $json.name }}',
	passwordMethod: 'password',
	password: '={{ $json.password }}',
};

const rows = (tag: string, n: number) =>
	Array.from({ length: n }, (_, i) => ({
		json: { local: `bulk-${tag}-${i}`, name: `Bulk User ${i}`, password: `Bulk-Pw-${i}-q8Z3` },
	}));

export const MIGADU_SCALED_LIMIT = { limit: 60, windowMs: 2000 };

export interface MigaduBulkResult {
	items: number;
	limit: typeof MIGADU_SCALED_LIMIT;
	/** Least time the limit allows: the last batch may start (n−1) div limit windows after the first. */
	minimumMs: number;
	runs: Array<{
		wallMs: number;
		executionMs: number;
		blocked: number;
		created: number;
		/** From the start of the run to the first request's arrival. */
		toFirstMs: number;
		firstToLastMs: number;
		/** From the last request's arrival to the end of the run. */
		afterLastMs: number;
	}>;
	emulatorCpuPerRequestMicros: number[];
}

export async function migaduBulk(
	emulator: EmulatorHost,
	items: number,
	reps: number,
): Promise<MigaduBulkResult> {
	const limit = MIGADU_SCALED_LIMIT;
	const minimumMs = Math.floor((items - 1) / limit.limit) * limit.windowMs;
	const result: MigaduBulkResult = {
		items,
		limit,
		minimumMs,
		runs: [],
		emulatorCpuPerRequestMicros: [],
	};
	// Warm-up without the limit (loads and compiles the node's code paths).
	await emulator.reset({ logRequests: false });
	await runNode({
		node: 'migadu',
		parameters: { ...createParameters, throttling: { requestsPerWindow: 0 } },
		credentials: { migaduApi: emulator.credentials },
		items: rows('warm', 5),
	});
	for (let rep = 0; rep < reps; rep++) {
		await emulator.reset({ logRequests: false, rateLimit: { ...limit } });
		// The node's limiter keeps its windows per process and key, so runs are spaced by a window.
		await new Promise((resolve) => setTimeout(resolve, limit.windowMs + 100));
		const startedAt = Date.now();
		const started = performance.now();
		const run = await runNode({
			node: 'migadu',
			parameters: {
				...createParameters,
				throttling: { requestsPerWindow: limit.limit, windowSeconds: limit.windowMs / 1000 },
			},
			credentials: { migaduApi: emulator.credentials },
			items: rows(`r${rep}`, items),
			continueOnFail: true,
		});
		const wallMs = performance.now() - started;
		const endedAt = Date.now();
		const stats = await emulator.stats();
		const created = run.items.filter((item) => !item.error).length;
		const arrivals = stats.arrivals;
		result.runs.push({
			wallMs,
			executionMs: run.run.data.resultData.runData.Migadu?.[0]?.executionTime ?? wallMs,
			blocked: stats.forbidden,
			created,
			toFirstMs: arrivals.length ? arrivals[0] - startedAt : 0,
			firstToLastMs: arrivals.length ? arrivals[arrivals.length - 1] - arrivals[0] : 0,
			afterLastMs: arrivals.length ? endedAt - arrivals[arrivals.length - 1] : 0,
		});
		result.emulatorCpuPerRequestMicros.push(
			stats.processCpuMicros / Math.max(1, stats.handledRequests),
		);
	}
	return result;
}
