/* eslint-disable @n8n/community-nodes/no-restricted-globals -- a benchmark child process */
// One n8n process of section 6: loads the engine, warms up, then on "go" runs a Migadu bulk
// create with the given Throttling and reports when it started and ended (ms since the epoch).
import '../../test/helpers/environment';
import type { INodeParameters } from 'n8n-workflow';
import { runNode } from '../../test/helpers/runNode';

interface Job {
	credentials: Record<string, unknown>;
	prefix: string;
	items: number;
	throttling: INodeParameters;
}

const job = JSON.parse(process.argv[2]) as Job;

const parameters = (throttling: INodeParameters) => ({
	resource: 'mailbox',
	operation: 'create',
	domain: { __rl: true, mode: 'name', value: 'example.com' },
	localPart: '={{ $json.local }}',
	name: '={{ $json.name }}',
	passwordMethod: 'password',
	password: '={{ $json.password }}',
	throttling,
});

const rows = (tag: string, n: number) =>
	Array.from({ length: n }, (_, i) => ({
		json: { local: `${tag}-${i}`, name: `Bulk User ${i}`, password: `Bulk-Pw-${i}-q8Z3` },
	}));

async function run(items: ReturnType<typeof rows>, throttling: INodeParameters) {
	return await runNode({
		node: 'migadu',
		parameters: parameters(throttling),
		credentials: { migaduApi: job.credentials as Record<string, string> },
		items,
		continueOnFail: true,
	});
}

async function main() {
	// Warm-up without the limit (loads and compiles the node's code paths).
	await run(rows(`${job.prefix}-warm`, 5), { requestsPerWindow: 0 });
	process.send!({ ready: true });
	await new Promise((resolve) => process.once('message', resolve));
	const startedAt = Date.now();
	const result = await run(rows(job.prefix, job.items), job.throttling);
	process.send!({
		startedAt,
		endedAt: Date.now(),
		failed: result.items.filter((item) => item.error !== undefined).length,
	});
}

main().catch((error: Error) => {
	process.send!({ error: error.message });
});
