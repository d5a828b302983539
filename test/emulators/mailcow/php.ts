// PHP semantics that mailcow's answers depend on (intval, empty, its validators), and the
// shapes every add/edit/delete answer shares.
/* eslint-disable @n8n/community-nodes/no-restricted-imports */
import { domainToASCII, domainToUnicode } from 'node:url';
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

/**
 * PHP's FILTER_VALIDATE_EMAIL, which mailcow applies to every address (php-src
 * ext/filter/logical_filters.c), for unquoted addresses: at most 254 characters; a local part of
 * at most 64, dot-separated atoms of letters, digits and !#$%&'*+-/=?^_`{|}~; at least two
 * domain labels of letters and digits with hyphens only inside, at most 63 characters each, the
 * last one starting with a letter (or `xn--`), so `a@example.1a` is refused. Quoted local parts
 * and address literals (`a@[192.0.2.1]`) are not modelled.
 */
const PHP_EMAIL =
	/^(?=.{1,254}$)(?=[^@]{1,64}@)[a-z0-9!#$%&'*+\-/=?^_`{|}~]+(?:\.[a-z0-9!#$%&'*+\-/=?^_`{|}~]+)*@(?!.*[^.]{64})(?:(?:xn--)?[a-z0-9]+(?:-+[a-z0-9]+)*\.)+(?:[a-z][a-z0-9]*|xn--[a-z0-9]+)(?:-+[a-z0-9]+)*$/i;

export const isValidEmail = (value: unknown): boolean =>
	typeof value === 'string' && PHP_EMAIL.test(value);

/**
 * PHP's idn_to_ascii as mailcow applies it: only add/domain, add/mailbox, add/alias, edit/domain,
 * get/domain and edit/alias's new address convert a Unicode domain to punycode; get/mailbox,
 * get/alias (and edit/alias's ids), edit/mailbox and the delete routes do not (observed,
 * `transport` group). Anything that is not a convertible domain stays as it was (and then fails
 * mailcow's own checks).
 */
export function idnToAscii(domain: string): string {
	if (/^[ -~]*$/.test(domain)) return domain;
	return domainToASCII(domain) || domain;
}

/** An address whose domain mailcow converts (add/alias): `local@bücher.test` → `local@xn--….test`. */
export function idnAddress(address: string): string {
	const at = address.lastIndexOf('@');
	return at < 0 ? address : `${address.slice(0, at + 1)}${idnToAscii(address.slice(at + 1))}`;
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

/**
 * mailcow's exception handler: a PHP or database error becomes a danger entry in the PHP
 * session and the answer is HTTP 200 with an empty body. Clients that send the MCSESSID cookie
 * back find the entry in front of their next answer.
 */
export function caughtException(session: { pending: Entry[] } | undefined, msg: Msg) {
	session?.pending.push({ type: 'danger', log: ['exception_handler'], msg });
	return { status: 200, body: '' };
}

/** The message of a PDOException as the exception handler stores it. */
export const mysqlError = (code: number, text: string, state = '23000'): Msg => [
	'mysql_error',
	{ errorInfo: [state, code, text] },
];

/** A PHP TypeError as the exception handler prints it (print_r of the Error object). */
export const phpTypeError = (message: string, file: string, line: number): Msg =>
	`An unknown error occured: TypeError Object\n(\n    [message:protected] => ${message}\n    [string:Error:private] => \n    [code:protected] => 0\n    [file:protected] => ${file}\n    [line:protected] => ${line}\n    [trace:Error:private] => Array\n        (\n        )\n\n    [previous:Error:private] => \n)\n` as Msg;

/** The object mailcow prints when a function returned false without an entry. */
export const genericError = (what: 'add' | 'edit' | 'delete', status = 200): EmulatorResponse => ({
	status,
	body: { type: 'error', msg: `Cannot ${what} item` },
});

/**
 * The delete loop of bcc, recipient_map, tls-policy-map and syncjob: numeric ids in order; a
 * non-numeric id stops the loop with the generic error (earlier ids are already deleted). With
 * `checked`, an unknown id answers access_denied (bcc, syncjob); without, mailcow does not look
 * and every numeric id is "deleted" (recipient_map, tls-policy-map).
 */
export function deleteNumericIds(
	ids: unknown,
	store: Map<number, unknown>,
	entryLog: unknown[],
	deleted: string,
	checked: boolean,
): EmulatorResponse {
	const entries: Entry[] = [];
	for (const id of asItems(ids).map(str)) {
		if (!/^\d+$/.test(id)) return genericError('delete');
		if (!store.delete(Number(id)) && checked) {
			entries.push({ type: 'danger', log: entryLog, msg: 'access_denied' });
			continue;
		}
		entries.push({ type: 'success', log: entryLog, msg: [deleted, id] });
	}
	return writeAnswer(entries);
}

/** PHP's htmlspecialchars() with ENT_QUOTES. */
export const htmlEscape = (value: string) =>
	value
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/"/g, '&quot;')
		.replace(/'/g, '&#039;');

/** A JSON object body as a record (anything else: empty). */
export const record = (value: unknown): Record<string, unknown> =>
	value && typeof value === 'object' && !Array.isArray(value)
		? (value as Record<string, unknown>)
		: {};

/** The `{ items, attr }` of an edit payload. */
export function editPayload(payload: unknown): { items: unknown; attr: Record<string, unknown> } {
	const { items, attr } = record(payload);
	return { items, attr: record(attr) };
}

/** Unix time in seconds. */
export const unixNow = () => Math.floor(Date.now() / 1000);

/** PHP's natsort order (numeric runs compare as numbers). */
export const naturalCompare = (a: string, b: string) =>
	a.localeCompare(b, 'en', { numeric: true, sensitivity: 'case' });

// PHP's FILTER_VALIDATE_IP refuses leading zeros ("01").
const IPV4 = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;
/** An IPv4 or IPv6 address, optionally with a /prefix (mailcow's valid_network). */
export function isValidNetwork(value: string): boolean {
	const [ip, prefix, extra] = value.split('/');
	if (extra !== undefined) return false;
	if (IPV4.test(ip)) return prefix === undefined || (/^\d+$/.test(prefix) && +prefix <= 32);
	if (/^[0-9a-f:.]+$/i.test(ip) && ip.includes(':') && isIpv6(ip))
		return prefix === undefined || (/^\d+$/.test(prefix) && +prefix <= 128);
	return false;
}

/**
 * PHP's FILTER_VALIDATE_IP for IPv6: eight groups, or fewer with one "::" (at least one zero
 * group); the last two groups may be written as an IPv4 address ("::ffff:192.0.2.1").
 */
function isIpv6(address: string): boolean {
	let ip = address;
	let tailGroups = 0;
	const colon = ip.lastIndexOf(':');
	if (ip.slice(colon + 1).includes('.')) {
		if (!IPV4.test(ip.slice(colon + 1))) return false;
		ip = ip.endsWith('::', colon + 1) ? ip.slice(0, colon + 1) : ip.slice(0, colon);
		tailGroups = 2;
	}
	const parts = ip.split('::');
	if (parts.length > 2) return false;
	const groups = parts.flatMap((p) => (p === '' ? [] : p.split(':')));
	if (!groups.every((g) => /^[0-9a-f]{1,4}$/i.test(g))) return false;
	const count = groups.length + tailGroups;
	return parts.length === 2 ? count < 8 : count === 8;
}

/** A DNS host name (mailcow's is_valid_domain_name applied to hosts). */
export const isValidHostname = (value: string) =>
	/^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$/i.test(
		value,
	);

/** PHP's idn_to_utf8: the readable form of a punycode name (domain_h_name). */
export function idnToUnicode(domain: string): string {
	return domain.includes('xn--') ? domainToUnicode(domain) || domain : domain;
}
