/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals */
// Runs one workflow file in the sandbox's real n8n and prints the result as JSON: for benchmarks
// and for trying a workflow without the editor.
//
//   npx tsx scripts/sandbox/execute.ts <workflow.json> [--credentials <credentials.json>]
//       [--binary-data-mode default|filesystem] [--user-folder <dir>] [--items]
//
// The workflow needs an `id` (≤ 21 characters) and a Manual Trigger. Credentials are n8n's import
// format: [{ id, name, type, data: { …plain values } }]. The package is built, packed and installed
// into the user folder first (default: .n8n-sandbox/node_modules/.data/execute). Output:
// { code, status, executionTime: { <node>: ms }, itemCounts: { <node>: n }, error?, items? }.
import fs from 'node:fs';
import path from 'node:path';
import { paths } from './config';
import { ensureInstalled } from './install';
import { say } from './log';
import { executeWorkflow, importCredentials, importWorkflows, type BinaryDataMode } from './n8n';
import { buildAndPack, installInto } from './pack';

function option(name: string): string | undefined {
	const index = process.argv.indexOf(`--${name}`);
	return index === -1 ? undefined : process.argv[index + 1];
}

async function main() {
	const file = process.argv[2];
	if (!file || file.startsWith('--'))
		throw new Error('Usage: execute.ts <workflow.json> [--credentials <file>] …');
	const workflow = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown> & {
		id: string;
	};
	const userFolder = path.resolve(option('user-folder') ?? path.join(paths.data, 'execute'));
	const instance = {
		userFolder,
		binaryDataMode: option('binary-data-mode') as BinaryDataMode | undefined,
		brokerPort: 5689,
	};

	await ensureInstalled(3);
	await installInto(userFolder, await buildAndPack());
	const credentials = option('credentials');
	if (credentials)
		await importCredentials(instance, JSON.parse(fs.readFileSync(credentials, 'utf8')));
	await importWorkflows(instance, [workflow]);
	const result = await executeWorkflow(instance, workflow.id);
	say(
		JSON.stringify(
			{
				code: result.code,
				status: result.run?.status,
				executionTime: result.executionTime,
				itemCounts: Object.fromEntries(
					Object.entries(result.items).map(([node, items]) => [node, items.length]),
				),
				error: result.run?.data.resultData.error?.message,
				items: process.argv.includes('--items') ? result.items : undefined,
			},
			null,
			2,
		),
	);
	process.exitCode = result.code;
}

main().catch((error: Error) => {
	say(error.message);
	process.exitCode = 1;
});
