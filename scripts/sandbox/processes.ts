/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals, @n8n/community-nodes/no-dangerous-functions */
// Child processes of the sandbox. Each long-running child gets its own process group (detached),
// so stopping it kills n8n *and* what n8n spawned (its task runner), and a Ctrl-C in the terminal
// reaches only us: we then stop every group we started, in order, and wait until they are gone.
import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process';
import { passThrough } from './log';

const groups = new Set<ChildProcess>();

export interface RunResult {
	code: number;
	stdout: string;
	stderr: string;
}

/** Runs a command to completion (in its own process group, stopped with the others on Ctrl-C). */
export function run(
	command: string,
	args: string[],
	options: SpawnOptions & { echo?: boolean; input?: string } = {},
): Promise<RunResult> {
	return new Promise((resolve, reject) => {
		const child = start(command, args, {
			stdio: [options.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
			...options,
		});
		let stdout = '';
		let stderr = '';
		child.stdout?.on('data', (chunk: Buffer) => {
			stdout += chunk.toString();
			if (options.echo) passThrough(chunk, 'stdout');
		});
		child.stderr?.on('data', (chunk: Buffer) => {
			stderr += chunk.toString();
			if (options.echo) passThrough(chunk, 'stderr');
		});
		if (options.input !== undefined) child.stdin?.end(options.input);
		child.on('error', reject);
		child.on('close', (code, signal) =>
			resolve({ code: code ?? (signal ? 128 : 1), stdout, stderr }),
		);
	});
}

/** Runs a command and throws with its output when it fails. */
export async function runOrThrow(
	command: string,
	args: string[],
	options: Parameters<typeof run>[2] = {},
) {
	const result = await run(command, args, options);
	if (result.code !== 0) {
		const output = `${result.stdout}\n${result.stderr}`.trim().split('\n').slice(-30).join('\n');
		throw new Error(
			`${[command, ...args].join(' ')} failed with exit code ${result.code}:\n${output}`,
		);
	}
	return result;
}

/** Starts a long-running child in a new process group and remembers it for stopAll(). */
export function start(command: string, args: string[], options: SpawnOptions = {}): ChildProcess {
	const child = spawn(command, args, {
		stdio: ['pipe', 'pipe', 'pipe'],
		...options,
		detached: true,
	});
	groups.add(child);
	child.on('exit', () => groups.delete(child));
	return child;
}

function groupAlive(pid: number) {
	try {
		process.kill(-pid, 0);
		return true;
	} catch {
		return false;
	}
}

/** SIGTERM to the whole group, SIGKILL after `graceMs`; resolves when no process of it is left. */
export async function stopGroup(child: ChildProcess, graceMs = 10000): Promise<void> {
	const pid = child.pid;
	if (pid === undefined) return;
	try {
		process.kill(-pid, 'SIGTERM');
	} catch {
		// already gone
	}
	const deadline = Date.now() + graceMs;
	while (groupAlive(pid) && Date.now() < deadline) await delay(100);
	if (groupAlive(pid)) {
		try {
			process.kill(-pid, 'SIGKILL');
		} catch {
			// gone in between
		}
		while (groupAlive(pid)) await delay(50);
	}
	groups.delete(child);
}

export async function stopAll(): Promise<void> {
	await Promise.all([...groups].map(async (child) => await stopGroup(child)));
}

export function delay(ms: number) {
	return new Promise((resolve) => setTimeout(resolve, ms));
}
