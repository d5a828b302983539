/* eslint-disable @n8n/community-nodes/no-hardcoded-secrets -- the emulator's own demo keys, not secrets */
// A stateful emulator of mailcow's admin API (/api/v1/...), answering the way mailcow's own
// json_api.php does: the gateway checks (key, allow-list, route, method, JSON) below, then the
// route handlers in ./routes, which keep their data in ./state.
import { Emulator, type EmulatorResponse, type RecordedRequest } from '../core';
import { MailcowState } from './state';
import { routeRequest } from './nginx';
import { routes, type MailcowRouteContext, type MailcowSession } from './routes';
import { WorkerPool, workerTime } from './routes/race';
import { corsHeaders, preflight } from './routes/cors';
import { releaseValidator, validateMailcowRequest } from './validation';

export * from './state';
export type { MailcowRouteContext, MailcowHandler, MailcowSession } from './routes';

export interface MailcowEmulatorOptions {
	apiKey?: string;
	readOnlyApiKey?: string;
	/** Client IPs the keys are allowed from (mailcow's `allow_from`); default: loopback. */
	allowFrom?: string[];
	/**
	 * Whether POST /api/v1/send/email exists (mailcow's SMTP API documentation). Stock mailcow
	 * releases do not have it and answer 404 "route not found"; default true.
	 */
	sendEmailRoute?: boolean;
	/**
	 * Validate every request that reaches a route against mailcow's OpenAPI spec (with the
	 * corrections of spec-corrections.ts) and answer 400 naming the errors; default true.
	 */
	validateRequests?: boolean;
	/** PHP workers handling requests side by side (the recorded install had 4). */
	phpWorkers?: number;
}

export const MAILCOW_RW_KEY = 'EMU1AB-RW2CD3-EF4567-89ABCD-EF0123';
export const MAILCOW_RO_KEY = 'EMU1AB-RO2CD3-EF4567-89ABCD-EF0123';
let sessionCounter = 0;
/** Unique per process, which is all a session id has to be here. */
const newSessionId = () =>
	`${Date.now().toString(36)}${(++sessionCounter).toString(36)}${Math.random().toString(36).slice(2, 8)}`;

const LOOPBACK = ['127.0.0.1', '::1', '::ffff:127.0.0.1'];

const isTaskCompleted = (body: unknown) =>
	!!body &&
	typeof body === 'object' &&
	(body as { msg?: unknown }).msg === 'Task completed' &&
	(body as { type?: unknown }).type === 'success';

/** PHP's json_encode: "/" and non-ASCII characters escaped. */
const phpJson = (value: unknown) =>
	JSON.stringify(value)
		.replace(/\//g, '\\/')
		.replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

/** Top-level keys containing "pass" are masked in the API log. */
function maskPasswords(value: unknown): unknown {
	if (!value || typeof value !== 'object' || Array.isArray(value)) return value;
	return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, /pass/i.test(k) ? '*' : v]));
}

/**
 * mailcow writes every authenticated API request to its api log (get/logs/api) before routing:
 * unix time, the URI, method, client address and the posted fields as `name='json'`.
 */
function logApiRequest(state: MailcowState, request: RecordedRequest) {
	let data = '';
	if (request.method === 'POST' && request.body !== null && typeof request.body === 'object') {
		const action = request.route?.[0];
		const body = request.body as Record<string, unknown>;
		const fields: Array<[string, unknown]> =
			action === 'add'
				? [['attr', body]]
				: action === 'delete'
					? [['items', body]]
					: [
							['items', body.items],
							['attr', body.attr],
						];
		data = fields
			.filter(([, v]) => v !== undefined)
			.map(([name, v]) => `${name}='${phpJson(maskPasswords(v))}'`)
			.join(', ');
	}
	state.apiLog.unshift({
		time: Math.floor(Date.now() / 1000),
		uri: request.rawPath,
		method: request.method,
		remote: request.remoteAddress.replace(/^::ffff:/, ''),
		data,
	});
	// Bounded, so long benchmark runs do not grow it without end.
	if (state.apiLog.length > 10000) state.apiLog.length = 10000;
}

const gatewayError = (
	status: number,
	msg: string,
	contentType = 'application/json',
): EmulatorResponse => ({
	status,
	body: { type: 'error', msg },
	contentType,
});

export class MailcowEmulator extends Emulator {
	readonly apiKey: string;
	readonly readOnlyApiKey: string;
	allowFrom: string[];
	sendEmailRoute: boolean;
	validateRequests: boolean;
	/**
	 * Time each request spends in its PHP worker before it is answered (0 by default): lets
	 * requests sent together overlap, as real mailcow's do, for tests that count them.
	 */
	latencyMs = 0;
	/**
	 * Paths (below the host) answered with PHP-FPM's bare HTTP 500, as when mailcow's own code
	 * dies: for tests of what the node does with a failed request in the middle of a run.
	 */
	failing?: RegExp;
	state = new MailcowState();
	/** Answers the validator rejected since the last reset (method, path, errors). */
	readonly rejected: Array<{ method: string; path: string; errors: string[] }> = [];
	private sessions = new Map<string, MailcowSession>();
	private workers: WorkerPool;
	private running = false;
	private static runningCount = 0;

	constructor(options: MailcowEmulatorOptions = {}) {
		super();
		this.apiKey = options.apiKey ?? MAILCOW_RW_KEY;
		this.readOnlyApiKey = options.readOnlyApiKey ?? MAILCOW_RO_KEY;
		this.allowFrom = options.allowFrom ?? LOOPBACK;
		this.sendEmailRoute = options.sendEmailRoute ?? true;
		this.validateRequests = options.validateRequests ?? true;
		this.workers = new WorkerPool(options.phpWorkers ?? 4);
	}

	async start(port = 0, host = '127.0.0.1'): Promise<string> {
		const url = await super.start(port, host);
		this.running = true;
		MailcowEmulator.runningCount++;
		return url;
	}

	async stop(): Promise<void> {
		await super.stop();
		if (!this.running) return;
		this.running = false;
		// The spec validator lives in a worker thread; the last emulator to stop ends it.
		if (--MailcowEmulator.runningCount === 0) await releaseValidator();
	}

	/** The most writes (POST requests) in mailcow's hands at once since the last reset. */
	peakWrites = 0;
	private writesInFlight = 0;

	reset() {
		this.peakWrites = 0;
		this.latencyMs = 0;
		this.failing = undefined;
		this.state = new MailcowState();
		this.sessions.clear();
		this.rejected.length = 0;
		this.resetLog();
	}

	protected async handle(request: RecordedRequest): Promise<EmulatorResponse> {
		if (this.failing?.test(request.rawPath)) return { status: 500, body: '' };
		// Every answer, errors included, starts a PHP session; a client that sends the cookie back
		// gets the same session (and whatever mailcow left in it).
		const cookie = /(?:^|;\s*)MCSESSID=([A-Za-z0-9,-]+)/.exec(String(request.headers.cookie ?? ''));
		const sessionId = cookie?.[1] ?? newSessionId();
		const session = this.sessions.get(sessionId) ?? { pending: [] };
		const write = request.method === 'POST';
		if (write) this.peakWrites = Math.max(this.peakWrites, ++this.writesInFlight);
		const response = await this.workers
			.run(async () => {
				if (this.latencyMs > 0) await workerTime(this.latencyMs);
				return await this.answer(request, session);
			})
			.finally(() => {
				if (write) this.writesInFlight--;
			});
		if (session.pending.length > 0) this.sessions.set(sessionId, session);
		// Every answer but a refused key carries the CORS headers of edit/cors.
		const cors = response.status === 401 ? {} : corsHeaders(this.state, request, this.url);
		return {
			...response,
			headers: {
				...cors,
				...response.headers,
				'Set-Cookie': `MCSESSID=${sessionId}; path=/; secure; HttpOnly`,
			},
		};
	}

	private async answer(
		request: RecordedRequest,
		session: MailcowSession,
	): Promise<EmulatorResponse> {
		// nginx first: it decodes and normalises the path and may refuse it with its own 400 page.
		const routed = routeRequest(request.target);
		if (routed && 'html' in routed) {
			return { status: routed.status, body: routed.html, contentType: 'text/html; charset=utf-8' };
		}
		if (request.headers['sec-fetch-dest'] && request.headers['sec-fetch-dest'] !== 'empty') {
			return { status: 403, body: '' };
		}
		// mailcow sanitises the key to [a-zA-Z0-9-] before looking it up.
		const rawKey = request.headers['x-api-key'];
		const key = typeof rawKey === 'string' ? rawKey.replace(/[^a-zA-Z0-9-]/g, '') : '';
		let access: 'rw' | 'ro' | 'none' = 'none';
		if (key) {
			if (key === this.apiKey) access = 'rw';
			else if (key === this.readOnlyApiKey) access = 'ro';
			// The real 401 is sent as text/html although the body is JSON.
			else return gatewayError(401, 'authentication failed', 'text/html; charset=UTF-8');
			const ip = request.remoteAddress.replace(/^::ffff:/, '');
			if (!this.allowFrom.includes(request.remoteAddress) && !this.allowFrom.includes(ip)) {
				return gatewayError(401, `api access denied for ip ${ip}`, 'text/html; charset=UTF-8');
			}
		}

		// A CORS preflight is answered before routing (after the key check).
		const answered = preflight(this.state, request);
		if (answered) return answered;
		if (!routed) return gatewayError(404, 'route not found');
		// `query[]=…` makes $_GET['query'] an array: explode() throws, the handler prints nothing.
		if (!routed.query) return { status: 200, body: '' };
		request.route = routed.query;
		if (access !== 'none') logApiRequest(this.state, request);
		const [action = '', category = '', ...rest] = routed.query;
		// Handlers read PHP's $_GET (e.g. ?tags=), not the raw query string.
		const query = Object.fromEntries(
			Object.entries(routed.get).filter((e): e is [string, string] => typeof e[1] === 'string'),
		);
		const phpRequest: RecordedRequest = { ...request, query };
		const context: MailcowRouteContext = {
			request: phpRequest,
			access,
			action,
			category,
			rest,
			state: this.state,
			sendEmailRoute: this.sendEmailRoute,
			session,
			validate: this.validateRequests ? (body) => this.validate(phpRequest, body) : undefined,
		};
		const response = await routes(context);
		// Entries mailcow kept in the session go in front of the next entry list; an answer
		// without entries of its own ("Task completed") is the kept entries alone.
		if (session.pending.length > 0 && context.action !== 'get') {
			if (Array.isArray(response.body))
				response.body = [...session.pending.splice(0), ...(response.body as unknown[])];
			else if (isTaskCompleted(response.body)) response.body = session.pending.splice(0);
		}
		return response;
	}

	private async validate(
		request: RecordedRequest,
		body: unknown,
	): Promise<EmulatorResponse | undefined> {
		// The route as json_api.php saw it, one encoded segment per element of its split.
		const path = `/api/v1/${(request.route ?? []).map(encodeURIComponent).join('/')}`;
		const errors = await validateMailcowRequest({
			method: request.method,
			path,
			// json_api.php's own `query` parameter is the route, not an API parameter.
			query: Object.fromEntries(Object.entries(request.query).filter(([k]) => k !== 'query')),
			headers: request.headers,
			body,
		});
		if (!errors || errors.length === 0) return undefined;
		this.rejected.push({ method: request.method, path, errors });
		return {
			status: 400,
			body: {
				type: 'error',
				msg: `request does not match the mailcow API spec: ${errors.join('; ')}`,
				errors,
			},
		};
	}
}
