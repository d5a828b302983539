import { NodeApiError, NodeOperationError, type INode, type JsonObject } from 'n8n-workflow';

/**
 * Errors without secrets. n8n keeps an error in the execution data and hands it to loggers and
 * error reporting; an error n8n builds from a failed request keeps that request (headers with the
 * API key, the body with passwords) as its `cause`, and a server may echo what it received. The
 * item runner (items.ts) rebuilds every error of every operation with `withoutSecrets`.
 */

// Short values would blank out ordinary words; keys and passwords the APIs accept are longer.
const MIN_SECRET_LENGTH = 4;

/** The values worth masking, each also as JSON-escaped and URL-encoded text. */
function forms(secrets: string[]): string[] {
	const values = secrets.filter((secret) => secret.length >= MIN_SECRET_LENGTH);
	const all = values.flatMap((secret) => [
		secret,
		JSON.stringify(secret).slice(1, -1),
		encodeURIComponent(secret),
	]);
	// Longest first, so a secret containing another is masked whole.
	return [...new Set(all)].sort((a, b) => b.length - a.length);
}

/** `text` with each secret replaced by `***`. */
export function scrub(text: string, secrets: string[]): string {
	return forms(secrets).reduce((result, form) => result.split(form).join('***'), text);
}

/** A JSON value with every string scrubbed. */
export function scrubJson<T>(value: T, secrets: string[]): T {
	return JSON.parse(scrub(JSON.stringify(value) ?? 'null', secrets)) as T;
}

// password, password2, smtp_password — not password_method or password_recovery_email.
const PASSWORD_KEY = /^(?:.*_)?passw(?:or)?d\d*$/i;

/** Every string a JSON request body carries under a password key, at any depth. */
export function bodySecrets(body: unknown): string[] {
	// A serialised body (Email → Send's Buffer) is not walked byte by byte.
	if (!body || typeof body !== 'object' || ArrayBuffer.isView(body)) return [];
	return Object.entries(body as Record<string, unknown>).flatMap(([key, value]) =>
		typeof value === 'string' && PASSWORD_KEY.test(key) ? [value] : bodySecrets(value),
	);
}

const clean = new WeakSet<object>();

/**
 * `error` as a new n8n error without the request it may carry: same message, description and
 * HTTP code, its details (mailcow's entries, Migadu's answer) only when they are plain data, and
 * every secret masked. An error this function returned is returned as is.
 */
export function withoutSecrets(
	node: INode,
	error: NodeApiError | NodeOperationError,
	secrets: string[],
	itemIndex: number,
): NodeApiError | NodeOperationError {
	if (clean.has(error)) return error;
	const message = scrub(error.message, secrets);
	const description = error.description ? scrub(error.description, secrets) : undefined;
	let rebuilt: NodeApiError | NodeOperationError;
	if (error instanceof NodeApiError) {
		const details =
			error.errorResponse && !(error.errorResponse instanceof Error)
				? scrubJson(error.errorResponse, secrets)
				: {};
		rebuilt = new NodeApiError(node, details as JsonObject, {
			message,
			description,
			httpCode: error.httpCode ?? undefined,
			itemIndex,
			failure: error.failure,
		});
		// NodeApiError derives a message from an empty code or body; keep the original one.
		rebuilt.message = message;
	} else {
		rebuilt = new NodeOperationError(node, message, {
			description,
			itemIndex,
			failure: error.failure,
		});
	}
	clean.add(rebuilt);
	return rebuilt;
}
