/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals, @n8n/community-nodes/no-dangerous-functions -- benchmark processes */
// Sections 2 and 4: cases that measure memory, each in a fresh child process.
import { fork } from 'node:child_process';
import path from 'node:path';
import type { MemoryCase, MemoryResult } from '../children/memoryCase';

export async function runMemoryCase(c: MemoryCase): Promise<MemoryResult> {
	const child = fork(path.join(__dirname, '..', 'children', 'memoryCase.ts'), [JSON.stringify(c)], {
		execArgv: ['--import', 'tsx', '--expose-gc'],
		stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
	});
	return await new Promise((resolve, reject) => {
		let result: MemoryResult | undefined;
		child.on('message', (message: MemoryResult) => (result = message));
		child.on('exit', (code) =>
			result ? resolve(result) : reject(new Error(`memory case exited with ${code}`)),
		);
	});
}
