// Section 7: bulk wall time of mailbox creates against a mailcow emulator whose writes take a
// realistic time each (a PHP worker held per write, 4 workers), through n8n-core's WorkflowExecute
// (the test harness): writes one at a time (the default), and with Batching at 2, 4 and 8 items;
// next to each, a bare HTTP client with as many writes in flight.
import type { INodeParameters } from 'n8n-workflow';
import { runNode } from '../../test/helpers/runNode';
import type { EmulatorHost } from '../lib/emulatorHost';
import { BENCH_DOMAIN, addMailboxBody, crmRows, mailcowAutoParameters } from '../lib/mailboxes';

export interface BulkRun {
	/** Items per batch (1 = writes one at a time). */
	batchSize: number;
	/** Wall time of the node's execution (its executionTime), ms. */
	ms: number[];
}

export interface BulkResult {
	items: number;
	writeDelayMs: number;
	workers: number;
	runs: BulkRun[];
	/**
	 * The same creates from a bare HTTP client (fetch, keep-alive) with as many in flight as each
	 * batch size: what the emulator itself allows, its own time per create included (the 15 ms
	 * between mailcow's checks and its insert, test/emulators/mailcow/routes/race.ts).
	 */
	bare: BulkRun[];
}

/** `n` mailbox creates sent by fetch, `inFlight` at a time; wall ms. */
async function runBare(emulator: EmulatorHost, n: number, inFlight: number): Promise<number> {
	const rows = crmRows(n);
	const started = performance.now();
	let next = 0;
	const sender = async () => {
		while (next < rows.length) {
			const row = rows[next++];
			const response = await fetch(`${emulator.credentials.baseUrl}/api/v1/add/mailbox`, {
				method: 'POST',
				headers: { 'X-API-Key': emulator.credentials.apiKey, 'Content-Type': 'application/json' },
				body: JSON.stringify(addMailboxBody(row)),
			});
			await response.text();
		}
	};
	await Promise.all(Array.from({ length: inFlight }, sender));
	const ms = performance.now() - started;
	const stats = await emulator.stats();
	if (stats.mailboxes !== n) throw new Error(`${stats.mailboxes} mailboxes created, not ${n}`);
	return ms;
}

async function runBulk(emulator: EmulatorHost, n: number, batchSize: number): Promise<number> {
	const parameters: INodeParameters = {
		...mailcowAutoParameters,
		...(batchSize > 1
			? { requestOptions: { batching: { batch: { batchSize, batchInterval: 0 } } } }
			: {}),
	};
	const result = await runNode({
		node: 'mailcow',
		parameters,
		credentials: { mailcowApi: emulator.credentials },
		items: crmRows(n).map((json) => ({ json })),
	});
	if (result.error) throw new Error(`Mailcow node failed: ${result.error.message}`);
	const stats = await emulator.stats();
	if (stats.mailboxes !== n) throw new Error(`${stats.mailboxes} mailboxes created, not ${n}`);
	return result.run.data.resultData.runData.Mailcow[0].executionTime;
}

/** `reps` rounds, each running every batch size once (order rotated per round). */
export async function bulk(
	emulator: EmulatorHost,
	options: { items: number; reps: number; writeDelayMs: number; log: (line: string) => void },
): Promise<BulkResult> {
	const sizes = [1, 2, 4, 8];
	const runs: BulkRun[] = sizes.map((batchSize) => ({ batchSize, ms: [] }));
	const bare: BulkRun[] = sizes.map((batchSize) => ({ batchSize, ms: [] }));
	for (let rep = 0; rep < options.reps; rep++) {
		for (let i = 0; i < sizes.length; i++) {
			const index = (i + rep) % sizes.length;
			for (const [label, list, runOne] of [
				['batch', runs, runBulk],
				['bare client', bare, runBare],
			] as const) {
				await emulator.reset({
					logRequests: false,
					mailcowDomains: [BENCH_DOMAIN],
					writeDelayMs: options.writeDelayMs,
				});
				const ms = await runOne(emulator, options.items, list[index].batchSize);
				options.log(`  ${label} ${list[index].batchSize}: ${(ms / 1000).toFixed(2)} s`);
				list[index].ms.push(ms);
			}
		}
	}
	return { items: options.items, writeDelayMs: options.writeDelayMs, workers: 4, runs, bare };
}
