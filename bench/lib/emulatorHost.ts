/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals, @n8n/community-nodes/no-dangerous-functions -- benchmark processes */
// Parent side of bench/children/emulator.ts: starts an emulator in its own process and talks to
// it over IPC (reset and seed, statistics, the requests it logged).
import { fork, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import type { MigaduRateLimit } from '../../test/emulators/migadu';

export type EmulatorCommand =
	| { cmd: 'start'; kind: 'mailcow' | 'migadu'; validate?: boolean; rateLimit?: MigaduRateLimit }
	| {
			cmd: 'reset';
			logRequests: boolean;
			mailcowDomains?: string[];
			mailcowMailboxes?: number;
			/** The release get/status/version answers (before 2026-03: no search routes). */
			mailcowVersion?: string;
			mailcowSender?: { user: string; password: string };
			rateLimit?: MigaduRateLimit;
			/**
			 * Mailcow: time each write (POST) holds one of the emulator's 4 PHP workers, like
			 * mailcow's own code on a real server (section 7); 0 or absent: none.
			 */
			writeDelayMs?: number;
	  }
	| { cmd: 'stats' }
	| { cmd: 'requests' }
	| { cmd: 'stop' };

export interface EmulatorStats {
	handledRequests: number;
	/** CPU time inside the emulator's request handlers (µs), as the emulator counts it. */
	handlerCpuMicros: number;
	/** CPU time of the whole emulator process since the last reset (µs): HTTP parsing included. */
	processCpuMicros: number;
	bytesOut: number;
	bytesIn: number;
	forbidden: number;
	/** Arrival times of the requests the Migadu rate limit counted, ms since the epoch. */
	arrivals: number[];
	mailboxes?: number;
}

export interface LoggedRequest {
	method: string;
	rawPath: string;
	body: unknown;
	contentType?: string;
}

export class EmulatorHost {
	url = '';
	credentials: Record<string, string> = {};
	private child?: ChildProcess;
	private nextId = 1;
	private readonly waiting = new Map<
		number,
		{ resolve: (v: unknown) => void; reject: (e: Error) => void }
	>();

	async start(
		kind: 'mailcow' | 'migadu',
		options: { validate?: boolean; rateLimit?: MigaduRateLimit } = {},
	) {
		this.child = fork(path.join(__dirname, '..', 'children', 'emulator.ts'), [], {
			execArgv: ['--import', 'tsx'],
			stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
		});
		this.child.on('message', (reply: { id: number; result?: unknown; error?: string }) => {
			const waiter = this.waiting.get(reply.id);
			this.waiting.delete(reply.id);
			if (reply.error !== undefined) waiter?.reject(new Error(reply.error));
			else waiter?.resolve(reply.result);
		});
		const started = (await this.send({ cmd: 'start', kind, ...options })) as {
			url: string;
			credentials: Record<string, string>;
		};
		this.url = started.url;
		this.credentials = started.credentials;
		return this;
	}

	send(command: EmulatorCommand): Promise<unknown> {
		const id = this.nextId++;
		return new Promise((resolve, reject) => {
			this.waiting.set(id, { resolve, reject });
			this.child!.send({ id, command });
		});
	}

	async reset(
		options: Omit<Extract<EmulatorCommand, { cmd: 'reset' }>, 'cmd'>,
	): Promise<EmulatorStats> {
		return (await this.send({ cmd: 'reset', ...options })) as EmulatorStats;
	}

	async stats(): Promise<EmulatorStats> {
		return (await this.send({ cmd: 'stats' })) as EmulatorStats;
	}

	async requests(): Promise<LoggedRequest[]> {
		return (await this.send({ cmd: 'requests' })) as LoggedRequest[];
	}

	async stop() {
		if (!this.child) return;
		const exited = new Promise((resolve) => this.child!.once('exit', resolve));
		await this.send({ cmd: 'stop' });
		await exited;
		this.child = undefined;
	}
}
