// Section 1 of bench/results.md: per-item cost in the harness, against the floor, and inside the
// real n8n against the HTTP Request node, with the evaluation counts and profiles that explain it.
import type { BenchResults } from './report';
import { fmt, fmtSummary, markdownTable, ratio, summarize } from './lib/stats';

const total = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);

function pairRatio(a: number[], b: number[]) {
	const r = ratio(a, b);
	return `**${fmt(r.ofMedians)}** (pairs ${fmtSummary(r.pairs)})`;
}

const notMeasured = (title: string, r: BenchResults) => [
	title,
	'',
	`Not measured in this run: ${
		Object.entries(r.sectionErrors)
			.map(([k, v]) => `${k}: ${v}`)
			.join('; ') || 'the section did not run'
	}.`,
	'',
];

function harness(r: BenchResults): string[] {
	const p = r.perItem;
	if (!p) return notMeasured('## 1. Per-item cost: 1,000 Mailcow mailbox creates', r);
	return [
		'## 1. Per-item cost: 1,000 Mailcow mailbox creates',
		'',
		`Each item is a CRM row of 10 fields; the node reads each field from its own \`{{ $json.x }}\` expression (Domain, Local Part, Name, Password, Quota and five options), the emulator answers every create. ${r.config.reps} repetitions after a warm-up, contenders alternating.`,
		'',
		'### a/b. Test harness (n8n-core WorkflowExecute, legacy evaluator) against the floor',
		'',
		markdownTable(
			['contender', 'ms per item', 'expression evaluations per item'],
			[
				[
					'a. our node through WorkflowExecute (executionTime ÷ items)',
					fmtSummary(summarize(p.harness)),
					fmt(total(p.evaluations), 0),
				],
				[
					'b. floor: axios, keep-alive, one request after the other',
					fmtSummary(summarize(p.floor)),
					'0',
				],
			],
		),
		'',
		`a/b: ${pairRatio(p.harness, p.floor)}. Same requests: **${p.sameRequests ? 'yes' : 'NO'}** (method, path and JSON body of three rows compared as the emulator received them; e.g. \`${p.requestSample.slice(0, 120)}…\`). Emulator CPU per request: ${fmt(p.emulatorCpuPerRequest.handlerMicros.median, 0)} µs in its handlers, ${fmt(p.emulatorCpuPerRequest.processMicros.median, 0)} µs for its whole process (HTTP parsing included) — it runs in a process of its own, with request logging and spec validation off; the floor's sequential round trips include it.`,
		'',
		`Our node's evaluations per item in the harness, by where they happen: ${Object.entries(
			p.evaluations,
		)
			.map(([k, v]) => `${k} ${fmt(v, 0)}`)
			.join(
				', ',
			)}. The difference a − b over the evaluations is ${fmt((summarize(p.harness).median - summarize(p.floor).median) / total(p.evaluations), 3)} ms per evaluation: expressions are what the node costs above the floor, and ${fmt((p.evaluations['RoutingNode main loop'] ?? 0) + (p.evaluations['RoutingNode.resolveBaseUrl'] ?? 0), 0)} of the ${fmt(total(p.evaluations), 0)} happen in RoutingNode before the node's code runs (see c).`,
		'',
	];
}

function real(r: BenchResults): string[] {
	const x = r.real;
	if (!x) return notMeasured('### c. Inside the real n8n', r);
	if (x.skipped) return ['### c. Inside the real n8n', '', `Skipped: ${x.skipped}.`, ''];
	const rows = (['vm', 'legacy'] as const)
		.filter((engine) => x.perItem[engine].ours.length)
		.map((engine) => {
			const e = x.perItem[engine];
			const rr = ratio(e.ours, e.httpRequest);
			return [
				engine === 'vm' ? 'default (`vm`)' : '`legacy`',
				fmtSummary(summarize(e.ours)),
				fmtSummary(summarize(e.httpRequest)),
				pairRatio(e.ours, e.httpRequest),
				rr.ofMedians <= 1 ? 'met' : 'missed',
			];
		});
	const phases = [
		...new Set([...Object.keys(x.evaluations.ours), ...Object.keys(x.evaluations.httpRequest)]),
	];
	const profileRows =
		x.profiles.ours && x.profiles.httpRequest
			? x.profiles.ours.parts.flatMap((part, i) => {
					const other = x.profiles.httpRequest!.parts[i];
					// Parts neither profile saw (names n8n's code no longer has) are left out.
					if (!part.ms && !other.ms) return [];
					return [
						[
							part.label,
							`${fmt(part.ms, 0)} (${fmt(part.share * 100, 0)} %)`,
							`${fmt(other.ms, 0)} (${fmt(other.share * 100, 0)} %)`,
						],
					];
				})
			: [];
	const o = x.profiles.ours;
	const h = x.profiles.httpRequest;
	const oursTotal = total(x.evaluations.ours);
	const httpTotal = total(x.evaluations.httpRequest);
	const once = x.evaluateOnce;
	return [
		`### c. Inside the real n8n ${'2.41.1'}: our node against the HTTP Request node`,
		'',
		`The workflow Manual Trigger → Edit Fields (builds ${x.items} rows in one expression) → Split Out → contender, run with \`n8n execute --id\` (a fresh process per run), cost = the contender's executionTime ÷ items. The HTTP Request node (v4.2) sends the same body from 11 body fields (the 10 fields, and \`{{ $json.password }}\` again as password2, which our node adds itself) with a Header Auth credential. Same requests: **${x.sameRequests ? 'yes' : 'NO'}**${x.requestDiff ? ` (${x.requestDiff})` : ''}. ${x.reps} repetitions per engine, alternating (order swapped each repetition), after one warm-up pair. This is wall time: our node sends its writes one at a time (the default that keeps mailcow's limit and duplicate checks right), so every item also waits for the emulator's answer (15 ms of it is the emulator's gap between mailcow's checks and its insert), while the HTTP Request node has every item in flight. The CPU time per item, what an item costs the n8n host, and the same comparison with our writes all at once are in [results-cost.md](results-cost.md) (1d).`,
		'',
		markdownTable(
			[
				'expression engine',
				'our node ms/item',
				'HTTP Request ms/item',
				'ours ÷ HTTP Request',
				'target ≤ 1.0',
			],
			rows,
		),
		'',
		...engineGap(x),
		`Emulator CPU per request during these runs: ${fmt(x.emulatorCpuPerRequest.handlerMicros.median, 0)} µs in handlers, ${fmt(x.emulatorCpuPerRequest.processMicros.median, 0)} µs for its process. \`n8n execute\` takes ${fmtSummary(summarize(x.executeWallMs.map((v) => v / 1000)), 1)} s per run in all (start, run, save).`,
		'',
		'**Expression evaluations per item** (counted in the n8n process, default engine, by the outermost n8n-core function on the stack):',
		'',
		markdownTable(
			['where', 'our node', 'HTTP Request node'],
			[
				...phases.map((ph) => [
					ph,
					fmt(x.evaluations.ours[ph] ?? 0, 0),
					fmt(x.evaluations.httpRequest[ph] ?? 0, 0),
				]),
				['**total**', `**${fmt(oursTotal, 0)}**`, `**${fmt(httpTotal, 0)}**`],
			],
		),
		'',
		...(profileRows.length
			? [
					`**CPU profile** (\`node --cpu-prof\`, default engine, one run of ${x.profileItems} items each; busy time in the contender's window: ours ${fmt(o!.nodeMs, 0)} ms, HTTP Request ${fmt(h!.nodeMs, 0)} ms; a function counts once per sample):`,
					'',
					markdownTable(
						['on the stack', 'our node ms (share)', 'HTTP Request ms (share)'],
						profileRows,
					),
					'',
					`Hottest functions (self time), ours: ${o!.topSelf
						.slice(0, 5)
						.map((t) => `${t.name} ${fmt(t.ms, 0)} ms`)
						.join(', ')}.`,
					'',
				]
			: []),
		...(once
			? [
					`**Experiment: RoutingNode evaluating each parameter once per item.** A preload (bench/real/evaluate-once-preload.js, not part of the package, loaded only into our node's runs) memoises inside n8n the results of \`{{ $json.x }}\` per node, item and expression, and of expressions that read only \`$credentials\` (base URL, SSL option, API-key header) per run — what an n8n-core would do that reused the main loop's values and resolved item-independent defaults once. Our node then does ${fmt(total(once.evaluations), 0)} evaluations per item and costs ${fmtSummary(summarize(once.ours))} ms/item against the HTTP Request node's ${fmtSummary(summarize(once.httpRequest))} in the same runs: ratio ${pairRatio(once.ours, once.httpRequest)} (${once.ours.length} alternating runs, default engine).`,
					'',
				]
			: ['The evaluate-once experiment did not run: the run was past its time budget.', '']),
		'**Why our node cannot reach 1.0× as a declarative node in n8n 2.41.1, and what would close it.**',
		`The HTTP Request node reads its body once per item (${fmt(httpTotal, 0)} evaluations: one per body field). n8n-core's RoutingNode, which runs every declarative node, evaluates the value of *every* top-level parameter in its main loop (\`runNode\`: \`getParameterValue(get(node.parameters, property.name))\` for each property, routed or not) and again in \`resolveBaseUrl\` (which walks all properties to find a baseURL), before any code of the node runs; the node then reads each field once more in its preSend (\`getNodeParameter\`). So 10 user expressions cost at least 20 evaluations before the node can even read them, 30 with the read: ${fmt(oursTotal, 0)} per item in all here (before the base URL, SSL option and API-key header were read once per execution there were 4 more). Expression evaluation is ${o ? `${fmt(o.parts[0].share * 100, 0)} %` : 'most'} of our node's busy time, so the ratio follows the counts. Routing the fields with \`routing.send\` instead costs 4 evaluations per field (RoutingNode calls getNodeParameter for routed properties in both passes), a collection or fixedCollection the same or more; no description can make RoutingNode skip the two passes.`,
		'',
		'What would close it: (1) in n8n-core, `resolveBaseUrl` evaluating only properties that route a `baseURL`, and the main loop handing its evaluated values to `getNodeParameter` instead of evaluating again (or evaluating only routed properties) — the experiment above measures that case (proposal in docs/benchmarks.md); (2) within this package, a programmatic `execute()` for the bulk write operations (each field read once, like the HTTP Request node) — no longer declarative, not done. Done in this package: _Map Automatically_ takes the fields straight from the item JSON with no expression at all (results-cost.md), and the base URL, SSL option and API-key header are read once per execution instead of being `requestDefaults` expressions (34 → 30 evaluations per item).',
		'',
	];
}

/** What the default engine adds per evaluation, seen from both contenders (vm − legacy). */
function engineGap(x: NonNullable<BenchResults['real']>): string[] {
	const { vm, legacy } = x.perItem;
	const evals = { ours: total(x.evaluations.ours), httpRequest: total(x.evaluations.httpRequest) };
	if (!vm.ours.length || !legacy.ours.length || !evals.ours || !evals.httpRequest) return [];
	const gap = (kind: 'ours' | 'httpRequest') =>
		(summarize(vm[kind]).median - summarize(legacy[kind]).median) / evals[kind];
	return [
		`What the default engine adds over the legacy one, per evaluation: (vm − legacy) ÷ evaluations = ${fmt(gap('ours'), 3)} ms for our node, ${fmt(gap('httpRequest'), 3)} ms for the HTTP Request node. With the legacy engine, where an evaluation is cheap, the ratio shows the rest of each node's cost per item.`,
		'',
	];
}

export function perItemSection(r: BenchResults): string[] {
	return [...harness(r), ...real(r)];
}
