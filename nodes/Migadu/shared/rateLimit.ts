import { sleep } from 'n8n-workflow';

/**
 * Migadu allows about 60 requests per 2 minutes and blocks the caller's IP beyond that (403
 * "Request forbidden by administrative rules"). This sliding-window limiter lives in module
 * scope, keyed by base URL + account, so it spans items, operations and executions of the same
 * n8n process.
 *
 * RoutingNode starts every item's request at once, so each request reserves its place in the
 * queue synchronously. Request k may start only once the window has passed since Migadu surely
 * received request k−N (N = limit): that is when k−N's answer came back. Counting from the
 * moment k−N was sent would not do: a slow first connection can make it arrive late, and two
 * requests would then land in the same window on Migadu's side.
 */
export interface RateLimit {
	/** Requests allowed per window; 0 turns the limiter off. */
	limit: number;
	windowMs: number;
}

export const DEFAULT_RATE_LIMIT: RateLimit = { limit: 60, windowMs: 120_000 };

/** Called when the request's answer has arrived (or it failed). */
export type Done = () => void;

interface Slot {
	started: Promise<void>;
	start: () => void;
	answered: Promise<void>;
	answer: Done;
	answeredAt?: number;
}

const queues = new Map<string, Slot[]>();

/** Time as the limiter sees it: milliseconds, and a pause. Tests replace it to control time. */
export interface Clock {
	now(): number;
	sleep(ms: number): Promise<void>;
}

const systemClock: Clock = { now: () => Date.now(), sleep: async (ms) => await sleep(ms) };
let clock: Clock = systemClock;

/** Makes the limiter use `replacement` (a test's controllable clock); no argument: the system clock. */
export function useClock(replacement: Clock = systemClock): void {
	clock = replacement;
}

/** Headroom for clock granularity between our clock and the server's. */
export function marginMs(windowMs: number): number {
	return Math.min(1_000, Math.max(3, windowMs * 0.005));
}

function newSlot(): Slot {
	let start = () => {};
	let answer = () => {};
	const started = new Promise<void>((resolve) => (start = resolve));
	const answered = new Promise<void>((resolve) => (answer = resolve));
	const slot: Slot = { started, start, answered, answer: () => {} };
	slot.answer = () => {
		slot.answeredAt ??= clock.now();
		answer();
	};
	return slot;
}

// n8n's sleep cannot be aborted: long waits go in steps so a cancelled execution stops waiting
// (and sends nothing) within a second.
const STEP_MS = 1_000;

/** Waits for `slot`'s answer until `untilMs`; false when cancelled. */
async function waitFor(slot: Slot, untilMs: number, signal?: AbortSignal): Promise<boolean> {
	while (slot.answeredAt === undefined && clock.now() < untilMs) {
		if (signal?.aborted) return false;
		await Promise.race([slot.answered, clock.sleep(Math.min(STEP_MS, untilMs - clock.now()))]);
	}
	return !signal?.aborted;
}

/** Waits until `untilMs`; false when cancelled. */
async function pauseUntil(untilMs: number, signal?: AbortSignal): Promise<boolean> {
	while (clock.now() < untilMs) {
		if (signal?.aborted) return false;
		await clock.sleep(Math.min(STEP_MS, untilMs - clock.now()));
	}
	return !signal?.aborted;
}

async function waitForTurn(
	slot: Slot,
	previous: Slot | undefined,
	last: Slot | undefined,
	rate: RateLimit,
	signal?: AbortSignal,
) {
	if (previous) {
		await previous.started;
		// A request that failed without an answer releases its successor after one window.
		if (!(await waitFor(previous, clock.now() + rate.windowMs, signal))) return false;
		const answeredAt = previous.answeredAt ?? clock.now();
		if (!(await pauseUntil(answeredAt + rate.windowMs + marginMs(rate.windowMs), signal)))
			return false;
	}
	// Keep the order of reservation.
	if (last) await last.started;
	return !signal?.aborted;
}

/**
 * Waits until a request may be sent under `rate` and counts it. Returns the callback to call
 * when its answer arrives, or null when `signal` aborted first (the request must not be sent).
 * Resolves at once when the limiter is off or the window has room.
 */
export async function throttle(
	key: string,
	rate: RateLimit,
	signal?: AbortSignal,
): Promise<Done | null> {
	if (!(rate.limit > 0) || !(rate.windowMs > 0)) return () => {};
	const queue = queues.get(key) ?? [];
	queues.set(key, queue);
	// Only the last N slots can hold a new request back; the reservation is synchronous.
	while (queue.length > rate.limit) queue.shift();
	const previous = queue.length === rate.limit ? queue[0] : undefined;
	const last = queue[queue.length - 1];
	const slot = newSlot();
	queue.push(slot);

	const go = await waitForTurn(slot, previous, last, rate, signal);
	slot.start();
	if (go) return slot.answer;
	// A cancelled slot counts as answered at once, so nobody behind it waits for ever.
	slot.answer();
	return null;
}

/** Forgets every queue. */
export function resetRateLimits(): void {
	queues.clear();
}
