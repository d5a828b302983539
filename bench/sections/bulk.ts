// Section 7: bulk wall time of mailbox creates against a mailcow emulator whose writes take a
// realistic time each (a PHP worker held per write, 4 workers), through n8n-core's WorkflowExecute
// (the test harness): writes one at a time (the default), and with Batching at 2, 4 and 8 items.
import type { INodeParameters } from 'n8n-workflow';
import { runNode } from '../../test/helpers/runNode';
import type { EmulatorHost } from '../lib/emulatorHost';
import { BENCH_DOMAIN, crmRows, mailcowAutoParameters } from '../lib/mailboxes';

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
	for (let rep = 0; rep < options.reps; rep++) {
		for (let i = 0; i < sizes.length; i++) {
			const run = runs[(i + rep) % sizes.length];
			await emulator.reset({
				logRequests: false,
				mailcowDomains: [BENCH_DOMAIN],
				writeDelayMs: options.writeDelayMs,
			});
			const ms = await runBulk(emulator, options.items, run.batchSize);
			options.log(`  batch ${run.batchSize}: ${(ms / 1000).toFixed(2)} s`);
			run.ms.push(ms);
		}
	}
	return { items: options.items, writeDelayMs: options.writeDelayMs, workers: 4, runs };
}
