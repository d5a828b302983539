/**
 * Pure conversions of user input into what Migadu accepts. They return a value or an error text
 * (never throw), so the callers can name the field and the item in the error they raise.
 */
export type Converted<T> = { value: T } | { error: string };

const DOMAIN_CHARS = /^[^\s/?#@:\\%[\]]+$/;

/**
 * The ASCII (punycode) form of a domain name. Migadu only knows domains in punycode, in paths and
 * in addresses. Node code may not import node:url, so the WHATWG URL parser does the conversion.
 */
export function toAsciiDomain(input: string): Converted<string> {
	const domain = input.trim().replace(/\.$/, '');
	if (!domain) return { error: 'is empty' };
	if (!DOMAIN_CHARS.test(domain) || !domain.includes('.')) {
		return { error: `"${input}" is not a domain name such as example.com` };
	}
	try {
		return { value: new URL(`http://${domain}`).hostname };
	} catch {
		return { error: `"${input}" is not a valid domain name` };
	}
}

/** An email address with its domain in punycode; `local@domain` with both parts non-empty. */
export function toAsciiAddress(input: string): Converted<string> {
	const address = input.trim();
	const at = address.lastIndexOf('@');
	if (at <= 0 || at === address.length - 1 || /\s/.test(address)) {
		return { error: `"${input}" is not an email address` };
	}
	const domain = toAsciiDomain(address.slice(at + 1));
	if ('error' in domain)
		return { error: `"${input}" is not an email address (its domain ${domain.error})` };
	return { value: `${address.slice(0, at)}@${domain.value}` };
}

/** An address, or a bare domain (allow/deny lists accept both). */
export function toAsciiEntry(input: string): Converted<string> {
	if (input.includes('@')) return toAsciiAddress(input);
	const domain = toAsciiDomain(input);
	if ('error' in domain)
		return { error: `"${input}" is neither an email address nor a domain name` };
	return domain;
}

/**
 * A list typed as comma-, semicolon- or newline-separated text, or given as an array by an
 * expression. Empty entries are dropped, so an empty value means an empty list.
 */
export function splitList(input: unknown): string[] {
	const parts = Array.isArray(input)
		? input.flatMap((entry) => splitList(entry))
		: input === undefined || input === null
			? []
			: String(input).split(/[,;\n]/);
	return parts.map((part) => part.trim()).filter((part) => part.length > 0);
}

/** Converts every entry of a list; the first bad entry is the error. */
export function convertList(
	input: unknown,
	convert: (entry: string) => Converted<string>,
): Converted<string[]> {
	const values: string[] = [];
	for (const entry of splitList(input)) {
		const converted = convert(entry);
		if ('error' in converted) return converted;
		values.push(converted.value);
	}
	return { value: values };
}

/**
 * A calendar date as Migadu wants it (`YYYY-MM-DD`), by one rule for every date field:
 * - a day without a time offset (`2026-12-31`, or n8n's date picker `2026-12-31T00:30:00`) is
 *   that day as written;
 * - an instant (a JS Date, an ISO string with `Z` or an offset, a Luxon DateTime) is the calendar
 *   day it falls on in `timeZone`, the workflow's time zone (`getTimezone()`): in Europe/Berlin,
 *   `2026-12-30T23:30:00Z` is 2026-12-31.
 */
export function toDate(input: unknown, timeZone: string): Converted<string> {
	const instant = toInstant(input);
	if (instant) return { value: dayIn(instant, timeZone) };
	const text = String(input ?? '').trim();
	const match = /^(\d{4})-(\d{2})-(\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$/.exec(text);
	if (!match) return { error: `"${text}" is not a date in the form YYYY-MM-DD` };
	const [, year, month, day] = match;
	const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
	if (date.getUTCMonth() !== Number(month) - 1 || date.getUTCDate() !== Number(day)) {
		return { error: `"${text}" is not a real calendar date` };
	}
	return { value: `${year}-${month}-${day}` };
}

/** A JS Date, a Luxon DateTime (anything with toJSDate) or an ISO string with Z or an offset. */
function toInstant(input: unknown): Date | undefined {
	if (input instanceof Date) return Number.isNaN(input.getTime()) ? undefined : input;
	if (input && typeof input === 'object' && 'toJSDate' in input) {
		const date = (input as { toJSDate: () => unknown }).toJSDate();
		return date instanceof Date ? toInstant(date) : undefined;
	}
	const text = String(input ?? '').trim();
	if (!/^\d{4}-\d{2}-\d{2}[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})$/i.test(text)) return undefined;
	const date = new Date(text);
	return Number.isNaN(date.getTime()) ? undefined : date;
}

/** The calendar day (YYYY-MM-DD) of an instant in a time zone. */
function dayIn(instant: Date, timeZone: string): string {
	const parts = new Intl.DateTimeFormat('en-US', {
		timeZone,
		year: 'numeric',
		month: '2-digit',
		day: '2-digit',
	}).formatToParts(instant);
	const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
	return `${part('year')}-${part('month')}-${part('day')}`;
}

/** The local part of `local` or `local@domain`; the domain, when given, must be `domain`. */
export function toLocalPart(input: string, domain: string): Converted<string> {
	const text = input.trim();
	if (!text) return { error: 'is empty' };
	const at = text.lastIndexOf('@');
	if (at < 0) return { value: text };
	const given = toAsciiDomain(text.slice(at + 1));
	if ('error' in given) return { error: `"${input}": the domain ${given.error}` };
	if (given.value !== domain) {
		return { error: `"${input}" is not an address of the domain ${domain}` };
	}
	if (at === 0) return { error: `"${input}" has no local part` };
	return { value: text.slice(0, at) };
}
