/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals -- reads the docs */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { nodeTypes } from '../helpers/runNode';

// The README's Mailcow table and docs/mailcow-node.md list every operation the node offers, each
// once: the tables are what a user reads to find an operation and its mailcow route.
const root = path.join(__dirname, '..', '..');
const read = (file: string) => readFileSync(path.join(root, file), 'utf8');

/** The rows of the first Markdown table after `heading`, as trimmed cells. */
function tableAfter(text: string, heading: RegExp): string[][] {
	const lines = text.slice(text.search(heading)).split('\n');
	const start = lines.findIndex((line) => line.startsWith('|'));
	const rows: string[][] = [];
	for (const line of lines.slice(start + 2)) {
		if (!line.startsWith('|')) break;
		rows.push(
			line
				.slice(1, -1)
				.split(' | ')
				.map((cell) => cell.trim()),
		);
	}
	return rows;
}

/** Every [resource, operation] display-name pair of the Mailcow node. */
function mailcowOperations(): Array<[string, string]> {
	const properties = nodeTypes.mailcow.description.properties as INodeProperties[];
	const resources = properties.find((p) => p.name === 'resource')!
		.options as INodePropertyOptions[];
	return resources.flatMap((resource) => {
		const selector = properties.find(
			(p) =>
				p.name === 'operation' &&
				(p.displayOptions?.show?.resource as string[] | undefined)?.includes(
					resource.value as string,
				),
		)!;
		return (selector.options as INodePropertyOptions[]).map(
			(op) => [resource.name, op.name] as [string, string],
		);
	});
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe('Operation tables in the docs', () => {
	const operations = mailcowOperations();

	it('the README names every Mailcow operation in its resource row', () => {
		const rows = tableAfter(read('README.md'), /^### Mailcow/m);
		const missing = operations.filter(([resource, operation]) => {
			const cells = rows.filter((row) => row[0] === resource).map((row) => row[1]);
			// Named as a list entry: `Get Many (…)`, `Release / Learn as Ham`, `Get Many of a mailbox`.
			const named = new RegExp(`(^|, | / )${escape(operation)}(?=$|[,:;]| [(/a-z—])`);
			return !cells.some((cell) => named.test(cell));
		});
		expect(missing).toEqual([]);
		const resources = rows.map((row) => row[0]);
		expect(resources).toEqual([...new Set(resources)]);
	});

	it('docs/mailcow-node.md has one row per Mailcow operation', () => {
		const rows = tableAfter(read('docs/mailcow-node.md'), /^\| Resource/m);
		const listed = rows.map((row) => `${row[0]} → ${row[1]}`);
		// Email → Send has its own page (docs/send-email.md).
		const expected = operations
			.filter(([resource]) => resource !== 'Email')
			.map(([resource, operation]) => `${resource} → ${operation}`);
		expect(expected.filter((pair) => !listed.includes(pair))).toEqual([]);
		expect(listed.filter((pair) => !expected.includes(pair))).toEqual([]);
		expect(listed).toEqual([...new Set(listed)]);
	});
});
