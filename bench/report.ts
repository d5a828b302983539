/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals */
// bench/results.md from one run's figures: the machine, the command, and the five sections with
// median (min–max) and ratios. The explanations next to the figures quote the figures of the run.
import fs from 'node:fs';
import os from 'node:os';
import { N8N_VERSION, paths } from '../scripts/sandbox/config';
import type { MemoryResult } from './children/memoryCase';
import type { RealN8nResult } from './real/realN8n';
import type { LoadRun } from './sections/load';
import type { MigaduBulkResult } from './sections/migaduBulk';
import type { MigaduProcessesResult } from './sections/migaduProcesses';
import type { PerItemResult } from './sections/perItem';
import { fmt, fmtSummary, markdownTable, mib, ratio, summarize, textTable } from './lib/stats';
import { perItemSection } from './reportPerItem';

export interface BenchResults {
	config: {
		items: number;
		reps: number;
		memoryReps: number;
		migaduItems: number;
		migaduReps: number;
		listing: { mailboxes: number; domains: number };
	};
	quick: boolean;
	machine: Record<string, string>;
	perItem?: PerItemResult;
	real?: RealN8nResult;
	attachments?: Array<{
		label: string;
		binaryMode: string;
		bytes: number;
		runs: Array<MemoryResult & { bodyBytes: number }>;
	}>;
	migadu?: MigaduBulkResult;
	migaduProcesses?: MigaduProcessesResult;
	listings?: Array<{
		label: string;
		runs: Array<MemoryResult & { bytesOut: number; requests: number; emulatorCpuMicros: number }>;
	}>;
	load?: LoadRun[];
	sectionTimes: Record<string, number>;
	sectionErrors: Record<string, string>;
	loadAtEnd: string;
	totalMs: number;
	startedAt: string;
}

export function machine(): Record<string, string> {
	const cpu = os.cpus();
	let sandboxNode = 'not installed';
	try {
		sandboxNode = (JSON.parse(fs.readFileSync(paths.installedMarker, 'utf8')) as { node: string })
			.node;
	} catch {
		// no sandbox
	}
	return {
		cpu: `${cpu[0]?.model ?? 'unknown'} × ${cpu.length}`,
		ram: `${(os.totalmem() / 1024 ** 3).toFixed(1)} GiB`,
		os: `${os.type()} ${os.release()}`,
		node: `${process.version} (harness, emulators); ${sandboxNode === 'not installed' ? 'no sandbox' : `v${sandboxNode} (real n8n ${N8N_VERSION})`}`,
		'load at the start (1, 5, 15 min)': os
			.loadavg()
			.map((l) => l.toFixed(2))
			.join(' '),
	};
}

const failed = (title: string, r: BenchResults) => [
	title,
	'',
	`Not measured in this run: ${
		Object.entries(r.sectionErrors)
			.map(([k, v]) => `${k}: ${v}`)
			.join('; ') || 'the section did not run'
	}.`,
	'',
];

function attachmentSection(r: BenchResults): string[] {
	if (!r.attachments) return failed('## 2. Attachment memory (Email → Send)', r);
	const rows = r.attachments.map((c) => {
		const rss = summarize(c.runs.map((x) => x.rssAdded / c.bytes));
		const mem = summarize(c.runs.map((x) => x.heapPlusExternalAdded / c.bytes));
		return [
			c.label,
			c.binaryMode,
			fmt(mib(c.bytes), 1),
			fmt(mib(c.runs[0].bodyBytes), 1),
			fmtSummary(summarize(c.runs.map((x) => x.ms)), 0),
			fmtSummary(summarize(c.runs.map((x) => mib(x.rssAdded))), 1),
			`**${fmtSummary(rss)}**`,
			fmtSummary(mem),
			rss.median <= 3 ? 'met' : 'missed',
		];
	});
	return [
		'## 2. Attachment memory (Email → Send)',
		'',
		`One item, attachments from binary data stored inline (\`default\`) or by n8n's binary-data service (\`filesystem\`); a fresh process per run (${r.config.memoryReps} runs per case). Added = peak during the run − value just before it (after a forced GC; the kernel's peak-RSS mark reset). Target: peak RSS added ≤ 3× the attachment bytes (the base64 body alone is 1.33×).`,
		'',
		markdownTable(
			[
				'attachments',
				'binary mode',
				'MiB',
				'request body MiB',
				'time ms',
				'peak RSS added MiB',
				'RSS added ÷ bytes',
				'heap+external added ÷ bytes',
				'≤ 3×',
			],
			rows,
		),
		'',
		`Where the memory goes: the files' bytes (read with getBinaryDataBuffer, 1×) and the request body (the base64 JSON, built as one Buffer, ${fmt(r.attachments[0].runs[0].bodyBytes / r.attachments[0].bytes)}×) must coexist while the request is sent, so about 2.3× is the least a Buffer body allows; the rest is the HTTP client and V8. Streaming the body (reading and encoding the files while sending) would be the only way below that. Found by this benchmark: encoding with \`toString('base64')\` per 768 KiB chunk (before commit 227d9c2) measured 3.6–4.1× in the same cases, because strings over about 1 MB are allocated outside V8's heap as external strings and stayed alive until a full garbage collection (34 MiB of them when a 25 MiB file was sent).`,
		'',
	];
}

/** Section 6: Migadu bulk across processes sharing the account. */
export function migaduProcessesSection(
	r: Pick<BenchResults, 'migaduProcesses' | 'sectionErrors'>,
): string[] {
	const title = '## 6. Migadu bulk across 2 processes (queue mode)';
	if (!r.migaduProcesses) return failed(title, r as BenchResults);
	const m = r.migaduProcesses;
	return [
		title,
		'',
		`${m.processes} n8n processes (separate Node processes, each with its own limiter, as main and workers are) each create ${m.itemsPerProcess} Migadu mailboxes at the same moment, with the Throttling option at ${m.limit.limit} requests per ${m.limit.windowMs / 1000} s and *Processes Sharing This Account* = ${m.processes}. The emulator enforces ${m.limit.limit} per ${m.limit.windowMs / 1000} s for the account (Migadu's limit scaled 60× in time) and blocks over it. The least time the limit allows for all ${m.processes * m.itemsPerProcess} creates is ${fmt(m.minimumMs / 1000, 1)} s.`,
		'',
		markdownTable(
			['run', 'requests', 'blocked (403)', 'failed items', 'wall s', 'time ÷ minimum'],
			m.runs.map((x, i) => [
				String(i + 1),
				String(x.requests),
				String(x.blocked),
				String(x.failed),
				fmt(x.wallMs / 1000, 2),
				fmt(x.wallMs / m.minimumMs),
			]),
		),
		'',
		'Each process may send only its share (limit ÷ processes) per window, even while the other process is idle; requests counts what reached the emulator, blocked ones included.',
		'',
	];
}

function migaduSection(r: BenchResults): string[] {
	if (!r.migadu) return failed('## 3. Migadu bulk under the rate limit', r);
	const m = r.migadu;
	const ratios = m.runs.map((x) => x.executionMs / m.minimumMs);
	const prep = summarize(m.runs.map((x) => x.toFirstMs));
	// At Migadu's real scale (2 minutes), the same fixed overhead against a 60× longer minimum.
	const realMinimum = m.minimumMs * 60;
	const overhead = summarize(m.runs.map((x) => x.executionMs - m.minimumMs));
	return [
		'## 3. Migadu bulk under the rate limit',
		'',
		`${m.items} mailbox creates (test harness), the emulator enforcing ${m.limit.limit} requests per ${m.limit.windowMs / 1000} s (Migadu's limit scaled 60× in time) and blocking over it; the node's Throttling set to the same. The least time the limit allows is ${fmt(m.minimumMs / 1000, 1)} s (the last of ${Math.ceil(m.items / m.limit.limit)} batches may start ${Math.floor((m.items - 1) / m.limit.limit)} windows after the first).`,
		'',
		markdownTable(
			[
				'run',
				'blocked (403)',
				'created',
				'node time s',
				'start → 1st request s',
				'1st → last request s',
				'last request → end s',
				'time ÷ minimum',
			],
			m.runs.map((x, i) => [
				i + 1,
				x.blocked,
				x.created,
				fmt(x.executionMs / 1000),
				fmt(x.toFirstMs / 1000),
				fmt(x.firstToLastMs / 1000),
				fmt(x.afterLastMs / 1000),
				fmt(x.executionMs / m.minimumMs),
			]),
		),
		'',
		`Blocked requests: **${m.runs.reduce((s, x) => s + x.blocked, 0)}** (target 0). Time ÷ minimum: **${fmtSummary(summarize(ratios))}** (target ≤ 1.1).`,
		'',
		`What limits it: RoutingNode prepares every item (expressions, preSend) in one synchronous loop before the first request leaves, so the first batch starts ${fmt(prep.median / 1000)} s late (${fmt(prep.median / m.items)} ms per item of CPU in the harness's legacy evaluator); the batches themselves take ${fmt(summarize(m.runs.map((x) => x.firstToLastMs)).median / 1000)} s against ${fmt(m.minimumMs / 1000)} s allowed. The overhead is fixed CPU, not waiting: at Migadu's real window (2 minutes, minimum ${fmt(realMinimum / 60000, 1)} min for ${m.items} creates) the same ${fmt(overhead.median / 1000, 1)} s would give a ratio of ${fmt((realMinimum + overhead.median) / realMinimum, 3)}. Closing it at the scaled limit would take fewer evaluations per item (section 1) — nothing in the limiter waits longer than the window.`,
		'',
	];
}

export function listingSection(r: BenchResults): string[] {
	if (!r.listings) return failed('## 4. Large listings (Mailbox → Get Many)', r);
	const rows = r.listings.map((l) => [
		l.label,
		l.runs[0].items,
		l.runs[0].requests,
		fmt(mib(l.runs[0].bytesOut), 2),
		fmtSummary(summarize(l.runs.map((x) => x.ms)), 0),
		fmtSummary(summarize(l.runs.map((x) => mib(x.rssAdded))), 1),
		fmtSummary(summarize(l.runs.map((x) => mib(x.heapPlusExternalAdded))), 1),
		fmt(l.runs[0].emulatorCpuMicros / 1000, 0),
	]);
	return [
		'## 4. Large listings (Mailbox → Get Many)',
		'',
		`${r.config.listing.mailboxes.toLocaleString('en')} mailboxes in ${r.config.listing.domains} domains; a fresh process per run (${r.config.memoryReps} runs), Simplify on.`,
		'',
		markdownTable(
			[
				'case',
				'items out',
				'requests',
				'MiB transferred (responses)',
				'time ms',
				'peak RSS added MiB',
				'heap+external added MiB',
				'emulator CPU ms',
			],
			rows,
		),
		'',
		'Paged: mailcow 2026-07a, Get Many reads `get/status/version` once, then `POST search/mailbox` in pages of 500 (Limit 50: one page of 50). Unpaged: a server before 2026-03 (no search route) answers the whole `get/mailbox/all`, which the node trims to Limit. The output items are the same in both; paging changes how many bytes mailcow sends and parses for a limited listing, and how large each answer is for Return All.',
		'',
	];
}

function loadSection(r: BenchResults): string[] {
	if (!r.load) return failed('## 5. Load cost', r);
	const load = r.load;
	const files = load[0].files.map((f, i) => [
		f.file,
		fmtSummary(summarize(load.map((run) => run.files[i].requireMs)), 1),
		fmtSummary(summarize(load.map((run) => run.files[i].instantiateMs)), 2),
		(f.descriptionBytes / 1024).toFixed(1),
	]);
	return [
		'## 5. Load cost',
		'',
		`Fresh process per run (${r.load.length} runs). n8n-workflow, which n8n has loaded already, is required first and timed apart: ${fmtSummary(summarize(r.load.map((x) => x.workflowMs)), 0)} ms.`,
		'',
		markdownTable(['file', 'require ms', 'new ms', 'description as JSON KiB'], files),
		'',
	];
}

export function writeReport(r: BenchResults, file: string): string {
	const lines = [
		'# Benchmark results',
		'',
		`Written by \`npm run bench\`${r.quick ? ' **--quick (small numbers, not for comparison)**' : ''} on ${r.startedAt.replace('T', ' ').slice(0, 16)} UTC in ${fmt(r.totalMs / 60000, 1)} min. What is measured and how: [docs/benchmarks.md](../docs/benchmarks.md). Figures are median (min–max) of the repetitions; ratios compare runs side by side in this run.`,
		'',
		'The input modes against the HTTP Request node (section 1d) and bulk creates against a server that takes time per write (section 7) are run apart, with `npm run bench -- --only=cost`: [results-cost.md](results-cost.md).',
		'',
		markdownTable(
			['machine', ''],
			[...Object.entries(r.machine), ['load at the end', r.loadAtEnd]],
		),
		'',
		...perItemSection(r),
		...attachmentSection(r),
		...migaduSection(r),
		...migaduProcessesSection(r),
		...listingSection(r),
		...loadSection(r),
		'## Time per section',
		'',
		markdownTable(
			['section', 's'],
			Object.entries(r.sectionTimes).map(([k, v]) => [k, fmt(v / 1000, 1)]),
		),
		'',
	];
	fs.writeFileSync(file, lines.join('\n'));
	return consoleSummary(r);
}

function consoleSummary(r: BenchResults): string {
	const rows: Array<Array<string>> = [];
	const p = r.perItem;
	if (p) {
		rows.push(['1a harness, our node (ms/item)', fmtSummary(summarize(p.harness))]);
		rows.push(['1b floor, axios keep-alive (ms/item)', fmtSummary(summarize(p.floor))]);
		rows.push(['1 a/b ratio', fmt(ratio(p.harness, p.floor).ofMedians, 1)]);
	}
	const real = r.real;
	if (real && !real.skipped) {
		for (const engine of ['vm', 'legacy'] as const) {
			const e = real.perItem[engine];
			if (!e.ours.length) continue;
			rows.push([
				`1c n8n ${engine}: ours / HTTP Request (ms/item)`,
				`${fmt(summarize(e.ours).median)} / ${fmt(summarize(e.httpRequest).median)} = ${fmt(ratio(e.ours, e.httpRequest).ofMedians)}`,
			]);
		}
	} else if (real?.skipped) rows.push(['1c real n8n', real.skipped]);
	for (const a of r.attachments ?? [])
		rows.push([
			`2 ${a.label} ${a.binaryMode}: RSS added ÷ bytes`,
			fmt(summarize(a.runs.map((x) => x.rssAdded / a.bytes)).median),
		]);
	const m = r.migadu;
	if (m)
		rows.push([
			'3 Migadu: blocked / time ÷ minimum',
			`${m.runs.reduce((s, x) => s + x.blocked, 0)} / ${fmt(summarize(m.runs.map((x) => x.executionMs / m.minimumMs)).median)}`,
		]);
	const mp = r.migaduProcesses;
	if (mp)
		rows.push([
			`6 Migadu, ${mp.processes} processes: blocked / time ÷ minimum`,
			`${mp.runs.reduce((s, x) => s + x.blocked, 0)} / ${fmt(summarize(mp.runs.map((x) => x.wallMs / mp.minimumMs)).median)}`,
		]);
	for (const l of r.listings ?? [])
		rows.push([
			`4 ${l.label}: MiB / ms`,
			`${fmt(mib(l.runs[0].bytesOut))} / ${fmt(summarize(l.runs.map((x) => x.ms)).median, 0)}`,
		]);
	for (const [name, error] of Object.entries(r.sectionErrors)) rows.push([`FAILED ${name}`, error]);
	return textTable(['figure', 'value'], rows);
}
