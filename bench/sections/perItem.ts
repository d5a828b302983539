/* eslint-disable @n8n/community-nodes/no-restricted-imports */
// Section 1 a/b: 1,000 mailcow mailbox creates by our node through n8n-core's WorkflowExecute (the
// test harness), against the floor: axios with keep-alive sending the same requests one by one.
import http from 'node:http';
import axios from 'axios';
import * as n8nCore from 'n8n-core';
import * as n8nWorkflow from 'n8n-workflow';
import { runNode } from '../../test/helpers/runNode';
import type { EmulatorHost } from '../lib/emulatorHost';
import {
	BENCH_DOMAIN,
	addMailboxBody,
	canonical,
	crmRows,
	mailcowCreateParameters,
} from '../lib/mailboxes';
import { summarize, type Summary } from '../lib/stats';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { install } = require('../lib/evaluation-counter.js') as {
	install: (
		w: unknown,
		c: unknown,
	) => { snapshot: () => Record<string, Record<string, number>>; reset: () => void };
};

export interface PerItemResult {
	items: number;
	reps: number;
	/** ms per item: the node's executionTime as n8n recorded it ÷ items. */
	harness: number[];
	/** ms per item: wall time of the sequential keep-alive loop ÷ items. */
	floor: number[];
	sameRequests: boolean;
	requestSample: string;
	/** Evaluations per item by phase (harness: legacy evaluator). */
	evaluations: Record<string, number>;
	emulatorCpuPerRequest: { handlerMicros: Summary; processMicros: Summary };
}

async function runOurs(emulator: EmulatorHost, n: number): Promise<number> {
	const items = crmRows(n).map((json) => ({ json }));
	const result = await runNode({
		node: 'mailcow',
		parameters: mailcowCreateParameters,
		credentials: { mailcowApi: emulator.credentials },
		items,
	});
	if (result.error) throw new Error(`Mailcow node failed: ${result.error.message}`);
	if (result.items.length !== n)
		throw new Error(`Mailcow node returned ${result.items.length} items, not ${n}`);
	const task = result.run.data.resultData.runData.Mailcow[0];
	return task.executionTime;
}

async function runFloor(emulator: EmulatorHost, n: number): Promise<number> {
	const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
	const client = axios.create({
		baseURL: `${emulator.url}/api/v1`,
		httpAgent: agent,
		headers: { 'X-API-Key': emulator.credentials.apiKey, Accept: 'application/json' },
	});
	const rows = crmRows(n);
	const started = performance.now();
	for (const row of rows) {
		const response = await client.post('/add/mailbox', addMailboxBody(row));
		if ((response.data as Array<{ type: string }>)[0]?.type !== 'success')
			throw new Error('floor request failed');
	}
	const elapsed = performance.now() - started;
	agent.destroy();
	return elapsed;
}

const reseed = async (emulator: EmulatorHost, logRequests = false) =>
	await emulator.reset({ logRequests, mailcowDomains: [BENCH_DOMAIN] });

export async function perItem(
	emulator: EmulatorHost,
	n: number,
	reps: number,
): Promise<PerItemResult> {
	// Same requests? Three rows through each contender, compared as the emulator received them.
	await reseed(emulator, true);
	await runOurs(emulator, 3);
	const ours = await emulator.requests();
	await reseed(emulator, true);
	await runFloor(emulator, 3);
	const floorRequests = await emulator.requests();
	const key = (r: { method: string; rawPath: string; body: unknown }) =>
		`${r.method} ${r.rawPath} ${canonical(r.body)}`;
	const sameRequests =
		ours.length === 3 && ours.map(key).join('\n') === floorRequests.map(key).join('\n');

	// Warm-up, then alternate.
	const harness: number[] = [];
	const floor: number[] = [];
	const handler: number[] = [];
	const processCpu: number[] = [];
	for (let rep = -1; rep < reps; rep++) {
		await reseed(emulator);
		const a = await runOurs(emulator, n);
		const statsA = await emulator.stats();
		await reseed(emulator);
		const b = await runFloor(emulator, n);
		const statsB = await emulator.stats();
		if (rep < 0) continue;
		harness.push(a / n);
		floor.push(b / n);
		for (const s of [statsA, statsB]) {
			handler.push(s.handlerCpuMicros / s.handledRequests);
			processCpu.push(s.processCpuMicros / s.handledRequests);
		}
	}

	// Counted last: the counter's wrappers stay installed.
	const counter = install(n8nWorkflow, n8nCore);
	await reseed(emulator);
	counter.reset();
	const countItems = 20;
	await runOurs(emulator, countItems);
	const counts = counter.snapshot().Mailcow ?? {};
	const evaluations = Object.fromEntries(
		Object.entries(counts).map(([phase, c]) => [phase, c / countItems]),
	);

	return {
		items: n,
		reps,
		harness,
		floor,
		sameRequests,
		requestSample: key(ours[0]),
		evaluations,
		emulatorCpuPerRequest: {
			handlerMicros: summarize(handler),
			processMicros: summarize(processCpu),
		},
	};
}
