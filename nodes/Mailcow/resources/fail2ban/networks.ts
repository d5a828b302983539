/**
 * IP addresses and networks as mailcow's valid_network() takes them (PHP's FILTER_VALIDATE_IP
 * plus an optional prefix length): IPv4 without leading zeros and /0–32, IPv6 (also with an
 * embedded IPv4 tail) and /0–128. Checked before sending: mailcow splits a bad entry of a list
 * into pieces, and acknowledges an unban of anything with success.
 */
// BigInt() instead of literals: the build targets ES2019.
const ZERO = BigInt(0);
const BYTE = BigInt(8);
const WORD = BigInt(16);
const WORD_MASK = BigInt(0xffff);

const IPV4 = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;

/** An address as a number and its width in bits (32 or 128); undefined when invalid. */
function parseIp(ip: string): { bits: bigint; width: number } | undefined {
	if (IPV4.test(ip))
		return {
			bits: ip.split('.').reduce((n, part) => (n << BYTE) | BigInt(part), ZERO),
			width: 32,
		};
	if (!ip.includes(':') || !/^[0-9a-f:.]+$/i.test(ip)) return undefined;
	let text = ip;
	let tail: bigint[] = [];
	const last = text.slice(text.lastIndexOf(':') + 1);
	if (last.includes('.')) {
		const v4 = parseIp(last);
		if (!v4 || v4.width !== 32) return undefined;
		tail = [v4.bits >> WORD, v4.bits & WORD_MASK];
		// "::ffff:1.2.3.4" → "::ffff", "::1.2.3.4" → "::": the IPv4 part is the last two groups.
		text = text.slice(0, text.lastIndexOf(':') + 1);
		if (!text.endsWith('::')) text = text.slice(0, -1);
	}
	const halves = text.split('::');
	if (halves.length > 2) return undefined;
	const [head, rest] = halves.map((h) => (h === '' ? [] : h.split(':')));
	const groups = [...head, ...(rest ?? [])];
	if (!groups.every((g) => /^[0-9a-f]{1,4}$/i.test(g))) return undefined;
	const count = groups.length + tail.length;
	if (halves.length === 2 ? count > 7 : count !== 8) return undefined;
	const zeros = halves.length === 2 ? Array<bigint>(8 - count).fill(ZERO) : [];
	const words = [
		...head.map((g) => BigInt(`0x${g}`)),
		...zeros,
		...(rest ?? []).map((g) => BigInt(`0x${g}`)),
		...tail,
	];
	return { bits: words.reduce((n, w) => (n << WORD) | w, ZERO), width: 128 };
}

/** An address or network: its first address, prefix length and width; undefined when invalid. */
export function parseNetwork(
	value: string,
): { bits: bigint; prefix: number; width: number } | undefined {
	const [ip, prefix, extra] = value.split('/');
	if (extra !== undefined) return undefined;
	const parsed = parseIp(ip);
	if (!parsed) return undefined;
	if (prefix === undefined) return { ...parsed, prefix: parsed.width };
	if (!/^(0|[1-9]\d{0,2})$/.test(prefix) || Number(prefix) > parsed.width) return undefined;
	return { ...parsed, prefix: Number(prefix) };
}

/** Whether the address or network lies inside the network (both of the same IP version). */
export function inNetwork(value: string, network: string): boolean {
	const inner = parseNetwork(value);
	const outer = parseNetwork(network);
	if (!inner || !outer || inner.width !== outer.width || inner.prefix < outer.prefix) return false;
	const shift = BigInt(outer.width - outer.prefix);
	return inner.bits >> shift === outer.bits >> shift;
}

/** The problem of a value that must be an IP address or network (the field's `check`). */
export function networkProblem(value: string): string | undefined {
	return parseNetwork(value) ? undefined : `"${value}" is not an IP address or network`;
}

/**
 * The problem of a network to ban: mailcow refuses 0.0.0.0 and 0.0.0.0/0; any /0 (IPv6 `::/0`
 * too) would ban every address, so it is refused as well.
 */
export function banProblem(value: string): string | undefined {
	const parsed = parseNetwork(value);
	if (!parsed) return `"${value}" is not an IP address or network`;
	if (parsed.prefix === 0 || value === '0.0.0.0') return `"${value}" would ban every address`;
	return undefined;
}

/** A host name as mailcow's valid_hostname() takes it (the whitelist also accepts names). */
export const isHostname = (value: string) =>
	/^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$/i.test(
		value,
	);
