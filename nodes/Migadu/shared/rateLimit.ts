import { sleep } from 'n8n-workflow';

/**
 * Migadu allows about 60 requests per 2 minutes and blocks the caller's IP beyond that (403
 * "Request forbidden by administrative rules"). This sliding-window limiter lives in module
 * scope, keyed by base URL + account, so it spans items, operations and executions of the same
 * n8n process.
 *
 * RoutingNode starts every item's request at once, so a slot is reserved synchronously when a
 * request asks for it: request k may start only `window` after request k−N started (N = limit).
 * The predecessor's *actual* start time is used (timers fire late under load), plus a small
 * margin for the time between here and Migadu receiving the request.
 */
export interface RateLimit {
	/** Requests allowed per window; 0 turns the limiter off. */
	limit: number;
	windowMs: number;
}

export const DEFAULT_RATE_LIMIT: RateLimit = { limit: 60, windowMs: 120_000 };

interface Slot {
	/** Planned start, replaced by the real start once the request is released. */
	at: number;
	started: Promise<void>;
	release: () => void;
}

const queues = new Map<string, Slot[]>();

/** Headroom per window for network and event-loop delay between release and arrival. */
export function marginMs(windowMs: number): number {
	return Math.min(2_000, Math.max(15, windowMs * 0.04));
}

function reserve(
	key: string,
	{ limit, windowMs }: RateLimit,
	now: number,
): { slot: Slot; previous?: Slot } {
	const queue = queues.get(key) ?? [];
	queues.set(key, queue);
	// Only the last N slots can hold a new request back.
	while (queue.length > limit) queue.shift();
	const previous = queue.length === limit ? queue[0] : undefined;
	const last = queue[queue.length - 1];
	const planned = Math.max(
		now,
		previous ? previous.at + windowMs + marginMs(windowMs) : now,
		last?.at ?? now,
	);
	let release = () => {};
	const started = new Promise<void>((resolve) => (release = resolve));
	const slot: Slot = { at: planned, started, release };
	queue.push(slot);
	return { slot, previous };
}

/**
 * Waits until a request may be sent under `rate` and counts it. Resolves immediately when the
 * limiter is off or the window has room.
 */
export async function throttle(key: string, rate: RateLimit): Promise<void> {
	if (!(rate.limit > 0) || !(rate.windowMs > 0)) return;
	const { slot, previous } = reserve(key, rate, Date.now());
	if (previous) {
		await previous.started;
		const earliest = () => previous.at + rate.windowMs + marginMs(rate.windowMs);
		while (Date.now() < earliest()) await sleep(earliest() - Date.now());
	} else if (slot.at > Date.now()) {
		await sleep(slot.at - Date.now());
	}
	slot.at = Date.now();
	slot.release();
}

/** Forgets every queue (tests that change the clock's meaning between runs). */
export function resetRateLimits(): void {
	queues.clear();
}
