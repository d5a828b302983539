/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals */
// Section 5 in a fresh process: time to require n8n-workflow (shared with n8n, already loaded
// there), then each built node and credential file of package.json's "n8n" field, and the size of
// each class's description as JSON.
import path from 'node:path';

const root = path.join(__dirname, '..', '..');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const pkg = require(path.join(root, 'package.json')) as {
	n8n: { nodes: string[]; credentials: string[] };
};

let started = performance.now();
// eslint-disable-next-line @typescript-eslint/no-require-imports
require('n8n-workflow');
const workflowMs = performance.now() - started;

const files: Array<{
	file: string;
	requireMs: number;
	instantiateMs: number;
	descriptionBytes: number;
}> = [];
for (const file of [...pkg.n8n.nodes, ...pkg.n8n.credentials]) {
	started = performance.now();
	// eslint-disable-next-line @typescript-eslint/no-require-imports
	const exported = require(path.join(root, file)) as Record<string, new () => object>;
	const requireMs = performance.now() - started;
	started = performance.now();
	const instances = Object.values(exported)
		.filter((value) => typeof value === 'function')
		.map((Class) => new Class());
	const instantiateMs = performance.now() - started;
	const descriptionBytes = instances.reduce((sum, instance) => {
		const description =
			'description' in instance ? (instance as { description: unknown }).description : instance;
		return sum + Buffer.byteLength(JSON.stringify(description));
	}, 0);
	files.push({ file, requireMs, instantiateMs, descriptionBytes });
}
process.send!({ workflowMs, files }, () => process.exit(0));
