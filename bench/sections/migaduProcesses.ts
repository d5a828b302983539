/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals, @n8n/community-nodes/no-dangerous-functions -- benchmark processes */
// Section 6: Migadu bulk across 2 n8n processes sharing one account (queue mode's main/workers),
// each with the Throttling option's "Processes Sharing This Account" = 2. The emulator enforces
// Migadu's limit scaled in time (60 requests per 2 s) and blocks over it.
import { fork, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import type { EmulatorHost } from '../lib/emulatorHost';
import { MIGADU_SCALED_LIMIT } from './migaduBulk';

export interface MigaduProcessesResult {
	processes: number;
	itemsPerProcess: number;
	limit: typeof MIGADU_SCALED_LIMIT;
	/** Least time the limit allows for all items: (n−1) div limit windows. */
	minimumMs: number;
	runs: Array<{ wallMs: number; blocked: number; failed: number; requests: number }>;
}

interface ChildReport {
	ready?: boolean;
	startedAt?: number;
	endedAt?: number;
	failed?: number;
	error?: string;
}

function startChild(job: object): { child: ChildProcess; next: () => Promise<ChildReport> } {
	const child = fork(
		path.join(__dirname, '..', 'children', 'migaduProcess.ts'),
		[JSON.stringify(job)],
		{
			execArgv: ['--import', 'tsx'],
			stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
		},
	);
	const reports: ChildReport[] = [];
	const waiting: Array<(report: ChildReport) => void> = [];
	child.on('message', (report: ChildReport) => {
		const resolve = waiting.shift();
		if (resolve) resolve(report);
		else reports.push(report);
	});
	child.on('exit', (code) => {
		for (const resolve of waiting.splice(0)) resolve({ error: `exited with code ${code}` });
	});
	return {
		child,
		next: async () =>
			reports.length
				? reports.shift()!
				: await new Promise<ChildReport>((resolve) => waiting.push(resolve)),
	};
}

export async function migaduAcrossProcesses(
	emulator: EmulatorHost,
	itemsPerProcess: number,
	reps: number,
	processes = 2,
): Promise<MigaduProcessesResult> {
	const limit = MIGADU_SCALED_LIMIT;
	const total = itemsPerProcess * processes;
	const result: MigaduProcessesResult = {
		processes,
		itemsPerProcess,
		limit,
		minimumMs: Math.floor((total - 1) / limit.limit) * limit.windowMs,
		runs: [],
	};
	for (let rep = 0; rep < reps; rep++) {
		await emulator.reset({ logRequests: false });
		const children = Array.from({ length: processes }, (_, p) =>
			startChild({
				credentials: emulator.credentials,
				prefix: `proc-r${rep}-p${p}`,
				items: itemsPerProcess,
				throttling: {
					requestsPerWindow: limit.limit,
					windowSeconds: limit.windowMs / 1000,
					processes,
				},
			}),
		);
		try {
			for (const c of children) {
				const ready = await c.next();
				if (!ready.ready) throw new Error(`a process failed to start: ${ready.error}`);
			}
			// Only now the limit: the warm-ups above were not throttled.
			await emulator.reset({ logRequests: false, rateLimit: { ...limit } });
			const goAt = Date.now();
			for (const c of children) c.child.send('go');
			const reports = await Promise.all(children.map(async (c) => await c.next()));
			const error = reports.find((r) => r.error)?.error;
			if (error) throw new Error(`a process failed: ${error}`);
			const stats = await emulator.stats();
			result.runs.push({
				wallMs: Math.max(...reports.map((r) => r.endedAt!)) - goAt,
				blocked: stats.forbidden,
				failed: reports.reduce((sum, r) => sum + (r.failed ?? 0), 0),
				requests: stats.handledRequests,
			});
		} finally {
			for (const c of children) if (c.child.exitCode === null) c.child.kill();
		}
	}
	return result;
}
