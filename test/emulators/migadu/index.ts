/* eslint-disable @n8n/community-nodes/no-hardcoded-secrets -- the emulator's own demo key, not a secret */
// A stateful emulator of Migadu's admin API (https://api.migadu.com/v1): HTTP Basic auth, the
// rate limit with its IP block, the DELETE-answers-500 quirk, then the resource routes in
// ./routes, which keep their data in ./state.
import { Emulator, type EmulatorResponse, type RecordedRequest } from '../core';
import { route } from './routes';
import { MigaduState } from './state';

export const MIGADU_USER = 'admin@example.com';
export const MIGADU_KEY = 'emu-migadu-api-key-0123456789';

export interface MigaduRateLimit {
	/** Requests allowed per window and client IP (Migadu: about 60). */
	limit: number;
	/** Sliding window length (Migadu: 2 minutes). */
	windowMs: number;
	/** How long an IP stays blocked after going over (default: one window). */
	blockMs?: number;
}

export interface MigaduEmulatorOptions {
	user?: string;
	apiKey?: string;
	/** Off by default so functional tests are not slowed down. */
	rateLimit?: MigaduRateLimit;
	/** Answer every DELETE with HTTP 500 after deleting (a documented Migadu bug). */
	deleteAnswers500?: boolean;
	/**
	 * Answer every DELETE that worked with HTTP 200 and an empty body: Migadu documents a
	 * forwarding's DELETE as answering the deleted object or nothing.
	 */
	deleteAnswersEmpty?: boolean;
}

// What Migadu's front servers answer when the rate limit is exceeded or the IP is blocked.
const FORBIDDEN_PAGE =
	'<html><head><title>403 Forbidden</title></head><body><h1>Forbidden</h1><p>Request forbidden by administrative rules.</p></body></html>';

export class MigaduEmulator extends Emulator {
	readonly user: string;
	readonly apiKey: string;
	rateLimit?: MigaduRateLimit;
	deleteAnswers500: boolean;
	deleteAnswersEmpty: boolean;
	state = new MigaduState();
	/** Requests refused with 403 by the rate limit (also while blocked). */
	forbidden = 0;
	/** Requests refused with 401 (wrong account email or API key). */
	unauthorized = 0;
	/** Arrival times (performance.now()) of the requests that got past the rate limit. */
	readonly arrivals: number[] = [];

	private windows = new Map<string, number[]>();
	private blockedUntil = new Map<string, number>();

	constructor(options: MigaduEmulatorOptions = {}) {
		super();
		this.user = options.user ?? MIGADU_USER;
		this.apiKey = options.apiKey ?? MIGADU_KEY;
		this.rateLimit = options.rateLimit;
		this.deleteAnswers500 = options.deleteAnswers500 ?? false;
		this.deleteAnswersEmpty = options.deleteAnswersEmpty ?? false;
	}

	reset() {
		this.state = new MigaduState();
		this.forbidden = 0;
		this.unauthorized = 0;
		this.arrivals.length = 0;
		this.windows.clear();
		this.blockedUntil.clear();
		this.deleteAnswers500 = false;
		this.deleteAnswersEmpty = false;
		this.resetLog();
	}

	/** Compatibility with the first skeleton: the domain records. */
	get domains() {
		return [...this.state.domains.values()].map((d) => d.record);
	}

	protected handle(request: RecordedRequest): EmulatorResponse {
		if (this.rateLimited(request)) {
			this.forbidden++;
			return { status: 403, body: FORBIDDEN_PAGE, contentType: 'text/html' };
		}
		this.arrivals.push(performance.now());
		const expected = 'Basic ' + Buffer.from(`${this.user}:${this.apiKey}`).toString('base64');
		if (request.headers.authorization !== expected) {
			this.unauthorized++;
			return { status: 401, body: { error: 'Unauthorized' } };
		}
		const response = route(request, this.state);
		if (this.deleteAnswers500 && request.method === 'DELETE' && response.status === 200) {
			return {
				status: 500,
				body: 'Internal Server Error',
				contentType: 'text/plain; charset=utf-8',
			};
		}
		if (this.deleteAnswersEmpty && request.method === 'DELETE' && response.status === 200) {
			return { status: 200, body: '', contentType: 'application/json' };
		}
		return response;
	}

	/** Blocks every client IP for `ms` (what Migadu does after repeated failures). */
	blockAll(ms: number) {
		this.blockedUntil.set('*', performance.now() + ms);
	}

	/** Sliding window per client IP; going over blocks the IP for `blockMs`. */
	private rateLimited(request: RecordedRequest): boolean {
		const now = performance.now();
		if ((this.blockedUntil.get('*') ?? 0) > now) return true;
		const limit = this.rateLimit;
		if (!limit) return false;
		const ip = request.remoteAddress;
		if ((this.blockedUntil.get(ip) ?? 0) > now) return true;
		const window = (this.windows.get(ip) ?? []).filter((t) => t > now - limit.windowMs);
		this.windows.set(ip, window);
		if (window.length >= limit.limit) {
			this.blockedUntil.set(ip, now + (limit.blockMs ?? limit.windowMs));
			return true;
		}
		window.push(now);
		return false;
	}
}
