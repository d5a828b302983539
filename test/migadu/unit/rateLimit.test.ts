/* eslint-disable @n8n/community-nodes/no-restricted-globals */
import { marginMs, resetRateLimits, throttle } from '../../../nodes/Migadu/shared/rateLimit';

/** Whether `promise` settles before the event loop's next turn (i.e. without any waiting). */
async function settlesAtOnce(promise: Promise<unknown>): Promise<boolean> {
	const later = new Promise((resolve) => setImmediate(() => resolve('later')));
	return (await Promise.race([promise.then(() => 'now'), later])) === 'now';
}

describe('Migadu rate limiter', () => {
	beforeEach(() => resetRateLimits());

	it('is off with a limit of 0', async () => {
		const before = Date.now();
		await Promise.all(
			Array.from({ length: 50 }, () => throttle('off', { limit: 0, windowMs: 1000 })),
		);
		expect(Date.now() - before).toBeLessThan(500);
	});

	it('reserves slots synchronously: concurrent callers start in order, N per window after the answers', async () => {
		const rate = { limit: 2, windowMs: 80 };
		const started: number[] = [];
		const answered: number[] = [];
		const order: number[] = [];
		await Promise.all(
			Array.from({ length: 6 }, async (_, i) => {
				const done = await throttle('k', rate);
				order.push(i);
				started[i] = Date.now();
				// The answer arrives a little later.
				await new Promise((resolve) => setImmediate(resolve));
				answered[i] = Date.now();
				done!();
			}),
		);
		expect(order).toEqual([0, 1, 2, 3, 4, 5]);
		for (let i = rate.limit; i < 6; i++) {
			expect(started[i] - answered[i - rate.limit]).toBeGreaterThanOrEqual(
				rate.windowMs + marginMs(rate.windowMs) - 1,
			);
		}
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
		const before = Date.now();
		(await throttle('lost', rate))!();
		expect(Date.now() - before).toBeGreaterThanOrEqual(2 * rate.windowMs - 5);
	});

	it('a cancelled execution stops waiting, sends nothing and does not block the queue', async () => {
		const rate = { limit: 1, windowMs: 5_000 };
		(await throttle('cancel', rate))!();
		const controller = new AbortController();
		const waiting = throttle('cancel', rate, controller.signal);
		controller.abort();
		expect(await waiting).toBeNull();
		// The cancelled slot counts as answered at once: the next caller waits one window from now,
		// not for an answer that never comes.
		const next = new AbortController();
		const after = throttle('cancel', rate, next.signal);
		expect(await settlesAtOnce(after)).toBe(false);
		next.abort();
		expect(await after).toBeNull();
	});
});
