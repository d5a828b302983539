import type { IDataObject } from 'n8n-workflow';

/**
 * Simplified records: mailcow reads quotas back in bytes (writes take MiB), flags as 0/1 ints with
 * `*_int` twins, lists as comma strings. The simplified shape uses MiB, booleans and arrays.
 */
export function toMiB(bytes: unknown): number {
	const n = Number(bytes ?? 0);
	return Number.isFinite(n) ? Math.round((n / 1048576) * 100) / 100 : 0;
}

/** mailcow flags (0/1, "1", true) as booleans. */
export const flag = (value: unknown) => value === 1 || value === '1' || value === true;

/** A record's `rl` ({value, frame}) as "10/m", or null without a limit. */
export function rateLimit(rl: unknown): string | null {
	if (!rl || typeof rl !== 'object') return null;
	const { value, frame } = rl as IDataObject;
	return `${String(value)}/${String(frame)}`;
}
