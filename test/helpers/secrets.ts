import type { RunNodeResult } from './runNode';

/**
 * Every string reachable from `value`: own properties, enumerable or not (`cause`, `config`,
 * `request`), followed recursively; Buffers read as latin1. The workflow's node definition
 * (`node`, `parameters`) is the user's own workflow and left out.
 */
function strings(value: unknown, seen = new Set<unknown>()): string[] {
	if (typeof value === 'string') return [value];
	if (!value || typeof value !== 'object' || seen.has(value)) return [];
	seen.add(value);
	if (Buffer.isBuffer(value)) return [value.toString('latin1')];
	return Object.getOwnPropertyNames(value)
		.filter((key) => key !== 'node' && key !== 'parameters')
		.flatMap((key) => {
			let child: unknown;
			try {
				child = (value as Record<string, unknown>)[key];
			} catch {
				return [];
			}
			return strings(child, seen);
		});
}

/**
 * Everything of a run that n8n shows, stores or could log, as one text: the output items (errors
 * included), the run data as n8n saves it, and the in-memory errors with their whole `cause` chain
 * and every hidden property (what a logger or an error reporter would see).
 */
export function everythingOf(result: RunNodeResult): string {
	const withoutWorkflow = (key: string, value: unknown) =>
		key === 'node' || key === 'parameters' ? undefined : value;
	const errors = [result.error, ...result.items.map((item) => item.error)].filter(Boolean);
	return [
		JSON.stringify(result.items, withoutWorkflow),
		JSON.stringify(result.run, withoutWorkflow),
		...errors.flatMap((error) => strings(error)),
	].join('\n');
}

/** Fails when any of `secrets` (or its URL-encoded or base64 form) appears anywhere in the run. */
export function expectNoSecret(result: RunNodeResult, ...secrets: string[]): void {
	const text = everythingOf(result);
	for (const secret of secrets) {
		expect(text).not.toContain(secret);
		expect(text).not.toContain(encodeURIComponent(secret));
		expect(text).not.toContain(Buffer.from(secret).toString('base64').slice(0, 20));
	}
}
