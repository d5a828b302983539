/**
 * Email addresses as mailcow accepts them. mailcow validates addresses with PHP's
 * FILTER_VALIDATE_EMAIL (bare ASCII `local@domain`, no display name; at most 64 characters before
 * the @, 63 per domain label, 254 in all; the last label starts with a letter) and answers with
 * only the first failure, so the node checks all of them first and names the field and the
 * address (the `address` and `addresses` field kinds, fields.ts).
 */

const LOCAL_PART = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/;
const DOMAIN_LABEL = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$/;
/** FILTER_VALIDATE_EMAIL's last label starts with a letter (an IDN label too: xn--…). */
const TOP_LABEL = /^[A-Za-z]/;
/** FILTER_VALIDATE_EMAIL's limit for the whole address. */
const MAX_LENGTH = 254;

/** Why `address` is not acceptable to mailcow, or undefined when it is. */
export function addressProblem(address: string): string | undefined {
	if (/^[^<>]*<[^<>]+>\s*$/.test(address)) {
		return 'mailcow takes bare addresses; remove the display name and the angle brackets';
	}
	const at = address.lastIndexOf('@');
	if (at < 1 || at === address.length - 1) return 'it needs the form name@domain';
	const local = address.slice(0, at);
	const domain = address.slice(at + 1);
	if (local.length > 64 || !LOCAL_PART.test(local)) {
		return /[^\x20-\x7e]/.test(local)
			? 'mailcow accepts only ASCII characters in the part before @'
			: 'the part before @ is not valid (no spaces, quotes, or leading, trailing or double dots)';
	}
	const labels = domain.split('.');
	if (
		labels.length < 2 ||
		!labels.every((label) => DOMAIN_LABEL.test(label)) ||
		!TOP_LABEL.test(labels[labels.length - 1])
	) {
		return /[^\x20-\x7e]/.test(domain)
			? 'mailcow accepts only ASCII domains; write an international domain in its xn-- form'
			: `"${domain}" is not a valid domain name`;
	}
	if (address.length > MAX_LENGTH) return `it is longer than ${MAX_LENGTH} characters`;
	return undefined;
}

export interface AddressList {
	addresses: string[];
	/** The first bad entry, when there is one. */
	invalid?: { address: string; problem: string };
}

/**
 * A comma/semicolon/newline separated string, or an array of such strings (from an expression),
 * as a list of trimmed addresses without duplicates (compared case-insensitively), or the first
 * bad entry.
 */
export function parseAddressList(value: unknown): AddressList {
	if (value === undefined || value === null) return { addresses: [] };
	const parts = Array.isArray(value) ? value : [value];
	const addresses: string[] = [];
	const seen = new Set<string>();
	for (const part of parts) {
		if (part === undefined || part === null || part === '') continue;
		if (typeof part !== 'string') {
			return {
				addresses,
				invalid: {
					address: JSON.stringify(part) ?? String(part),
					problem: 'expected text such as name@example.com',
				},
			};
		}
		for (const raw of part.split(/[,;\n]/)) {
			const address = raw.trim();
			if (address === '') continue;
			const problem = addressProblem(address);
			if (problem) return { addresses, invalid: { address, problem } };
			const key = address.toLowerCase();
			if (seen.has(key)) continue;
			seen.add(key);
			addresses.push(address);
		}
	}
	return { addresses };
}
