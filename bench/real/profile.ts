/* eslint-disable @n8n/community-nodes/no-restricted-imports */
// Reads a V8 .cpuprofile (node --cpu-prof) and says where a node's time went. The node's window
// runs from the first to the last sample with its entry function on the stack (its requests and
// their answers are handled in async continuations in between, without it on the stack). For
// every busy sample of that window: which of the functions below were on the stack (each counts
// once per sample, so nested and recursive calls are not double counted).
import fs from 'node:fs';
import path from 'node:path';

interface ProfileNode {
	id: number;
	callFrame: { functionName: string; url: string };
	children?: number[];
}

interface CpuProfile {
	nodes: ProfileNode[];
	samples: number[];
	timeDeltas: number[];
}

/** Frames that mark "the node is running", and the parts reported inside it. */
const SCOPES = [
	{ fn: 'runNode', file: 'routing-node.js' },
	{ fn: 'execute', file: 'HttpRequestV3.node.js' },
];

export const PARTS: Array<{ label: string; fn: string; file: string }> = [
	{
		label: 'expression evaluation (all)',
		fn: 'resolveSimpleParameterValue',
		file: 'workflow-expression.js',
	},
	{ label: '· building the data proxy', fn: 'getDataProxy', file: 'workflow-data-proxy.js' },
	{ label: '· evaluating in the engine', fn: 'renderExpression', file: 'expression.js' },
	{
		label: "RoutingNode: each of the node's parameters checked (both walks)",
		fn: 'getRequestOptionsFromParameters',
		file: 'routing-node.js',
	},
	{
		label: 'RoutingNode.resolveBaseUrl (the second walk)',
		fn: 'resolveBaseUrl',
		file: 'routing-node.js',
	},
	{ label: 'getNodeParameter', fn: '_getNodeParameter', file: 'node-execution-context.js' },
	{
		label: 'credentials: authenticate',
		fn: 'httpRequestWithAuthentication',
		file: 'authentication.js',
	},
	{ label: 'garbage collection', fn: '(garbage collector)', file: '' },
];

/** Frames of this package's own code (any function of its built files). */
const PACKAGE_FRAME = /[\\/]n8n-nodes-mailcow-migadu[\\/]dist[\\/]/;
const PACKAGE_PART = "this package's code (dist/)";

const IDLE = new Set(['(idle)@', '(program)@']);

export interface ProfileSummary {
	/** Length of the node's window, ms. */
	windowMs: number;
	/** Busy (not idle) ms in the node's window. */
	nodeMs: number;
	parts: Array<{ label: string; ms: number; share: number }>;
	topSelf: Array<{ name: string; ms: number }>;
	file?: string;
}

const key = (frame: ProfileNode['callFrame']) =>
	`${frame.functionName}@${path.basename(frame.url)}`;

export function summarizeProfile(file: string): ProfileSummary {
	const profile = JSON.parse(fs.readFileSync(file, 'utf8')) as CpuProfile;
	const byId = new Map(profile.nodes.map((n) => [n.id, n]));
	const parent = new Map<number, number>();
	for (const node of profile.nodes)
		for (const child of node.children ?? []) parent.set(child, node.id);

	const scopeKeys = new Set(SCOPES.map((s) => `${s.fn}@${s.file}`));
	const parts = [...PARTS, { label: PACKAGE_PART }];
	const partKeys = parts.map((p) => ('fn' in p ? `${p.fn}@${p.file}` : PACKAGE_PART));
	const partMs = parts.map(() => 0);
	const self = new Map<string, number>();
	const stacks = profile.samples.map((sample) => {
		const stack = new Set<string>();
		for (let id: number | undefined = sample; id !== undefined; id = parent.get(id)) {
			const frame = byId.get(id)!.callFrame;
			stack.add(key(frame));
			if (PACKAGE_FRAME.test(frame.url)) stack.add(PACKAGE_PART);
		}
		return stack;
	});
	const inScope = stacks.map((stack) => [...scopeKeys].some((k) => stack.has(k)));
	const first = inScope.indexOf(true);
	const last = inScope.lastIndexOf(true);
	let nodeMs = 0;
	let windowMs = 0;
	// A sample's time is the delta to the next sample.
	for (let i = Math.max(first, 0); i <= last; i++) {
		const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000;
		windowMs += ms;
		const stack = stacks[i];
		const leafKey = key(byId.get(profile.samples[i])!.callFrame);
		if (IDLE.has(leafKey)) continue;
		nodeMs += ms;
		partKeys.forEach((k, j) => {
			if (stack.has(k)) partMs[j] += ms;
		});
		const leaf = byId.get(profile.samples[i])!.callFrame;
		const name = `${leaf.functionName || '(anonymous)'} ${path.basename(leaf.url) || ''}`.trim();
		self.set(name, (self.get(name) ?? 0) + ms);
	}
	return {
		windowMs,
		nodeMs,
		parts: parts.map((p, j) => ({
			label: p.label,
			ms: partMs[j],
			share: nodeMs ? partMs[j] / nodeMs : 0,
		})),
		topSelf: [...self.entries()]
			.sort((a, b) => b[1] - a[1])
			.slice(0, 8)
			.map(([name, ms]) => ({ name, ms })),
	};
}
