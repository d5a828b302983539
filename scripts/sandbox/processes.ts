/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals, @n8n/community-nodes/no-dangerous-functions */
// Child processes of the sandbox. Each long-running child gets its own process group (detached),
// so stopping it kills n8n *and* what n8n spawned (its task runner), and a Ctrl-C in the terminal
// reaches only us: we then stop every group we started, in order, and wait until they are gone.
import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process';
import fs from 'node:fs';
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

/** Field 4 (parent id) and 5 (process group) of /proc/<pid>/stat; undefined when it is gone. */
function statOf(pid: number): { ppid: number; pgid: number } | undefined {
	try {
		const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
		// The command name (field 2) may contain spaces; the fields after it are space-separated.
		const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
		return { ppid: Number(fields[1]), pgid: Number(fields[2]) };
	} catch {
		return undefined;
	}
}

/**
 * The processes above this one that belong to its process group: what the user started (for
 * `npm start`: npm, and tsx between npm and us). A terminal, systemd or `timeout` makes that
 * command the leader of the group, so the chain ends at the leader.
 */
export function launchers(): number[] {
	const own = statOf(process.pid);
	if (!own) return [];
	const chain: number[] = [];
	for (let pid = own.ppid; pid > 1; ) {
		const stat = statOf(pid);
		if (!stat || stat.pgid !== own.pgid) break;
		chain.push(pid);
		pid = stat.ppid;
	}
	return chain;
}

/**
 * Calls `onGone` once any of `pids` has exited. npm does not pass SIGHUP on, and dies of SIGTERM
 * before its child has stopped: without this, n8n and the emulators would outlive `npm start`.
 */
export function watchLaunchers(pids: number[], onGone: (pid: number) => void, everyMs = 500) {
	const timer = setInterval(() => {
		const gone = pids.find((pid) => {
			try {
				process.kill(pid, 0);
				return false;
			} catch (error) {
				return (error as NodeJS.ErrnoException).code === 'ESRCH';
			}
		});
		if (gone !== undefined) {
			clearInterval(timer);
			onGone(gone);
		}
	}, everyMs);
	timer.unref();
	return timer;
}
