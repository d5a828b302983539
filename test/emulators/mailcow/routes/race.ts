/* eslint-disable @n8n/community-nodes/no-restricted-imports -- the emulator is test code, not part of the package */
// What mailcow does when several requests run at once (mailcow-observed-2 → transport): PHP
// checks a domain's limits and duplicates, then inserts, and php-fpm runs a few requests side by
// side, so simultaneous creates can all pass the checks before any of them inserts.
import { setTimeout as sleep } from 'node:timers/promises';
import type { EmulatorResponse } from '../../core';
import type { Entry } from '../php';
import type { MailcowSession } from './index';

/** The time between mailcow's checks and its INSERT, long enough for loopback requests to overlap. */
export const CHECK_INSERT_GAP_MS = 15;

/** Waits between the checks and the insert of a create, letting other workers' requests run. */
export async function checkThenInsertGap(): Promise<void> {
	await sleep(CHECK_INSERT_GAP_MS);
}

/** A PHP worker's own time on a request (the emulator's `latencyMs`). */
export async function workerTime(ms: number): Promise<void> {
	await sleep(ms);
}

/**
 * A duplicate that passed the check hits the primary key: the PDOException is swallowed, the
 * answer is HTTP 200 with an empty body, and the error waits in the PHP session.
 */
export function duplicateKey(
	session: MailcowSession | undefined,
	log: unknown[],
	key: string,
): EmulatorResponse {
	const entry: Entry = {
		type: 'danger',
		log,
		msg: [
			'mysql_error',
			{ errorInfo: ['23000', 1062, `Duplicate entry '${key}' for key 'PRIMARY'`] },
		],
	};
	session?.pending.push(entry);
	return { status: 200, body: '' };
}

/**
 * php-fpm's worker pool: at most `size` requests are handled at once, the others wait for a
 * free worker (the recorder's pool had 4).
 */
export class WorkerPool {
	private busy = 0;
	private waiting: Array<() => void> = [];

	constructor(readonly size = 4) {}

	async run<T>(task: () => Promise<T>): Promise<T> {
		if (this.busy >= this.size) await new Promise<void>((resolve) => this.waiting.push(resolve));
		else this.busy++;
		try {
			return await task();
		} finally {
			const next = this.waiting.shift();
			if (next) next();
			else this.busy--;
		}
	}
}
