// Figures of repeated measurements and their formatting for the console and results.md.

export interface Summary {
	median: number;
	min: number;
	max: number;
	n: number;
}

export function summarize(values: number[]): Summary {
	const sorted = [...values].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	const median = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
	return { median, min: sorted[0], max: sorted[sorted.length - 1], n: sorted.length };
}

/** A number with `digits` significant decimals, never in exponent form. */
export function fmt(value: number, digits = 2): string {
	if (!Number.isFinite(value)) return String(value);
	const abs = Math.abs(value);
	const decimals = abs >= 100 ? 0 : abs >= 10 ? Math.max(0, digits - 1) : digits;
	return value.toFixed(decimals);
}

export const fmtSummary = (s: Summary, digits = 2) =>
	`${fmt(s.median, digits)} (${fmt(s.min, digits)}–${fmt(s.max, digits)})`;

export const mib = (bytes: number) => bytes / (1024 * 1024);

/** Ratio of medians, and of the pairwise ratios (run i of A against run i of B). */
export function ratio(a: number[], b: number[]): { ofMedians: number; pairs: Summary } {
	const pairs = a.map((value, i) => value / b[i]);
	return { ofMedians: summarize(a).median / summarize(b).median, pairs: summarize(pairs) };
}

export function markdownTable(header: string[], rows: Array<Array<string | number>>): string {
	const line = (cells: Array<string | number>) => `| ${cells.map(String).join(' | ')} |`;
	return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

/** The same table as aligned plain text for the console. */
export function textTable(header: string[], rows: Array<Array<string | number>>): string {
	const all = [header, ...rows].map((r) => r.map(String));
	const widths = header.map((_, i) => Math.max(...all.map((r) => (r[i] ?? '').length)));
	const line = (r: string[]) => r.map((c, i) => c.padEnd(widths[i])).join('  ');
	return [
		line(all[0]),
		widths.map((w) => '-'.repeat(w)).join('  '),
		...all.slice(1).map(line),
	].join('\n');
}
