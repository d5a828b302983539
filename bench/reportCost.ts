// bench/results-cost.md (`npm run bench -- --only=cost`): section 1d (Map Automatically and field
// mode against the HTTP Request node inside the real n8n) and section 7 (bulk wall time).
import type { BulkResult } from './sections/bulk';
import type { RealBulkResult, RealPairsResult } from './real/realN8n';
import type { ContenderKind } from './real/workflows';
import { fmt, fmtSummary, markdownTable, ratio, summarize } from './lib/stats';

export interface CostResults {
	startedAt: string;
	machine: Record<string, string>;
	loadAtEnd: string;
	totalMs: number;
	pairs?: RealPairsResult;
	bulk?: BulkResult;
	errors: Record<string, string>;
}

const total = (counts: Record<string, number> | undefined) =>
	Object.values(counts ?? {}).reduce((a, b) => a + b, 0);

const PHASES = [
	'RoutingNode main loop',
	'RoutingNode.resolveBaseUrl',
	'getNodeParameter',
	'other',
] as const;

function pairsSection(p: RealPairsResult | undefined, errors: Record<string, string>): string[] {
	const title = '## 1d. Inside the real n8n 2.41.1: both input modes against the HTTP Request node';
	if (!p || p.skipped)
		return [
			title,
			'',
			`Not measured: ${p?.skipped ?? (Object.values(errors).join('; ') || 'did not run')}.`,
			'',
		];
	const rows: string[][] = [];
	const ratioCell = (a: number[], b: number[]) => {
		const r = ratio(a, b);
		return `**${fmt(r.ofMedians)}** (pairs ${fmtSummary(r.pairs)})`;
	};
	for (const pair of p.pairs) {
		for (const [engine, runs] of Object.entries(pair.perItem)) {
			if (!runs) continue;
			const cpu = pair.cpuPerItem?.[engine as keyof typeof pair.cpuPerItem];
			rows.push([
				pair.label,
				engine === 'vm' ? 'default (`vm`)' : '`legacy`',
				fmtSummary(summarize(runs.a)),
				fmtSummary(summarize(runs.b)),
				ratioCell(runs.a, runs.b),
				cpu ? fmtSummary(summarize(cpu.a)) : '–',
				cpu ? fmtSummary(summarize(cpu.b)) : '–',
				cpu ? ratioCell(cpu.a, cpu.b) : '–',
				String(runs.a.length),
				pair.sameRequests ? 'yes' : `**no**: ${pair.requestDiff ?? ''}`,
			]);
		}
	}
	const kinds = Object.keys(p.evaluations) as Array<keyof typeof p.evaluations>;
	const phase = (counts: Record<string, number> | undefined, name: string) =>
		fmt(
			Object.entries(counts ?? {})
				.filter(([k]) => (name === 'other' ? !PHASES.slice(0, 3).includes(k as never) : k === name))
				.reduce((a, [, v]) => a + v, 0),
			0,
		);
	return [
		title,
		'',
		`Same workflow shape as 1c (Manual Trigger → Edit Fields → Split Out → contender; a fresh \`n8n execute\` per run of ${p.items} items), contenders alternating with the order swapped every repetition after one warm-up pair. _Wall_ is the contender's executionTime ÷ items: it includes waiting for the emulator, so our default (one write at a time) pays the server's answer time for every item while the HTTP Request node sends all items at once. _CPU_ is the CPU time of n8n's main process while the contender ran ÷ items (bench/real/cpu-preload.js): what each item costs the n8n host, whatever the server's speed and the writes' order. _Map Automatically_: our node takes the row as it is (mailcow's names; Domain a fixed parameter) against the HTTP Request node sending \`{{ $json }}\` as its JSON body (rows carry password2 for it); _writes all at once_ is the same with Batching letting every write go at once, as the HTTP Request node does. _Field mode_: each of the 10 fields from its own \`{{ $json.x }}\` expression against the HTTP Request node with 11 body fields (as in 1c).`,
		'',
		markdownTable(
			[
				'comparison',
				'expression engine',
				'ours wall ms/item',
				'HTTP Request wall ms/item',
				'wall: ours ÷ HTTP Request',
				'ours CPU ms/item',
				'HTTP Request CPU ms/item',
				'CPU: ours ÷ HTTP Request',
				'pairs',
				'same requests',
			],
			rows,
		),
		'',
		`**Expression evaluations per item** (default engine, ${p.countItems} items, counted in the n8n process by the outermost n8n-core function on the stack):`,
		'',
		markdownTable(
			['where', ...kinds],
			[
				...PHASES.map((name) => [name, ...kinds.map((k) => phase(p.evaluations[k], name))]),
				['**total**', ...kinds.map((k) => `**${fmt(total(p.evaluations[k]), 0)}**`)],
			],
		),
		'',
		...profileSection(p),
		...realBulkSection(p.bulk),
	];
}

/** Where the CPU time of Map Automatically goes, next to the HTTP Request node's. */
function profileSection(p: RealPairsResult): string[] {
	const ours = p.profiles.oursAuto;
	const theirs = p.profiles.httpRequestJson;
	if (!ours || !theirs) return [];
	const cell = (part: { ms: number; share: number }) =>
		`${fmt(part.ms, 0)} (${fmt(part.share * 100, 0)} %)`;
	const top = (profile: typeof ours) =>
		profile.topSelf
			.slice(0, 6)
			.map((t) => `${t.name} ${fmt(t.ms, 0)} ms`)
			.join(', ');
	return [
		`**CPU profile of Map Automatically** (\`node --cpu-prof\` in n8n's main process, default engine, one run of ${p.profileItems} items each; busy time in the contender's window: ours ${fmt(ours.nodeMs, 0)} ms, HTTP Request ${fmt(theirs.nodeMs, 0)} ms; a function counts once per sample, so nested parts overlap). The window runs from the first to the last sample with the node's entry function on the stack; the HTTP Request node's stays open while its requests are out, so its window also holds n8n's other work of that time (the database, the task runner bridge): compare the shares within a column, and the CPU per item above across them.`,
		'',
		markdownTable(
			['on the stack', 'Map Automatically ms (share)', 'HTTP Request `{{ $json }}` ms (share)'],
			// Parts neither profile saw (names n8n's code no longer has) are left out.
			ours.parts.flatMap((part, i) =>
				part.ms || theirs.parts[i].ms ? [[part.label, cell(part), cell(theirs.parts[i])]] : [],
			),
		),
		'',
		`Hottest functions (self time), ours: ${top(ours)}. HTTP Request: ${top(theirs)}.`,
		'',
	];
}

/** Section 7 in the real n8n: our node and the HTTP Request node with the same slow server. */
function realBulkSection(b: RealBulkResult | undefined): string[] {
	if (!b) return [];
	const labels: Partial<Record<ContenderKind, string>> = {
		oursAuto: 'our node, Map Automatically, one write at a time (default)',
		oursAutoAllAtOnce: 'our node, Map Automatically, Batching: every write at once',
		httpRequestJson: 'HTTP Request `{{ $json }}` (sends every item at once)',
	};
	const least = (kind: ContenderKind) => (b.items * b.writeDelayMs) / (kind === 'oursAuto' ? 1 : 4);
	return [
		`**7b. Bulk creates inside the real n8n** (the workflows above, ${b.items} items, each write holding one of the emulator's 4 PHP workers for ${b.writeDelayMs} ms). The HTTP Request node's own Batching only waits an interval between batches; it does not limit how many requests are in flight, so its row is the same with any batch size and no interval.`,
		'',
		markdownTable(
			['contender', 's (median, min–max)', 'items/s', 'least time s', 'time ÷ least'],
			(Object.keys(b.ms) as ContenderKind[]).map((kind) => {
				const s = summarize(b.ms[kind]!);
				return [
					labels[kind] ?? kind,
					fmtSummary(summarize(b.ms[kind]!.map((ms) => ms / 1000))),
					fmt(b.items / (s.median / 1000), 0),
					fmt(least(kind) / 1000),
					fmt(s.median / least(kind)),
				];
			}),
		),
		'',
	];
}

function bulkSection(b: BulkResult | undefined, errors: Record<string, string>): string[] {
	const title = '## 7. Bulk creates against a server that takes time per write';
	if (!b)
		return [title, '', `Not measured: ${Object.values(errors).join('; ') || 'did not run'}.`, ''];
	const floor = (size: number) => (b.items * b.writeDelayMs) / Math.min(size, b.workers);
	const ordered = summarize(b.runs.find((r) => r.batchSize === 1)?.ms ?? [0]).median;
	return [
		title,
		'',
		`${b.items} mailbox creates (our node, Map Automatically, in the test harness) against the mailcow emulator with each write holding one of its ${b.workers} PHP workers for ${b.writeDelayMs} ms more than it takes itself (PHP-FPM-like: at most ${b.workers} at once). _Items per Batch_ of the node's Batching option is how many writes are in flight at once; 1 = one at a time (the default, which keeps mailcow's non-atomic limit checks right). The bare client sends the same creates with fetch, as many in flight: it shows what the emulator itself takes per create (its 15 ms between mailcow's checks and its insert, spec validation), so _ours ÷ bare_ is the node's own share. Least time = items × ${b.writeDelayMs} ms ÷ min(in flight, workers), the added delay alone.`,
		'',
		markdownTable(
			[
				'writes in flight',
				'ours s (median, min–max)',
				'ours items/s',
				'bare client s',
				'ours ÷ bare',
				'least time s',
				'ours ÷ least',
				'speed-up vs one at a time',
			],
			b.runs.map((r) => {
				const s = summarize(r.ms);
				const bare = b.bare?.find((x) => x.batchSize === r.batchSize);
				const bareMedian = bare?.ms.length ? summarize(bare.ms).median : undefined;
				return [
					r.batchSize === 1 ? '1 (ordered, default)' : `${r.batchSize} (Batching)`,
					fmtSummary(summarize(r.ms.map((ms) => ms / 1000))),
					fmt(b.items / (s.median / 1000), 0),
					bareMedian === undefined ? '–' : fmt(bareMedian / 1000),
					bareMedian === undefined ? '–' : fmt(s.median / bareMedian),
					fmt(floor(r.batchSize) / 1000),
					fmt(s.median / floor(r.batchSize)),
					fmt(ordered / s.median),
				];
			}),
		),
		'',
	];
}

/** The markdown of bench/results-cost.md. */
export function costReport(r: CostResults): string {
	return [
		'# Benchmark results: per-item cost of the input modes, bulk creates',
		'',
		`Written by \`npm run bench -- --only=cost\` on ${r.startedAt.slice(0, 16).replace('T', ' ')} UTC in ${(r.totalMs / 60000).toFixed(1)} min. Method: [docs/benchmarks.md](../docs/benchmarks.md). Figures are median (min–max).`,
		'',
		markdownTable(
			['machine', ''],
			[...Object.entries(r.machine), ['load at the end', r.loadAtEnd]],
		),
		'',
		...pairsSection(r.pairs, r.errors),
		...bulkSection(r.bulk, r.errors),
	].join('\n');
}
