/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals, no-console -- a command-line program */
// `npm run bench`: the five benchmark sections of docs/benchmarks.md, each contender measured side
// by side in the same run. Prints a summary and writes bench/results.md. Options: --quick (small
// numbers, for trying the harness), --skip-real (no real-n8n section), --no-profile,
// --only=migadu-processes (section 6 alone; writes bench/results-migadu-processes.md),
// --only=listings (section 4 alone; replaces it in bench/results.md).
import '../test/helpers/environment';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { EmulatorHost } from './lib/emulatorHost';
import { BENCH_DOMAIN, SENDER } from './lib/mailboxes';
import { realN8n, realPairs, type RealN8nResult } from './real/realN8n';
import { costReport, type CostResults } from './reportCost';
import { bulk } from './sections/bulk';
import { loadCost } from './sections/load';
import { runMemoryCase } from './sections/memory';
import { migaduBulk } from './sections/migaduBulk';
import { migaduAcrossProcesses } from './sections/migaduProcesses';
import { perItem } from './sections/perItem';
import {
	listingSection,
	machine,
	migaduProcessesSection,
	writeReport,
	type BenchResults,
} from './report';

const args = new Set(process.argv.slice(2));
const quick = args.has('--quick');
const MB = 1024 * 1024;

const config = {
	items: quick ? 50 : 1000,
	reps: quick ? 2 : 5,
	memoryReps: quick ? 1 : 3,
	migaduItems: quick ? 70 : 200,
	migaduReps: quick ? 1 : 3,
	/** Section 6: creates per process (2 processes). */
	migaduProcessItems: quick ? 35 : 100,
	listing: { mailboxes: quick ? 1000 : 10000, domains: 20 },
};

const sectionTimes: Record<string, number> = {};
const sectionErrors: Record<string, string> = {};
const rawFile = path.join(__dirname, 'results.json');

/** Runs one section; a failure is reported in results.md and the other sections still run. */
async function section<T>(name: string, work: () => Promise<T>): Promise<T | undefined> {
	console.log(`\n${name}`);
	const started = performance.now();
	try {
		return await work();
	} catch (error) {
		sectionErrors[name] = (error as Error).message;
		console.error(`  failed: ${(error as Error).message}`);
		return undefined;
	} finally {
		sectionTimes[name] = performance.now() - started;
	}
}

/**
 * Section 4: Mailbox → Get Many over the listing, Limit 50 and Return All, paged (mailcow 2026-07a:
 * search/mailbox, pages of 500) and unpaged (a server before 2026-03: get/mailbox/all).
 */
async function listings(mailcow: EmulatorHost): Promise<NonNullable<BenchResults['listings']>> {
	const domains = Array.from({ length: config.listing.domains }, (_, i) => `list${i}.example`);
	const out: NonNullable<BenchResults['listings']> = [];
	const servers = [
		{ label: 'paged', version: '2026-07a' },
		{ label: 'unpaged', version: '2025-12' },
	];
	for (const returnAll of [false, true]) {
		for (const server of servers) {
			const label = `${returnAll ? 'Return All' : 'Limit 50'}, ${server.label}`;
			const runs = [];
			for (let rep = 0; rep < config.memoryReps; rep++) {
				await mailcow.reset({
					logRequests: false,
					mailcowDomains: domains,
					mailcowMailboxes: config.listing.mailboxes,
					mailcowVersion: server.version,
				});
				const run = await runMemoryCase({
					kind: 'list',
					returnAll,
					limit: 50,
					credentials: { mailcowApi: mailcow.credentials },
				});
				if (run.error) throw new Error(`Get Many failed: ${run.error}`);
				const stats = await mailcow.stats();
				runs.push({
					...run,
					bytesOut: stats.bytesOut,
					requests: stats.handledRequests,
					emulatorCpuMicros: stats.processCpuMicros,
				});
			}
			console.log(
				`  ${label}: ${runs[0].items} items, ${runs[0].requests} requests, ${(runs[0].bytesOut / MB).toFixed(1)} MB`,
			);
			out.push({ label, runs });
		}
	}
	return out;
}

/** Section 4 on its own: `npm run bench -- --only=listings`; replaces section 4 of results.md. */
async function listingsOnly() {
	const results = { config, quick, sectionErrors } as unknown as BenchResults;
	const mailcow = await new EmulatorHost().start('mailcow');
	try {
		results.listings = await section('4. Large listings', async () => await listings(mailcow));
	} finally {
		await mailcow.stop();
	}
	const file = path.join(__dirname, 'results.md');
	const text = [
		...listingSection(results),
		`Section 4 run alone (\`--only=listings\`${quick ? ' --quick' : ''}) on ${new Date().toISOString()}, ${os.cpus().length} CPUs, load average at the end ${os
			.loadavg()
			.map((l) => l.toFixed(2))
			.join(' ')}.`,
		'',
	].join('\n');
	const old = fs.readFileSync(file, 'utf8');
	const from = old.indexOf('## 4. ');
	const to = old.indexOf('\n## 5. ');
	fs.writeFileSync(
		file,
		from === -1 || to === -1
			? `${old}\n${text}`
			: `${old.slice(0, from)}${text}\n${old.slice(to + 1)}`,
	);
	console.log(`\n${text}`);
	if (!results.listings) process.exit(1);
}

/** Section 6 on its own: `npm run bench -- --only=migadu-processes`. */
async function migaduProcessesOnly() {
	const results: Pick<BenchResults, 'migaduProcesses' | 'sectionErrors'> = { sectionErrors };
	const migadu = await new EmulatorHost().start('migadu');
	try {
		results.migaduProcesses = await section(
			'6. Migadu bulk across 2 processes',
			async () => await migaduAcrossProcesses(migadu, config.migaduProcessItems, config.migaduReps),
		);
	} finally {
		await migadu.stop();
	}
	const text = [
		...migaduProcessesSection(results),
		`Run alone (\`--only=migadu-processes\`${quick ? ' --quick' : ''}) on ${new Date().toISOString()}, ${os.cpus().length} CPUs, load average at the end ${os
			.loadavg()
			.map((l) => l.toFixed(2))
			.join(' ')}.`,
	].join('\n');
	fs.writeFileSync(path.join(__dirname, 'results-migadu-processes.md'), `${text}\n`);
	console.log(`\n${text}`);
	if (!results.migaduProcesses) process.exit(1);
}

/**
 * Sections 1d and 7 on their own: `npm run bench -- --only=cost` (writes bench/results-cost.md).
 * --reps=N sets the repetitions of 1d (default 5), --items=N its items per run (default 1000).
 */
async function costOnly() {
	const started = performance.now();
	const value = (name: string, fallback: number) =>
		Number(process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback);
	const results: CostResults = {
		startedAt: new Date().toISOString(),
		machine: machine(),
		loadAtEnd: '',
		totalMs: 0,
		errors: {},
	};
	const log = (line: string) => console.log(line);
	const mailcow = await new EmulatorHost().start('mailcow');
	try {
		results.bulk = await section(
			'7. Bulk creates, 20 ms per write',
			async () =>
				await bulk(mailcow, {
					items: quick ? 100 : 1000,
					reps: quick ? 1 : value('bulk-reps', 2),
					writeDelayMs: 20,
					log,
				}),
		);
		results.pairs = await section(
			'1 d. Input modes inside the real n8n',
			async () =>
				await realPairs(mailcow, {
					items: quick ? 50 : value('items', 1000),
					reps: value('reps', quick ? 1 : 5),
					pairs: [
						{
							label: 'Map Automatically ÷ HTTP Request `{{ $json }}`',
							a: 'oursAuto',
							b: 'httpRequestJson',
							engines: args.has('--skip-legacy') ? ['vm'] : ['vm', 'legacy'],
						},
						{
							label: 'Map Automatically, writes all at once ÷ HTTP Request `{{ $json }}`',
							a: 'oursAutoAllAtOnce',
							b: 'httpRequestJson',
							engines: ['vm'],
						},
						{
							label: 'field mode ÷ HTTP Request, 10 body fields',
							a: 'ours',
							b: 'httpRequest',
							engines: ['vm'],
						},
					],
					profile: args.has('--no-profile') ? [] : ['oursAuto', 'httpRequestJson'],
					bulk: {
						kinds: ['oursAuto', 'oursAutoAllAtOnce', 'httpRequestJson'],
						reps: quick ? 1 : value('bulk-reps', 2),
						writeDelayMs: 20,
					},
					log,
				}),
		);
	} finally {
		await mailcow.stop();
	}
	results.errors = sectionErrors;
	results.loadAtEnd = os
		.loadavg()
		.map((l) => l.toFixed(2))
		.join(' ');
	results.totalMs = performance.now() - started;
	fs.writeFileSync(
		path.join(__dirname, 'results-cost.json'),
		`${JSON.stringify(results, null, 1)}\n`,
	);
	const text = costReport(results);
	fs.writeFileSync(path.join(__dirname, 'results-cost.md'), `${text}\n`);
	console.log(`\n${text}`);
}

async function main() {
	if (args.has('--only=migadu-processes')) return await migaduProcessesOnly();
	if (args.has('--only=cost')) return await costOnly();
	if (args.has('--only=listings')) return await listingsOnly();
	const started = performance.now();
	const startedAt = new Date();
	const startedAtMs = Date.now();
	const results: Partial<BenchResults> = { config, quick, machine: machine() };

	const mailcow = await new EmulatorHost().start('mailcow');
	try {
		results.perItem = await section(
			'1 a/b. Per-item cost in the harness and the floor',
			async () => {
				return await perItem(mailcow, config.items, config.reps);
			},
		);
		results.real = await section(
			'1 c. Per-item cost inside the real n8n',
			async (): Promise<RealN8nResult> => {
				if (args.has('--skip-real'))
					return { skipped: 'skipped with --skip-real' } as RealN8nResult;
				return await realN8n(mailcow, {
					items: config.items,
					reps: config.reps,
					engines: ['vm', 'legacy'],
					profile: !args.has('--no-profile'),
					experimentReps: quick ? 1 : 3,
					// Keeps the whole run under 10 minutes on a slow machine.
					optionalUntil: startedAtMs + 6.5 * 60 * 1000,
					log: (line) => console.log(line),
				});
			},
		);

		results.attachments = await section('2. Attachment memory', async () => {
			const credentials = {
				mailcowApi: mailcow.credentials,
				mailcowMailboxApi: { ...SENDER, smtpHost: 'postfix-mailcow', smtpPort: 587 },
			};
			const cases = [
				{ label: '1 × 25 MB', sizes: [25 * MB] },
				{ label: '4 × 5 MB', sizes: [5 * MB, 5 * MB, 5 * MB, 5 * MB] },
			];
			const out: BenchResults['attachments'] = [];
			for (const c of cases) {
				for (const binaryMode of ['default', 'filesystem'] as const) {
					const runs = [];
					for (let rep = 0; rep < config.memoryReps; rep++) {
						await mailcow.reset({
							logRequests: false,
							mailcowDomains: [BENCH_DOMAIN],
							mailcowSender: SENDER,
						});
						const run = await runMemoryCase({
							kind: 'send',
							sizes: c.sizes,
							binaryMode,
							credentials,
						});
						if (run.error) throw new Error(`Send failed: ${run.error}`);
						runs.push({ ...run, bodyBytes: (await mailcow.stats()).bytesIn });
					}
					console.log(
						`  ${c.label} ${binaryMode}: ${(runs[0].rssAdded / MB).toFixed(1)} MB peak RSS added`,
					);
					out.push({ label: c.label, binaryMode, bytes: c.sizes.reduce((a, b) => a + b, 0), runs });
				}
			}
			return out;
		});

		results.listings = await section('4. Large listings', async () => await listings(mailcow));
	} finally {
		await mailcow.stop();
	}

	const migadu = await new EmulatorHost().start('migadu');
	try {
		results.migadu = await section('3. Migadu bulk under the rate limit', async () => {
			return await migaduBulk(migadu, config.migaduItems, config.migaduReps);
		});
		results.migaduProcesses = await section('6. Migadu bulk across 2 processes', async () => {
			return await migaduAcrossProcesses(migadu, config.migaduProcessItems, config.migaduReps);
		});
	} finally {
		await migadu.stop();
	}

	results.load = await section('5. Load cost', async () => await loadCost(quick ? 2 : 5));

	results.sectionTimes = sectionTimes;
	results.sectionErrors = sectionErrors;
	results.loadAtEnd = os
		.loadavg()
		.map((l) => l.toFixed(2))
		.join(' ');
	results.totalMs = performance.now() - started;
	results.startedAt = startedAt.toISOString();
	const file = path.join(__dirname, 'results.md');
	const summary = writeReport(results as BenchResults, file);
	fs.writeFileSync(rawFile, `${JSON.stringify(results, null, 1)}\n`);
	console.log(
		`\n${summary}\n\nWrote ${path.relative(process.cwd(), file)} (${(results.totalMs / 1000).toFixed(0)} s in all).`,
	);
}

main().catch((error: Error) => {
	console.error(error);
	process.exit(1);
});
