// bench/results-cost.md (`npm run bench -- --only=cost`): section 1d (Map Automatically and field
// mode against the HTTP Request node inside the real n8n) and section 7 (bulk wall time).
import type { BulkResult } from './sections/bulk';
import type { RealPairsResult } from './real/realN8n';
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
	for (const pair of p.pairs) {
		for (const [engine, runs] of Object.entries(pair.perItem)) {
			if (!runs) continue;
			const r = ratio(runs.a, runs.b);
			rows.push([
				pair.label,
				engine === 'vm' ? 'default (`vm`)' : '`legacy`',
				fmtSummary(summarize(runs.a)),
				fmtSummary(summarize(runs.b)),
				`**${fmt(r.ofMedians)}** (pairs ${fmtSummary(r.pairs)})`,
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
		`Same workflow shape as 1c (Manual Trigger → Edit Fields → Split Out → contender; a fresh \`n8n execute\` per run, cost = the contender's executionTime ÷ ${p.items} items), contenders alternating with the order swapped every repetition after one warm-up pair. _Map Automatically_: our node takes the row as it is (mailcow's names; Domain a fixed parameter) against the HTTP Request node sending \`{{ $json }}\` as its JSON body (rows carry password2 for it). _Field mode_: each of the 10 fields from its own \`{{ $json.x }}\` expression against the HTTP Request node with 11 body fields (as in 1c).`,
		'',
		markdownTable(
			[
				'comparison',
				'expression engine',
				'ours ms/item',
				'HTTP Request ms/item',
				'ours ÷ HTTP Request',
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
		`${b.items} mailbox creates (our node, Map Automatically, in the test harness) against the mailcow emulator with each write holding one of its ${b.workers} PHP workers for ${b.writeDelayMs} ms (PHP-FPM-like: at most ${b.workers} at once). _Items per Batch_ of the node's Batching option is how many writes are in flight at once; 1 = one at a time (the default, which keeps mailcow's non-atomic limit checks right). Least time = items × ${b.writeDelayMs} ms ÷ min(batch, workers).`,
		'',
		markdownTable(
			[
				'writes in flight',
				's (median, min–max)',
				'items/s',
				'least time s',
				'time ÷ least',
				'speed-up vs one at a time',
			],
			b.runs.map((r) => {
				const s = summarize(r.ms);
				return [
					r.batchSize === 1 ? '1 (ordered, default)' : `${r.batchSize} (Batching)`,
					fmtSummary(summarize(r.ms.map((ms) => ms / 1000))),
					fmt(b.items / (s.median / 1000), 0),
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
