/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals */
// Section 1c: our node against n8n's HTTP Request node inside the real n8n 2.41.1 of `npm start`
// (.n8n-sandbox), each run a fresh `n8n execute --id`, cost = the contender's executionTime ÷ items.
import fs from 'node:fs';
import path from 'node:path';
import { PACKAGE_NAME, SANDBOX_DIR, paths } from '../../scripts/sandbox/config';
import { importCredentials, importWorkflows, type N8nInstance } from '../../scripts/sandbox/n8n';
import { buildAndPack, installInto } from '../../scripts/sandbox/pack';
import type { EmulatorHost } from '../lib/emulatorHost';
import { canonical } from '../lib/mailboxes';
import { summarize, type Summary } from '../lib/stats';
import { countEvaluations, execute, profile, withEngine, type Engine } from './n8nRuns';
import type { ProfileSummary } from './profile';
import { CONTENDER_KINDS, CREDENTIALS, benchWorkflow, type ContenderKind } from './workflows';

export type { Engine } from './n8nRuns';

export interface RealN8nResult {
	skipped?: string;
	items: number;
	reps: number;
	/** ms per item, by engine and contender, in run order (alternating). */
	perItem: Record<Engine, Record<FieldKind, number[]>>;
	/** Expression evaluations per item by phase, per contender (default engine). */
	evaluations: Record<FieldKind, Record<string, number>>;
	sameRequests: boolean;
	requestDiff?: string;
	profiles: Partial<Record<FieldKind, ProfileSummary>>;
	/** Items of the profiled runs. */
	profileItems?: number;
	emulatorCpuPerRequest: { handlerMicros: Summary; processMicros: Summary };
	/**
	 * Experiment (default engine): our node with each `{{ $json.x }}` evaluated once per item
	 * (evaluate-once-preload.js), against the HTTP Request node, alternating.
	 */
	evaluateOnce?: { ours: number[]; httpRequest: number[]; evaluations: Record<string, number> };
	/** Wall time of one `n8n execute` (start, run, save), ms. */
	executeWallMs: number[];
}

/** The contenders of section 1c (the fields each from its own expression). */
type FieldKind = 'ours' | 'httpRequest';

export const userFolder = path.join(paths.data, 'bench');

export function n8nInstalled(): boolean {
	return fs.existsSync(paths.n8nBin) && fs.existsSync(paths.nodeBin);
}

async function prepare(emulator: EmulatorHost, itemCounts: number[]): Promise<N8nInstance> {
	const instance: N8nInstance = { userFolder, port: 5688, brokerPort: 5689 };
	const tarball = await buildAndPack({ build: false });
	await installInto(userFolder, tarball);
	await importCredentials(instance, [
		{
			...CREDENTIALS.mailcow,
			type: 'mailcowApi',
			data: { ...emulator.credentials, ignoreSslIssues: false },
		},
		{
			...CREDENTIALS.header,
			type: 'httpHeaderAuth',
			data: { name: 'X-API-Key', value: emulator.credentials.apiKey },
		},
	]);
	await importWorkflows(
		instance,
		itemCounts.flatMap((items) =>
			CONTENDER_KINDS.map((kind) => benchWorkflow(kind, items, PACKAGE_NAME, emulator.url)),
		),
	);
	return instance;
}

export async function realN8n(
	emulator: EmulatorHost,
	options: {
		items: number;
		reps: number;
		engines: Engine[];
		profile: boolean;
		experimentReps: number;
		/** The optional experiment runs only if this time (ms since the epoch) has not passed. */
		optionalUntil: number;
		log: (line: string) => void;
	},
): Promise<RealN8nResult> {
	const { items, reps, engines, log } = options;
	const empty: RealN8nResult = {
		items,
		reps,
		perItem: { vm: { ours: [], httpRequest: [] }, legacy: { ours: [], httpRequest: [] } },
		evaluations: { ours: {}, httpRequest: {} },
		sameRequests: false,
		profiles: {},
		emulatorCpuPerRequest: { handlerMicros: summarize([0]), processMicros: summarize([0]) },
		executeWallMs: [],
	};
	if (!n8nInstalled()) {
		return {
			...empty,
			skipped: `n8n is not installed in ${path.relative(process.cwd(), SANDBOX_DIR)} (run \`npm start\` once to install it)`,
		};
	}
	log('  packing the package into the benchmark n8n user folder, importing workflows…');
	const countItems = Math.min(items, 100);
	const profileItems = Math.min(items, 300);
	const instance = await prepare(emulator, [...new Set([3, countItems, profileItems, items])]);

	// Same requests: three rows through each contender, as the emulator received them.
	const bodies: Record<string, string[]> = {};
	for (const kind of ['ours', 'httpRequest'] as const) {
		await execute(emulator, withEngine(instance, 'vm'), kind, 3, { log: true });
		bodies[kind] = (await emulator.requests()).map(
			(r) => `${r.method} ${r.rawPath} ${canonical(r.body)}`,
		);
	}
	const sameRequests = bodies.ours.join('\n') === bodies.httpRequest.join('\n');
	const requestDiff = sameRequests
		? undefined
		: `ours: ${bodies.ours[0]}\nHTTP Request: ${bodies.httpRequest[0]}`;

	const result: RealN8nResult = { ...empty, sameRequests, requestDiff };
	const handler: number[] = [];
	const processCpu: number[] = [];
	for (const [index, engine] of engines.entries()) {
		// One warm-up pair: every run is a fresh n8n process, the warm-up only fills the OS caches.
		for (let rep = index === 0 ? -1 : 0; rep < reps; rep++) {
			// Alternate, and swap the order every repetition.
			const order: FieldKind[] = rep % 2 ? ['ours', 'httpRequest'] : ['httpRequest', 'ours'];
			for (const kind of order) {
				const { msPerItem, stats, wall } = await execute(
					emulator,
					withEngine(instance, engine),
					kind,
					items,
				);
				log(
					`  ${engine} ${rep < 0 ? 'warm-up' : `rep ${rep + 1}`} ${kind}: ${msPerItem.toFixed(2)} ms/item`,
				);
				if (rep < 0) continue;
				result.perItem[engine][kind].push(msPerItem);
				result.executeWallMs.push(wall);
				handler.push(stats.handlerCpuMicros / stats.handledRequests);
				processCpu.push(stats.processCpuMicros / stats.handledRequests);
			}
		}
	}
	result.emulatorCpuPerRequest = {
		handlerMicros: summarize(handler),
		processMicros: summarize(processCpu),
	};

	log('  counting expression evaluations…');
	for (const kind of ['ours', 'httpRequest'] as const) {
		result.evaluations[kind] = await countEvaluations(emulator, instance, kind, countItems);
	}
	if (options.profile) {
		log('  CPU profiles (default engine)…');
		result.profileItems = profileItems;
		for (const kind of ['ours', 'httpRequest'] as const)
			result.profiles[kind] = await profile(emulator, instance, kind, profileItems);
	}
	if (options.experimentReps > 0 && Date.now() < options.optionalUntil) {
		log('  experiment: RoutingNode evaluating each expression once per item…');
		const once = withEngine(instance, 'vm', {
			NODE_OPTIONS: `--require ${path.join(__dirname, 'evaluate-once-preload.js')}`,
			BENCH_N8N_MODULES: path.join(SANDBOX_DIR, 'node_modules'),
		});
		const experiment = {
			ours: [] as number[],
			httpRequest: [] as number[],
			evaluations: await countEvaluations(emulator, instance, 'ours', countItems, true),
		};
		for (let rep = 0; rep < options.experimentReps; rep++) {
			experiment.ours.push((await execute(emulator, once, 'ours', items)).msPerItem);
			experiment.httpRequest.push(
				(await execute(emulator, withEngine(instance, 'vm'), 'httpRequest', items)).msPerItem,
			);
			log(
				`  experiment rep ${rep + 1}: ${experiment.ours[rep].toFixed(2)} vs ${experiment.httpRequest[rep].toFixed(2)} ms/item`,
			);
		}
		result.evaluateOnce = experiment;
	}

	return result;
}

/** One side-by-side comparison of two contenders (section 1d). */
export interface PairSpec {
	label: string;
	a: ContenderKind;
	b: ContenderKind;
	engines: Engine[];
}

export interface PairResult extends PairSpec {
	/** Wall ms per item, by engine, in run order (alternating, order swapped every repetition). */
	perItem: Partial<Record<Engine, { a: number[]; b: number[] }>>;
	/** CPU ms per item of n8n's main process while the contender ran, same runs as perItem. */
	cpuPerItem: Partial<Record<Engine, { a: number[]; b: number[] }>>;
	sameRequests: boolean;
	requestSample: string;
	requestDiff?: string;
}

export interface RealPairsResult {
	skipped?: string;
	items: number;
	reps: number;
	pairs: PairResult[];
	/** Expression evaluations per item by phase, per contender (default engine). */
	evaluations: Partial<Record<ContenderKind, Record<string, number>>>;
	countItems: number;
	/** CPU profiles (default engine) of the contenders asked for, each a run of profileItems. */
	profiles: Partial<Record<ContenderKind, ProfileSummary>>;
	profileItems: number;
	/** Bulk creates in the real n8n against an emulator that takes time per write (section 7). */
	bulk?: RealBulkResult;
}

export interface RealBulkResult {
	items: number;
	writeDelayMs: number;
	/** Wall ms of the contender's execution (its executionTime), one per repetition. */
	ms: Partial<Record<ContenderKind, number[]>>;
}

/**
 * Section 1d: pairs of contenders inside the real n8n, each run a fresh `n8n execute`, alternating
 * after one warm-up pair; the requests each sends compared first, evaluations counted after.
 */
export async function realPairs(
	emulator: EmulatorHost,
	options: {
		items: number;
		reps: number;
		pairs: PairSpec[];
		/** Contenders to profile after the timed runs. */
		profile: ContenderKind[];
		/** Bulk runs after the pairs: these contenders, `reps` times each, writes taking this long. */
		bulk?: { kinds: ContenderKind[]; reps: number; writeDelayMs: number };
		log: (line: string) => void;
	},
): Promise<RealPairsResult> {
	const { items, reps, log } = options;
	const countItems = Math.min(items, 100);
	const profileItems = Math.min(items, 300);
	const result: RealPairsResult = {
		items,
		reps,
		pairs: [],
		evaluations: {},
		countItems,
		profiles: {},
		profileItems,
	};
	if (!n8nInstalled()) {
		return {
			...result,
			skipped: `n8n is not installed in ${path.relative(process.cwd(), SANDBOX_DIR)}`,
		};
	}
	log('  packing the package into the benchmark n8n user folder, importing workflows…');
	const instance = await prepare(emulator, [...new Set([3, countItems, profileItems, items])]);
	const key = (r: { method: string; rawPath: string; body: unknown }) =>
		`${r.method} ${r.rawPath} ${canonical(r.body)}`;
	for (const spec of options.pairs) {
		const bodies: string[][] = [];
		for (const kind of [spec.a, spec.b]) {
			await execute(emulator, withEngine(instance, 'vm'), kind, 3, { log: true });
			bodies.push((await emulator.requests()).map(key));
		}
		const sameRequests = bodies[0].length === 3 && bodies[0].join('\n') === bodies[1].join('\n');
		const pair: PairResult = {
			...spec,
			perItem: {},
			cpuPerItem: {},
			sameRequests,
			requestSample: bodies[0][0] ?? '',
			requestDiff: sameRequests
				? undefined
				: `${spec.a}: ${bodies[0][0]}\n${spec.b}: ${bodies[1][0]}`,
		};
		for (const [index, engine] of spec.engines.entries()) {
			const runs = { a: [] as number[], b: [] as number[] };
			const cpu = { a: [] as number[], b: [] as number[] };
			for (let rep = index === 0 ? -1 : 0; rep < reps; rep++) {
				const order = rep % 2 ? (['a', 'b'] as const) : (['b', 'a'] as const);
				for (const side of order) {
					const kind = spec[side];
					const { msPerItem, cpuMsPerItem } = await execute(
						emulator,
						withEngine(instance, engine),
						kind,
						items,
					);
					log(
						`  ${spec.label} ${engine} ${rep < 0 ? 'warm-up' : `rep ${rep + 1}`} ${kind}: ${msPerItem.toFixed(2)} ms/item, CPU ${cpuMsPerItem.toFixed(2)} ms/item`,
					);
					if (rep < 0) continue;
					runs[side].push(msPerItem);
					cpu[side].push(cpuMsPerItem);
				}
			}
			pair.perItem[engine] = runs;
			pair.cpuPerItem[engine] = cpu;
		}
		result.pairs.push(pair);
	}
	log('  counting expression evaluations…');
	for (const kind of new Set(options.pairs.flatMap((p) => [p.a, p.b]))) {
		result.evaluations[kind] = await countEvaluations(emulator, instance, kind, countItems);
	}
	for (const kind of options.profile) {
		log(`  CPU profile of ${kind}…`);
		result.profiles[kind] = await profile(emulator, instance, kind, profileItems);
	}
	if (options.bulk) {
		const { kinds, writeDelayMs } = options.bulk;
		const bulk: RealBulkResult = { items, writeDelayMs, ms: {} };
		for (let rep = 0; rep < options.bulk.reps; rep++) {
			// Rotated every repetition, like the other sections.
			for (const kind of kinds.map((_, i) => kinds[(i + rep) % kinds.length])) {
				const { msPerItem } = await execute(emulator, withEngine(instance, 'vm'), kind, items, {
					writeDelayMs,
				});
				log(`  bulk ${kind}: ${((msPerItem * items) / 1000).toFixed(2)} s`);
				(bulk.ms[kind] ??= []).push(msPerItem * items);
			}
		}
		result.bulk = bulk;
	}
	return result;
}
