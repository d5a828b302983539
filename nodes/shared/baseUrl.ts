/**
 * The one Base URL rule of each API. Users paste the address of the web interface, the API root,
 * or either with a trailing slash or surrounding spaces; every request goes to `<address><path>`:
 * mailcow `https://mail.example.com/api/v1`, Migadu `https://api.migadu.com/v1`.
 *
 * n8n evaluates `requestDefaults.baseURL` and a credential test's `baseURL` as expressions, which
 * cannot call this module; `expression` is therefore written from the same steps as `root`, so
 * routed requests, credential tests, list searches and triggers cannot drift apart.
 */
export interface ApiRoot {
	/** The API path below the server's address, e.g. `/api/v1`. */
	readonly path: string;
	/** The API root for a Base URL as typed: `" https://mail.example.com/api/v1/ "` → `https://mail.example.com/api/v1`. */
	root(baseUrl: unknown): string;
	/** The same rule as an n8n expression over `$credentials.baseUrl` (for requestDefaults and credential tests). */
	readonly expression: string;
}

function escapeRegExp(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

function apiRoot(path: string): ApiRoot {
	// Trailing slashes, then the API path if pasted, then the slashes before it.
	const steps = [/\/+$/, new RegExp(`${escapeRegExp(path)}$`, 'i'), /\/+$/];
	const replaced = steps.map((step) => `.replace(/${step.source}/${step.flags}, "")`).join('');
	return {
		path,
		root: (baseUrl) =>
			`${steps.reduce((url, step) => url.replace(step, ''), String(baseUrl ?? '').trim())}${path}`,
		expression: `={{ ($credentials.baseUrl || "").trim()${replaced} }}${path}`,
	};
}

/** mailcow: `<web interface address>/api/v1`. */
export const MAILCOW_API = apiRoot('/api/v1');

/** Migadu: `<address>/v1` (default address https://api.migadu.com). */
export const MIGADU_API = apiRoot('/v1');
