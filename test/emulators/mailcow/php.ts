// PHP semantics that mailcow's answers depend on (intval, empty, its validators), and the
// shapes every add/edit/delete answer shares.
import type { EmulatorResponse } from '../core';

/** PHP's intval(): "1" → 1, "true" → 0, true → 1, "10abc" → 10, arrays → 0 or 1. */
export function intval(value: unknown): number {
	if (typeof value === 'number') return Number.isFinite(value) ? Math.trunc(value) : 0;
	if (typeof value === 'boolean') return value ? 1 : 0;
	if (typeof value === 'string') {
		const match = /^\s*[+-]?\d+/.exec(value);
		return match ? parseInt(match[0], 10) : 0;
	}
	if (Array.isArray(value)) return value.length > 0 ? 1 : 0;
	if (value && typeof value === 'object') return Object.keys(value).length > 0 ? 1 : 0;
	return 0;
}

/** PHP's empty(): undefined, null, "", "0", 0, false and [] are empty. */
export function isEmpty(value: unknown): boolean {
	if (
		value === undefined ||
		value === null ||
		value === false ||
		value === '' ||
		value === '0' ||
		value === 0
	) {
		return true;
	}
	return Array.isArray(value) && value.length === 0;
}

export function str(value: unknown): string {
	if (value === undefined || value === null || value === false) return '';
	if (value === true) return '1';
	return String(value);
}

const DOMAIN =
	/^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]{0,61}[a-z0-9]$/i;
export const isValidDomain = (value: unknown): value is string =>
	typeof value === 'string' && DOMAIN.test(value);

const LOCAL = /^[a-z0-9!#$%&'*+/=?^_`{|}~.-]+$/i;
export const isValidLocalPart = (value: string) => LOCAL.test(value) && value.length <= 64;

export function isValidEmail(value: unknown): boolean {
	if (typeof value !== 'string') return false;
	const at = value.lastIndexOf('@');
	return at > 0 && isValidLocalPart(value.slice(0, at)) && isValidDomain(value.slice(at + 1));
}

/** Split like mailcow's preg_split on comma, semicolon, whitespace and newlines. */
export const splitList = (value: unknown): string[] =>
	(Array.isArray(value) ? value.map(str) : str(value).split(/[\s,;]+/))
		.map((s) => s.trim())
		.filter(Boolean);

/** mailcow's `(array)$items`: a string becomes a list of one, an object its values. */
export function asItems(value: unknown): unknown[] {
	if (value === undefined || value === null) return [];
	if (Array.isArray(value)) return value;
	if (typeof value === 'object') return Object.values(value);
	return [value];
}

/** How mailcow echoes items in its log: a plain value becomes a list of one. */
export const echoItems = (value: unknown): unknown =>
	value !== null && typeof value === 'object' ? value : value === undefined ? [] : [value];

export const now = () => new Date().toISOString().slice(0, 19).replace('T', ' ');
export const MIB = 1048576;

export type Msg = string | [string, ...unknown[]];
export interface Entry {
	type: 'success' | 'danger' | 'warning';
	log: unknown[];
	msg: Msg;
}

export const PASSWORD_LOG = ['password_check', null, null];

/** The request body as mailcow logs it: every password field replaced by "*". */
export function masked(data: unknown): unknown {
	if (!data || typeof data !== 'object' || Array.isArray(data)) return data;
	const copy: Record<string, unknown> = { ...(data as Record<string, unknown>) };
	for (const key of ['password', 'password2']) if (key in copy) copy[key] = '*';
	return copy;
}

/** A PHP array that is empty encodes as `[]`, so an empty body is logged that way. */
export const phpJson = (data: unknown) =>
	data && typeof data === 'object' && !Array.isArray(data) && Object.keys(data).length === 0
		? []
		: data;

/** The answer of an add/edit/delete: the entries, or the single object when there are none. */
export function writeAnswer(entries: Entry[]): EmulatorResponse {
	return {
		status: 200,
		body: entries.length > 0 ? entries : { type: 'success', msg: 'Task completed' },
	};
}

/** GET answers: `{}` for nothing found, never `[]`. */
export const getAnswer = (body: unknown): EmulatorResponse => ({
	status: 200,
	body: body === undefined || (Array.isArray(body) && body.length === 0) ? {} : body,
});
