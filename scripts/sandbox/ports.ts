/* eslint-disable @n8n/community-nodes/no-restricted-imports */
// The four TCP ports `npm start` listens on, checked before anything starts: a port taken by
// another program is named with the environment variable that moves it, instead of surfacing
// later as "n8n exited unexpectedly".
import net from 'node:net';
import { ports } from './config';

export interface SandboxPort {
	/** What listens there, in the words of the start banner. */
	name: string;
	port: number;
	/** The environment variable that moves it. */
	variable: string;
}

/** The ports of `npm start`, from ./config (environment variables or defaults). */
export function sandboxPorts(): SandboxPort[] {
	return [
		{ name: 'n8n', port: ports.n8n, variable: 'N8N_PORT' },
		{ name: "n8n's task broker", port: ports.broker, variable: 'N8N_RUNNERS_BROKER_PORT' },
		{ name: 'the Mailcow emulator', port: ports.mailcow, variable: 'MAILCOW_EMULATOR_PORT' },
		{ name: 'the Migadu emulator', port: ports.migadu, variable: 'MIGADU_EMULATOR_PORT' },
	];
}

/**
 * Whether 127.0.0.1:port can be bound now (everything of the sandbox listens on loopback). On
 * Linux a listener on 0.0.0.0 or [::] of the same port also makes this fail, as it would for n8n.
 */
export async function portFree(port: number): Promise<boolean> {
	return await new Promise((resolve) => {
		const server = net.createServer();
		server.once('error', () => resolve(false));
		server.listen({ port, host: '127.0.0.1', exclusive: true }, () =>
			server.close(() => resolve(true)),
		);
	});
}

/**
 * The problems with a set of ports, one sentence each: a port used twice, outside 1–65535, or
 * taken by another program. Empty when all of them can be used.
 */
export async function portProblems(list: SandboxPort[] = sandboxPorts()): Promise<string[]> {
	const problems: string[] = [];
	const seen = new Map<number, SandboxPort>();
	for (const entry of list) {
		if (!Number.isInteger(entry.port) || entry.port < 1 || entry.port > 65535) {
			problems.push(
				`${entry.variable}=${entry.port} is not a port number (1–65535) for ${entry.name}.`,
			);
			continue;
		}
		const other = seen.get(entry.port);
		if (other) {
			problems.push(
				`Port ${entry.port} is set for both ${other.name} (${other.variable}) and ${entry.name} (${entry.variable}); give one of them another port.`,
			);
			continue;
		}
		seen.set(entry.port, entry);
		if (!(await portFree(entry.port))) {
			problems.push(
				`Port ${entry.port} (${entry.name}) is already in use by another program on 127.0.0.1. Stop that program, or move ${entry.name} to a free port: ${entry.variable}=<port> npm start`,
			);
		}
	}
	return problems;
}
