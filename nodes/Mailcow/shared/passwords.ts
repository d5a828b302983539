import { randomInt } from 'crypto';

const UPPER = 'ABCDEFGHJKLMNPQRSTUVWXYZ';
const LOWER = 'abcdefghijkmnopqrstuvwxyz';
const DIGITS = '23456789';
// Symbols that survive JSON, shells, URLs in SOGo and mailcow's own password checks unchanged.
const SYMBOLS = '-_.+#%';
const ALL = UPPER + LOWER + DIGITS + SYMBOLS;

function pick(set: string): string {
	return set[randomInt(set.length)];
}

/**
 * A crypto-strong password that meets mailcow's default policy and also its strictest optional
 * rules (length, upper and lower case, digits, special characters): at least one character of
 * each class, shuffled with a Fisher–Yates pass.
 */
export function generatePassword(length = 20): string {
	const chars = [pick(UPPER), pick(LOWER), pick(DIGITS), pick(SYMBOLS)];
	while (chars.length < length) chars.push(pick(ALL));
	for (let i = chars.length - 1; i > 0; i--) {
		const j = randomInt(i + 1);
		[chars[i], chars[j]] = [chars[j], chars[i]];
	}
	return chars.join('');
}

/** A domain-admin username: letters, digits and `_.-` only, as mailcow requires. */
export function generateUsername(prefix = 'admin'): string {
	let suffix = '';
	for (let i = 0; i < 8; i++) suffix += pick(LOWER + DIGITS);
	return `${prefix}_${suffix}`;
}
