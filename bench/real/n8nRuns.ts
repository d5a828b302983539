/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals */
// Single runs of the benchmark workflows in the real n8n: timed, counted or profiled.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SANDBOX_DIR, paths } from '../../scripts/sandbox/config';
import { n8nCommand, n8nEnv, type N8nInstance } from '../../scripts/sandbox/n8n';
import { run } from '../../scripts/sandbox/processes';
import type { EmulatorHost, EmulatorStats } from '../lib/emulatorHost';
import { BENCH_DOMAIN } from '../lib/mailboxes';
import { summarizeProfile } from './profile';
import { CONTENDER, workflowId, type ContenderKind } from './workflows';

export type Engine = 'vm' | 'legacy';

export const withEngine = (
	instance: N8nInstance,
	engine: Engine,
	extra: Record<string, string> = {},
): N8nInstance => ({
	...instance,
	// n8n execute prints --rawOutput at log level info: keep n8n's default level.
	env: { N8N_EXPRESSION_ENGINE: engine, ...extra },
});

interface Run {
	data: {
		resultData: {
			runData: Record<string, Array<{ executionTime: number; data?: { main?: unknown[][] } }>>;
		};
	};
}

/**
 * The IRun of `n8n execute --rawOutput`: JSON.stringify(run, null, 2) among n8n's log lines, so it
 * starts with a line "{" and ends with a line "}" (nested braces are indented). Log lines around
 * it, even ones with braces, are skipped.
 */
function parseRun(stdout: string): Run | undefined {
	const lines = stdout.split('\n');
	const starts = lines.flatMap((line, i) => (line === '{' ? [i] : []));
	const ends = lines.flatMap((line, i) => (line === '}' ? [i] : [])).reverse();
	for (const start of starts) {
		for (const end of ends.filter((e) => e > start)) {
			try {
				const run = JSON.parse(lines.slice(start, end + 1).join('\n')) as Run;
				if (run?.data?.resultData) return run;
			} catch {
				// not this pair of lines
			}
		}
	}
	return undefined;
}

/** Adds a preload (`--require file`) and its settings to an instance's run, after any it has. */
const withPreload = (
	instance: N8nInstance,
	file: string,
	extra: Record<string, string>,
): N8nInstance => ({
	...instance,
	env: {
		...instance.env,
		...extra,
		NODE_OPTIONS: [instance.env?.NODE_OPTIONS, `--require ${file}`].filter(Boolean).join(' '),
	},
});

/**
 * One execution; returns the contender's wall ms per item (its executionTime) and the CPU ms per
 * item n8n's main process spent while it ran (cpu-preload.js), and checks that every mailbox was
 * created.
 */
export async function execute(
	emulator: EmulatorHost,
	instance: N8nInstance,
	kind: ContenderKind,
	items: number,
	options: {
		/** Keep the emulator's request log (to compare the requests). */
		log?: boolean;
		/** ms each write holds one of the emulator's 4 PHP workers (section 7). */
		writeDelayMs?: number;
	} = {},
	attempt = 1,
): Promise<{ msPerItem: number; cpuMsPerItem: number; stats: EmulatorStats; wall: number }> {
	await emulator.reset({
		logRequests: options.log ?? false,
		mailcowDomains: [BENCH_DOMAIN],
		writeDelayMs: options.writeDelayMs,
	});
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-cpu-'));
	const cpuFile = path.join(dir, 'cpu.json');
	const started = performance.now();
	const result = await n8nCommand(
		withPreload(instance, path.join(__dirname, 'cpu-preload.js'), {
			BENCH_N8N_MODULES: path.join(SANDBOX_DIR, 'node_modules'),
			BENCH_CPU_FILE: cpuFile,
			BENCH_CPU_NODE: CONTENDER,
		}),
		['execute', `--id=${workflowId(kind, items)}`, '--rawOutput'],
	);
	const wall = performance.now() - started;
	const cpu = fs.existsSync(cpuFile)
		? (JSON.parse(fs.readFileSync(cpuFile, 'utf8')) as { cpuMs: number })
		: undefined;
	fs.rmSync(dir, { recursive: true, force: true });
	const stats = await emulator.stats();
	const task = parseRun(result.stdout)?.data.resultData.runData[CONTENDER]?.[0];
	const produced = task?.data?.main?.[0]?.length ?? 0;
	// A run that did all its work but whose printed JSON cannot be read (n8n's task runner shares
	// its stdout and may write into the middle of it) is run again.
	if (result.code === 0 && !task && stats.mailboxes === items && attempt < 3) {
		return await execute(emulator, instance, kind, items, options, attempt + 1);
	}
	// The HTTP Request node makes one item per entry of mailcow's answer array (two per create).
	if (result.code !== 0 || !task || produced < items || stats.mailboxes !== items || !cpu) {
		const dump = path.join(os.tmpdir(), `bench-failed-${kind}-${Date.now()}.log`);
		fs.writeFileSync(dump, `${result.stdout}\n----- stderr\n${result.stderr}`);
		throw new Error(
			`n8n run of the ${kind} workflow failed: exit ${result.code}, ${produced} items, ` +
				`${stats.mailboxes} mailboxes (output in ${dump})`,
		);
	}
	return { msPerItem: task.executionTime / items, cpuMsPerItem: cpu.cpuMs / items, stats, wall };
}

/** Runs one execution with the evaluation counter preloaded into n8n; evaluations per item. */
export async function countEvaluations(
	emulator: EmulatorHost,
	instance: N8nInstance,
	kind: ContenderKind,
	items: number,
	evaluateOnce = false,
) {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-count-'));
	const file = path.join(dir, 'counts.json');
	// Loaded second, the evaluate-once memo wraps the counter: only real evaluations are counted.
	const preloads = ['count-preload.js', ...(evaluateOnce ? ['evaluate-once-preload.js'] : [])];
	await execute(
		emulator,
		withEngine(instance, 'vm', {
			NODE_OPTIONS: preloads.map((p) => `--require ${path.join(__dirname, p)}`).join(' '),
			BENCH_N8N_MODULES: path.join(SANDBOX_DIR, 'node_modules'),
			BENCH_COUNT_FILE: file,
		}),
		kind,
		items,
	);
	const counts =
		(JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, Record<string, number>>)[
			CONTENDER
		] ?? {};
	fs.rmSync(dir, { recursive: true, force: true });
	return Object.fromEntries(Object.entries(counts).map(([phase, c]) => [phase, c / items]));
}

export async function profile(
	emulator: EmulatorHost,
	instance: N8nInstance,
	kind: ContenderKind,
	items: number,
) {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-prof-'));
	await emulator.reset({ logRequests: false, mailcowDomains: [BENCH_DOMAIN] });
	const result = await run(
		paths.nodeBin,
		[
			'--cpu-prof',
			`--cpu-prof-dir=${dir}`,
			paths.n8nBin,
			'execute',
			`--id=${workflowId(kind, items)}`,
			'--rawOutput',
		],
		{ env: n8nEnv(withEngine(instance, 'vm')) },
	);
	if (result.code !== 0) throw new Error(`profiled run failed: ${result.stderr.slice(-1000)}`);
	// The largest profile is n8n's main process (task runners write small ones).
	const files = fs.readdirSync(dir).map((f) => path.join(dir, f));
	const largest = files.sort((a, b) => fs.statSync(b).size - fs.statSync(a).size)[0];
	const summary = summarizeProfile(largest);
	const keep = path.join(os.tmpdir(), `bench-${kind}.cpuprofile`);
	fs.copyFileSync(largest, keep);
	fs.rmSync(dir, { recursive: true, force: true });
	return { ...summary, file: keep };
}
