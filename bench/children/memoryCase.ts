/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals */
// One memory case in a fresh process (sections 2 and 4): prepares the input, collects garbage,
// resets the kernel's peak-RSS mark, runs the node once and reports time, peak RSS added and the
// peak of heap + external memory (Buffers) added, sampled every few milliseconds.
import '../../test/helpers/environment';
import fs from 'node:fs';
import { randomBytes } from 'node:crypto';
import type { INodeExecutionData, INodeParameters } from 'n8n-workflow';
import { makeBinary, runNode, type BinaryMode } from '../../test/helpers/runNode';

export type MemoryCase =
	| {
			kind: 'send';
			sizes: number[];
			binaryMode: BinaryMode;
			credentials: Record<string, Record<string, unknown>>;
	  }
	| {
			kind: 'list';
			returnAll: boolean;
			limit: number;
			credentials: Record<string, Record<string, unknown>>;
	  };

export interface MemoryResult {
	ms: number;
	items: number;
	rssAdded: number;
	heapAdded: number;
	externalAdded: number;
	/** Peak of heapUsed + external (ArrayBuffers, Buffers) added. */
	heapPlusExternalAdded: number;
	error?: string;
}

const status = () => fs.readFileSync('/proc/self/status', 'utf8');
const kib = (field: string) =>
	Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status())?.[1] ?? 0) * 1024;

async function input(
	c: MemoryCase,
): Promise<{ parameters: INodeParameters; items: INodeExecutionData[] }> {
	if (c.kind === 'list') {
		return {
			parameters: {
				resource: 'mailbox',
				operation: 'getAll',
				returnAll: c.returnAll,
				limit: c.limit,
			},
			items: [{ json: {} }],
		};
	}
	const binary: INodeExecutionData['binary'] = {};
	for (const [i, size] of c.sizes.entries()) {
		binary[`file${i}`] = await makeBinary(
			randomBytes(size),
			{ mimeType: 'application/pdf', fileName: `file${i}.pdf` },
			c.binaryMode,
		);
	}
	return {
		parameters: {
			resource: 'email',
			operation: 'send',
			toEmail: 'customer@client.example',
			subject: 'Your documents',
			emailFormat: 'text',
			text: 'The documents are attached.',
			attachments: 'named',
			binaryPropertyNames: Object.keys(binary).join(','),
		},
		items: [{ json: {}, binary }],
	};
}

async function main() {
	const c = JSON.parse(process.argv[2]) as MemoryCase;
	const { parameters, items } = await input(c);
	const gc = (globalThis as { gc?: () => void }).gc!;
	gc();
	gc();
	const before = process.memoryUsage();
	const rssBefore = kib('VmRSS');
	// Writing 5 to clear_refs resets VmHWM (the peak RSS) to the current RSS.
	fs.writeFileSync('/proc/self/clear_refs', '5');
	let heapPeak = before.heapUsed;
	let externalPeak = before.external;
	let sumPeak = before.heapUsed + before.external;
	const sample = () => {
		const m = process.memoryUsage();
		heapPeak = Math.max(heapPeak, m.heapUsed);
		externalPeak = Math.max(externalPeak, m.external);
		sumPeak = Math.max(sumPeak, m.heapUsed + m.external);
	};
	const timer = setInterval(sample, 2);
	const started = performance.now();
	const result = await runNode({
		node: 'mailcow',
		parameters,
		credentials: c.credentials as never,
		items,
	});
	const ms = performance.now() - started;
	clearInterval(timer);
	sample();
	const out: MemoryResult = {
		ms,
		items: result.items.length,
		rssAdded: kib('VmHWM') - rssBefore,
		heapAdded: heapPeak - before.heapUsed,
		externalAdded: externalPeak - before.external,
		heapPlusExternalAdded: sumPeak - before.heapUsed - before.external,
		error: result.error?.message,
	};
	process.send!(out, () => process.exit(0));
}

void main();
