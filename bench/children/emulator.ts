/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals */
// One emulator in a process of its own, driven over IPC by bench/lib/emulatorHost.ts. Kept apart
// from the process being measured, so its CPU time is its own and never counted as the node's.
import http from 'node:http';
import { MailcowEmulator, MAILCOW_RW_KEY } from '../../test/emulators/mailcow';
import { MigaduEmulator, MIGADU_KEY, MIGADU_USER } from '../../test/emulators/migadu';
import type { Emulator } from '../../test/emulators/core';
import type { EmulatorCommand, EmulatorStats } from '../lib/emulatorHost';

// Bytes on the wire, counted below the emulator (its own code is left as it is).
const traffic = { bytesOut: 0, bytesIn: 0 };
const originalWrite = http.ServerResponse.prototype.write;
const originalEnd = http.ServerResponse.prototype.end;
const size = (chunk: unknown) =>
	typeof chunk === 'string' ? Buffer.byteLength(chunk) : Buffer.isBuffer(chunk) ? chunk.length : 0;
http.ServerResponse.prototype.write = function (
	this: http.ServerResponse,
	chunk: unknown,
	...rest: unknown[]
) {
	traffic.bytesOut += size(chunk);
	return (originalWrite as (...a: unknown[]) => boolean).call(this, chunk, ...rest);
} as typeof originalWrite;
http.ServerResponse.prototype.end = function (
	this: http.ServerResponse,
	chunk?: unknown,
	...rest: unknown[]
) {
	if (typeof chunk !== 'function') traffic.bytesOut += size(chunk);
	return (originalEnd as (...a: unknown[]) => http.ServerResponse).call(this, chunk, ...rest);
} as typeof originalEnd;
const originalEmit = http.Server.prototype.emit;
http.Server.prototype.emit = function (this: http.Server, event: string, ...args: unknown[]) {
	if (event === 'request') {
		const req = args[0] as http.IncomingMessage;
		req.on('data', (chunk: Buffer) => (traffic.bytesIn += chunk.length));
	}
	return (originalEmit as (...a: unknown[]) => boolean).call(this, event, ...args);
} as typeof originalEmit;

let emulator: Emulator | undefined;

// Section 7: each mailcow write holds a PHP worker for a realistic time (the emulator's answer
// runs inside its worker pool of 4, like PHP-FPM), without changing the emulator's code.
let writeDelayMs = 0;
type Answer = (
	this: MailcowEmulator,
	request: { method: string },
	...rest: unknown[]
) => Promise<unknown>;
const prototype = MailcowEmulator.prototype as unknown as { answer: Answer };
const originalAnswer = prototype.answer;
prototype.answer = async function (this: MailcowEmulator, request, ...rest) {
	if (writeDelayMs > 0 && request.method !== 'GET')
		await new Promise((resolve) => setTimeout(resolve, writeDelayMs));
	return await originalAnswer.call(this, request, ...rest);
};
let cpuAtReset = process.cpuUsage();

function mailcow() {
	if (!(emulator instanceof MailcowEmulator)) throw new Error('not a mailcow emulator');
	return emulator;
}

function migadu() {
	if (!(emulator instanceof MigaduEmulator)) throw new Error('not a migadu emulator');
	return emulator;
}

function stats(): EmulatorStats {
	const cpu = process.cpuUsage(cpuAtReset);
	const e = emulator!;
	return {
		handledRequests: e.handledRequests,
		handlerCpuMicros: e.handlerCpuMicros,
		processCpuMicros: cpu.user + cpu.system,
		bytesOut: traffic.bytesOut,
		bytesIn: traffic.bytesIn,
		forbidden: e instanceof MigaduEmulator ? e.forbidden : 0,
		// Absolute times (ms since the epoch), comparable with the parent's clock.
		arrivals: e instanceof MigaduEmulator ? e.arrivals.map((t) => performance.timeOrigin + t) : [],
		mailboxes: e instanceof MailcowEmulator ? e.state.mailboxes.size : undefined,
	};
}

async function handle(command: EmulatorCommand): Promise<unknown> {
	switch (command.cmd) {
		case 'start': {
			emulator =
				command.kind === 'mailcow'
					? new MailcowEmulator({ validateRequests: command.validate ?? false })
					: new MigaduEmulator({ rateLimit: command.rateLimit });
			const url = await emulator.start();
			const credentials =
				command.kind === 'mailcow'
					? { baseUrl: url, apiKey: MAILCOW_RW_KEY }
					: { email: MIGADU_USER, apiKey: MIGADU_KEY, baseUrl: `${url}/v1` };
			return { url, credentials };
		}
		case 'reset': {
			emulator!.reset();
			emulator!.logRequests = command.logRequests;
			writeDelayMs = command.writeDelayMs ?? 0;
			emulator!.handledRequests = 0;
			emulator!.handlerCpuMicros = 0;
			traffic.bytesIn = 0;
			traffic.bytesOut = 0;
			for (const domain of command.mailcowDomains ?? []) {
				mailcow().state.addDomain({
					name: domain,
					mailboxes: 100000,
					quota: 1e9,
					maxquota: 1e9,
					aliases: 100000,
				});
			}
			for (let i = 0; i < (command.mailcowMailboxes ?? 0); i++) {
				const domains = command.mailcowDomains!;
				const domain = domains[i % domains.length];
				mailcow().state.addMailbox({
					username: `user${i}@${domain}`,
					name: `User ${i}`,
					password: `Seed-Password-${i}`,
					quota: 1024,
					tags: ['crm'],
				});
			}
			if (command.mailcowVersion) mailcow().state.version = command.mailcowVersion;
			if (command.mailcowSender) {
				mailcow().state.addMailbox({
					username: command.mailcowSender.user,
					password: command.mailcowSender.password,
				});
			}
			if (emulator instanceof MigaduEmulator) migadu().rateLimit = command.rateLimit;
			cpuAtReset = process.cpuUsage();
			return stats();
		}
		case 'stats':
			return stats();
		case 'requests':
			return emulator!.requests.map(({ method, rawPath, body, headers }) => ({
				method,
				rawPath,
				body,
				contentType: headers['content-type'],
			}));
		case 'stop':
			await emulator?.stop();
			setImmediate(() => process.exit(0));
			return null;
	}
}

process.on('message', (message: { id: number; command: EmulatorCommand }) => {
	handle(message.command).then(
		(result) => process.send!({ id: message.id, result }),
		(error: Error) => process.send!({ id: message.id, error: error.message }),
	);
});
process.on('disconnect', () => process.exit(0));
