/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals */
// Shared base of the Mailcow and Migadu emulators: a real HTTP server on loopback with a request
// log, resettable in-memory state (kept by the subclasses) and fault switches that imitate what
// real servers and the proxies in front of them do.
import http from 'node:http';
import https from 'node:https';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
	method: string;
	/** The request target (path and query string) exactly as it arrived. */
	target: string;
	/** Path without the query string, still percent-encoded exactly as it arrived. */
	rawPath: string;
	/**
	 * Decoded path segments as a WHATWG URL layer sees them: "." and ".." segments (also %2E)
	 * resolved, empty segments dropped.
	 */
	segments: string[];
	/** What the emulated server's own routing made of the target (mailcow: the `query` split on "/"). */
	route?: string[];
	query: Record<string, string>;
	headers: http.IncomingHttpHeaders;
	/** Parsed JSON body, the raw text when it is not JSON, or null when there was none. */
	body: unknown;
	rawBody: string;
	remoteAddress: string;
}

export interface EmulatorResponse {
	status: number;
	/** Serialised with JSON.stringify unless it is a string (then sent verbatim). */
	body?: unknown;
	contentType?: string;
	headers?: Record<string, string>;
}

export type Fault =
	| { kind: 'emptyBody' }
	| { kind: 'html'; status?: number }
	| { kind: 'serverError'; status?: number; text?: string }
	| { kind: 'slow'; delayMs: number }
	| { kind: 'reset' }
	/** A JSON answer of the test's choosing (a server answer the emulator never gives itself). */
	| { kind: 'json'; status?: number; body: unknown };

interface ArmedFault {
	fault: Fault;
	remaining: number;
	match?: (request: RecordedRequest) => boolean;
}

export const HTML_PAGE =
	'<!DOCTYPE html><html><head><title>301 Moved Permanently</title></head><body><h1>Moved Permanently</h1></body></html>';

export abstract class Emulator {
	readonly requests: RecordedRequest[] = [];
	/** Serve HTTPS with this key and certificate (set before start; the URL then says https). */
	tls?: { key: string; cert: string };
	/** Benchmarks switch this off so the log does not grow with every request. */
	logRequests = true;
	/** CPU time spent in the emulator's own handlers, in microseconds (for benchmarks). */
	handlerCpuMicros = 0;
	handledRequests = 0;

	private server?: http.Server | https.Server;
	private faults: ArmedFault[] = [];
	private beforeHandling: Array<(request: RecordedRequest) => void> = [];
	private readonly sockets = new Set<import('node:net').Socket>();

	url = '';

	protected abstract handle(request: RecordedRequest): EmulatorResponse | Promise<EmulatorResponse>;

	/** Puts the state back to what the constructor seeded and forgets requests and faults. */
	abstract reset(): void;

	/**
	 * Arms a fault for the next `times` requests (default 1) that match `match` (default: all).
	 * The faulted request is logged but never reaches the emulator's state.
	 */
	injectFault(
		fault: Fault,
		options: { times?: number; match?: (r: RecordedRequest) => boolean } = {},
	) {
		this.faults.push({ fault, remaining: options.times ?? 1, match: options.match });
	}

	/**
	 * Runs `hook` with every later request just before the emulator's state handles it (after
	 * any fault): a test's way to let "another client" change the server at that moment.
	 * Forgotten on reset, like faults.
	 */
	onBeforeHandling(hook: (request: RecordedRequest) => void) {
		this.beforeHandling.push(hook);
	}

	clearFaults() {
		this.faults = [];
		this.beforeHandling = [];
	}

	clearRequests() {
		this.requests.length = 0;
	}

	protected resetLog() {
		this.clearRequests();
		this.clearFaults();
	}

	async start(port = 0, host = '127.0.0.1'): Promise<string> {
		const handler = (req: http.IncomingMessage, res: http.ServerResponse) =>
			void this.onRequest(req, res);
		this.server = this.tls ? https.createServer(this.tls, handler) : http.createServer(handler);
		this.server.keepAliveTimeout = 5000;
		this.server.on('connection', (socket) => {
			this.sockets.add(socket);
			socket.on('close', () => this.sockets.delete(socket));
		});
		await new Promise<void>((resolve, reject) => {
			this.server!.once('error', reject);
			this.server!.listen(port, host, () => resolve());
		});
		const address = this.server.address() as AddressInfo;
		this.url = `${this.tls ? 'https' : 'http'}://${host}:${address.port}`;
		return this.url;
	}

	async stop(): Promise<void> {
		if (!this.server) return;
		for (const socket of this.sockets) socket.destroy();
		await new Promise<void>((resolve) => this.server!.close(() => resolve()));
		this.server = undefined;
	}

	private async onRequest(req: http.IncomingMessage, res: http.ServerResponse) {
		const chunks: Buffer[] = [];
		for await (const chunk of req) chunks.push(chunk as Buffer);
		const request = parseRequest(req, Buffer.concat(chunks).toString('utf8'));
		if (this.logRequests) this.requests.push(request);

		const armed = this.faults.find((f) => f.remaining > 0 && (!f.match || f.match(request)));
		if (armed) {
			armed.remaining--;
			if (await this.applyFault(armed.fault, req, res)) return;
		}

		let response: EmulatorResponse;
		const started = process.cpuUsage();
		try {
			for (const hook of this.beforeHandling) hook(request);
			response = await this.handle(request);
		} catch (error) {
			response = {
				status: 500,
				body: `emulator error: ${(error as Error).message}`,
				contentType: 'text/plain',
			};
		}
		const used = process.cpuUsage(started);
		this.handlerCpuMicros += used.user + used.system;
		this.handledRequests++;
		send(res, response);
	}

	/** Returns true when the fault answered the request itself. */
	private async applyFault(fault: Fault, req: http.IncomingMessage, res: http.ServerResponse) {
		switch (fault.kind) {
			case 'slow':
				await new Promise((resolve) => setTimeout(resolve, fault.delayMs));
				return false;
			case 'reset':
				req.socket.destroy();
				return true;
			case 'emptyBody':
				send(res, { status: 200, body: '', contentType: 'application/json' });
				return true;
			case 'html':
				send(res, {
					status: fault.status ?? 200,
					body: HTML_PAGE,
					contentType: 'text/html; charset=UTF-8',
				});
				return true;
			case 'json':
				send(res, {
					status: fault.status ?? 200,
					body: fault.body,
					contentType: 'application/json',
				});
				return true;
			case 'serverError':
				send(res, {
					status: fault.status ?? 502,
					body: fault.text ?? 'Bad Gateway',
					contentType: 'text/plain; charset=UTF-8',
				});
				return true;
		}
	}
}

function parseRequest(req: http.IncomingMessage, rawBody: string): RecordedRequest {
	const target = req.url ?? '/';
	const url = new URL(target, 'http://emulator.local');
	let body: unknown = null;
	if (rawBody.length > 0) {
		try {
			body = JSON.parse(rawBody);
		} catch {
			body = rawBody;
		}
	}
	return {
		method: req.method ?? 'GET',
		target,
		rawPath: target.split('?')[0],
		segments: url.pathname
			.split('/')
			.filter((s) => s.length > 0)
			.map((s) => safeDecode(s)),
		query: Object.fromEntries(url.searchParams.entries()),
		headers: req.headers,
		body,
		rawBody,
		remoteAddress: req.socket.remoteAddress ?? '',
	};
}

function safeDecode(segment: string) {
	try {
		return decodeURIComponent(segment);
	} catch {
		return segment;
	}
}

function send(res: http.ServerResponse, response: EmulatorResponse) {
	const text =
		response.body === undefined
			? ''
			: typeof response.body === 'string'
				? response.body
				: JSON.stringify(response.body);
	res.writeHead(response.status, {
		'Content-Type': response.contentType ?? 'application/json',
		'Content-Length': Buffer.byteLength(text),
		...response.headers,
	});
	res.end(text);
}
