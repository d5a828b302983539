/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals, @n8n/community-nodes/no-dangerous-functions -- benchmark processes */
// Section 5: load cost, each repetition in a fresh process (plain node: no TypeScript loader).
import { fork } from 'node:child_process';
import path from 'node:path';

export interface LoadRun {
	workflowMs: number;
	files: Array<{
		file: string;
		requireMs: number;
		instantiateMs: number;
		descriptionBytes: number;
	}>;
}

async function once(): Promise<LoadRun> {
	// The child is TypeScript; tsx's loader cost lands before the timings start.
	const child = fork(path.join(__dirname, '..', 'children', 'load.ts'), [], {
		execArgv: ['--import', 'tsx'],
		stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
	});
	return await new Promise((resolve, reject) => {
		let result: LoadRun | undefined;
		child.on('message', (message: LoadRun) => (result = message));
		child.on('exit', (code) =>
			result ? resolve(result) : reject(new Error(`load child exited with ${code}`)),
		);
	});
}

export async function loadCost(reps: number): Promise<LoadRun[]> {
	const runs: LoadRun[] = [];
	for (let i = 0; i < reps; i++) runs.push(await once());
	return runs;
}
