/* eslint-disable @n8n/community-nodes/no-restricted-globals */
import {
	marginMs,
	resetRateLimits,
	throttle,
	useClock,
	type Clock,
} from '../../../nodes/Migadu/shared/rateLimit';

/** Lets every pending promise chain run (several turns of the event loop). */
async function flush() {
	for (let i = 0; i < 10; i++) await new Promise((resolve) => setImmediate(resolve));
}

/** A clock that moves only when the test says so: the limiter's waits become exact. */
class ManualClock implements Clock {
	time = 0;
	private timers: Array<{ at: number; wake: () => void }> = [];

	now() {
		return this.time;
	}

	async sleep(ms: number) {
		await new Promise<void>((wake) => this.timers.push({ at: this.time + ms, wake }));
	}

	/** Moves time forward by `ms`, waking each sleeper at its moment, in order. */
	async advance(ms: number) {
		const end = this.time + ms;
		for (;;) {
			await flush();
			this.timers.sort((a, b) => a.at - b.at);
			const next = this.timers[0];
			if (!next || next.at > end) break;
			this.timers.shift();
			this.time = Math.max(this.time, next.at);
			next.wake();
		}
		this.time = end;
		await flush();
	}
}

/** Whether `promise` settles before the event loop's next turn (i.e. without any waiting). */
async function settlesAtOnce(promise: Promise<unknown>): Promise<boolean> {
	const later = new Promise((resolve) => setImmediate(() => resolve('later')));
	return (await Promise.race([promise.then(() => 'now'), later])) === 'now';
}

describe('Migadu rate limiter', () => {
	let clock: ManualClock;
	beforeEach(() => {
		resetRateLimits();
		clock = new ManualClock();
		useClock(clock);
	});
	afterAll(() => useClock());

	it('is off with a limit of 0', async () => {
		const all = Promise.all(
			Array.from({ length: 50 }, () => throttle('off', { limit: 0, windowMs: 1000 })),
		);
		expect(await settlesAtOnce(all)).toBe(true);
	});

	it('reserves slots synchronously: concurrent callers start in order, N per window after the answers', async () => {
		const rate = { limit: 2, windowMs: 80 };
		const started: number[] = [];
		const order: number[] = [];
		const all = Promise.all(
			Array.from({ length: 6 }, async (_, i) => {
				const done = await throttle('k', rate);
				order.push(i);
				started[i] = clock.now();
				// The answer arrives 5 ms later.
				await clock.sleep(5);
				done!();
			}),
		);
		await clock.advance(1_000);
		await all;
		const wait = rate.windowMs + marginMs(rate.windowMs);
		expect(order).toEqual([0, 1, 2, 3, 4, 5]);
		// Request k starts one window (plus margin) after request k−2's answer.
		expect(started).toEqual([0, 0, 5 + wait, 5 + wait, 10 + 2 * wait, 10 + 2 * wait]);
	});

	it('keeps one queue per key', async () => {
		const rate = { limit: 1, windowMs: 200 };
		(await throttle('account-a', rate))!();
		expect(await settlesAtOnce(throttle('account-b', rate))).toBe(true);
		expect(await settlesAtOnce(throttle('account-a', rate))).toBe(false);
	});

	it('a request that never got an answer releases its successor after one window', async () => {
		const rate = { limit: 1, windowMs: 60 };
		await throttle('lost', rate); // never answered
		let startedAt: number | undefined;
		const next = throttle('lost', rate).then((done) => {
			startedAt = clock.now();
			done!();
		});
		await clock.advance(1_000);
		await next;
		// One window waiting for the lost answer, then one window (plus margin) after that moment.
		expect(startedAt).toBe(2 * rate.windowMs + marginMs(rate.windowMs));
	});

	it('a cancelled execution stops waiting, sends nothing and does not block the queue', async () => {
		const rate = { limit: 1, windowMs: 5_000 };
		(await throttle('cancel', rate))!();
		const controller = new AbortController();
		const waiting = throttle('cancel', rate, controller.signal);
		controller.abort();
		await clock.advance(1_000);
		expect(await waiting).toBeNull();
		// The cancelled slot counts as answered at once (at 0): the next caller waits one window
		// from then, not for an answer that never comes.
		let startedAt: number | undefined;
		const after = throttle('cancel', rate).then((done) => {
			startedAt = clock.now();
			done!();
		});
		await clock.advance(20_000);
		await after;
		expect(startedAt).toBe(rate.windowMs + marginMs(rate.windowMs));
	});
});
