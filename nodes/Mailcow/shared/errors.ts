import {
	NodeApiError,
	type NodeOperationError,
	type IDataObject,
	type IN8nHttpFullResponse,
	type INode,
	type JsonObject,
} from 'n8n-workflow';
import {
	describeMessage,
	formatMessage,
	messageKey,
	messageText,
	type MailcowEntry,
} from './messages';

/**
 * Mailcow reports most failures with HTTP 200: write calls answer an array of entries whose
 * `type` is success/warning/info or danger/error, and one request may mix them (a multi-item
 * edit continues after a failed item). Auth, routing and method errors use 4xx with a single
 * `{type: "error", msg}` object, and a swallowed PHP error gives 200 with an empty body.
 */
const OK_TYPES = new Set(['success', 'warning', 'info']);

export const isFailedEntry = (entry: MailcowEntry) => !OK_TYPES.has(String(entry.type));

/** A create's answer names the new object with a success entry `[…_added, name]`. */
export function createdObject(entries: MailcowEntry[]): boolean {
	return entries.some(
		(entry) =>
			entry.type === 'success' && Array.isArray(entry.msg) && /_added$/.test(String(entry.msg[0])),
	);
}

export function isMailcowEntry(value: unknown): value is MailcowEntry {
	return typeof value === 'object' && value !== null && 'type' in value && 'msg' in value;
}

export interface AssertOptions {
	itemIndex?: number;
	kind: 'read' | 'write';
	/** The ids a multi-item write sent, so a partial failure can say which ones failed. */
	items?: string[];
	/** What the ids are (`["mailbox", "mailboxes"]`), to name them when mailcow does not. */
	what?: [string, string];
	/**
	 * A create whose answer mixes success and failure: whether the object was created anyway
	 * (then the failed entries are returned as warnings instead of thrown).
	 */
	created?: (entries: MailcowEntry[]) => boolean;
	/**
	 * Which of `items` failed, for a route that answers otherwise than one entry per id (edit/alias
	 * reports each dropped destination before its alias's own entry); else failedItems reads it.
	 */
	failed?: (entries: MailcowEntry[]) => string[];
	/**
	 * The entries as the node reads them, for a route whose answer misnames an object (edit/alias
	 * names an unknown alias by the alias before it); every other reading sees these.
	 */
	correct?: (entries: MailcowEntry[]) => MailcowEntry[];
	/** One more sentence for the description of a refusal. */
	hint?: string;
	/**
	 * A create mailcow may skip without a failure entry (it answers only "Task completed"): the
	 * name to be added and why mailcow skips it. Without an entry `created` accepts, it fails.
	 */
	skipped?: { name: string; reason: string };
}

/**
 * Throws a NodeApiError for any HTTP failure or failed entry; returns the entries of a write
 * (failed entries too when `created` says the object exists anyway).
 */
export function assertMailcowSuccess(
	node: INode,
	response: IN8nHttpFullResponse,
	options: AssertOptions,
): MailcowEntry[] {
	const { statusCode } = response;
	const body = response.body as unknown;
	const fail = (message: string, description?: string) => {
		throw new NodeApiError(node, errorBody(body, statusCode), {
			message,
			description,
			httpCode: String(statusCode),
			itemIndex: options.itemIndex,
		});
	};

	if (typeof body === 'string' && /^\s*</.test(body)) {
		fail(
			'Mailcow answered with an HTML page instead of JSON',
			'The Base URL in the Mailcow credential probably points at a redirect (http → https) or at a proxy/login page. Use the exact https:// address of the mailcow web interface.',
		);
	}
	if (statusCode >= 400) fail(...statusMessage(statusCode, body));
	if (body === '' || body === undefined || body === null) {
		fail(
			'Mailcow answered with an empty response',
			options.kind === 'read'
				? 'Mailcow returns an empty body when the request carried no valid API key, or when its own code failed. Check the API key in the credential.'
				: 'Mailcow swallowed an internal error (for example adding a tag the object already has, or the same object created twice at the same time with Batching). Some attributes may already be saved: read the object back before retrying.',
		);
	}
	if (options.kind === 'read') return [];

	const answered = (Array.isArray(body) ? body : [body]).filter(isMailcowEntry);
	const entries = options.correct ? options.correct(answered) : answered;
	const failed = entries.filter((entry) => !OK_TYPES.has(String(entry.type)));
	if (failed.length === 0 && options.skipped && !options.created?.(entries)) {
		const [one] = options.what ?? ['object'];
		fail(
			`Mailcow added no ${one} "${options.skipped.name}"${itemSuffix(options)}`,
			`Mailcow answered "${entries.map((e) => messageText(e.msg)).join('; ')}" without adding the ${one}: ${options.skipped.reason}`,
		);
	}
	if (failed.length === 0 || options.created?.(entries)) return entries;
	const succeeded = entries.filter((entry) => OK_TYPES.has(String(entry.type)));
	const description = [
		...itemOutcome(entries, options.items ?? [], options.failed),
		...failed.map((entry) => `Failed: ${formatMessage(entry.msg)} — ${describeMessage(entry.msg)}`),
		...(succeeded.length
			? [`Succeeded in the same call: ${succeeded.map((e) => formatMessage(e.msg)).join('; ')}`]
			: []),
		...(options.hint ? [options.hint] : []),
	].join('\n');
	fail(
		`Mailcow refused the request${unnamedSubject(entries, failed, options)}: ${failed.map((e) => formatMessage(e.msg)).join('; ')}`,
		description,
	);
	return entries;
}

/**
 * ` for mailbox "x@y" (item 0)` when a failure names no object: mailcow answers a missing or
 * forbidden object with a bare key (`access_denied`, `["alias_invalid", null]`, `domain_invalid`).
 */
function unnamedSubject(
	entries: MailcowEntry[],
	failed: MailcowEntry[],
	options: AssertOptions,
): string {
	const unnamed = failed.some((e) => formatMessage(e.msg) === messageKey(e.msg));
	const ids = failedOf(entries, options.items ?? [], options.failed);
	if (!unnamed || !options.what || ids.length === 0) return '';
	const [one, many] = options.what;
	return ` for ${ids.length > 1 ? many : one} "${ids.join('", "')}"${itemSuffix(options)}`;
}

/** ` (item 3)` after a message, or nothing when the call is not for one item. */
const itemSuffix = ({ itemIndex }: AssertOptions) =>
	itemIndex === undefined ? '' : ` (item ${itemIndex})`;

/**
 * Which of several ids failed. Mailcow handles the ids of one call in order and keeps going after
 * a failure; success entries name their object (`["mailbox_removed", id]`) while some failures do
 * not (a plain `access_denied`), so ids named by a success entry succeeded and, when that leaves
 * it ambiguous, the one-entry-per-id order decides.
 */
export function itemOutcome(
	entries: MailcowEntry[],
	items: string[],
	failed?: AssertOptions['failed'],
): string[] {
	if (items.length < 2) return [];
	const bad = failedOf(entries, items, failed);
	const ok = items.filter((id) => !bad.includes(id));
	return [
		`Failed items: ${bad.join(', ') || '(see below)'}`,
		`Succeeded items: ${ok.join(', ') || 'none'}`,
	];
}

/** The ids that failed: the route's own reading (`failed`) when it has one, else failedItems. */
const failedOf = (entries: MailcowEntry[], items: string[], failed?: AssertOptions['failed']) =>
	items.length > 1 && failed ? failed(entries) : failedItems(entries, items);

/** The ids of a write that failed (all of them when only one was sent); see itemOutcome. */
export function failedItems(entries: MailcowEntry[], items: string[]): string[] {
	if (items.length < 2) return items;
	const primary = entries.filter((e) => e.type !== 'warning' && e.type !== 'info');
	const named = new Set(
		primary
			.filter((e) => e.type === 'success' && Array.isArray(e.msg))
			.flatMap((e) => (e.msg as unknown[]).slice(1).map((a) => String(a).toLowerCase())),
	);
	let ok = items.filter((id) => named.has(id.toLowerCase()));
	const failedCount = primary.filter((e) => !OK_TYPES.has(String(e.type))).length;
	if (items.length - ok.length !== failedCount && primary.length === items.length) {
		ok = items.filter((_id, i) => OK_TYPES.has(String(primary[i].type)));
	}
	return items.filter((id) => !ok.includes(id));
}

/**
 * Whether mailcow refused the key or the caller's IP: 401 "authentication failed", 401 "api
 * access denied for ip …", 403 (the read-only key on a write). After such an answer nothing more
 * may be sent in the execution: mailcow's fail2ban bans an IP after repeated failed logins.
 */
export function isRefusedCredential(error: NodeApiError | NodeOperationError): boolean {
	return error instanceof NodeApiError && (error.httpCode === '401' || error.httpCode === '403');
}

export function statusMessage(statusCode: number, body: unknown): [string, string] {
	const msg = isMailcowEntry(body)
		? String(body.msg)
		: typeof body === 'string'
			? body.slice(0, 200)
			: '';
	if (statusCode === 401 && !isMailcowEntry(body)) {
		// mailcow's own 401 is always {type: "error", msg: …}; anything else comes from another
		// service (a proxy with its own login, another app), as the credential test judges it.
		const answer =
			typeof body === 'string' && body.trim()
				? `The answer was "${body.trim().slice(0, 100)}". `
				: '';
		return [
			"The Base URL answered 401, but not like mailcow's API",
			`${answer}The address probably reaches another service or a proxy with its own login, not mailcow: check the Base URL in the Mailcow credential (the address of the mailcow web interface, e.g. https://mail.example.com). n8n sends nothing more in this execution.`,
		];
	}
	if (statusCode === 401) {
		const ip = /api access denied for ip (\S+)/i.exec(msg)?.[1];
		if (ip) {
			return [
				`Mailcow refused API access from IP ${ip}`,
				`Add ${ip} to the API key's allow-list (System → Configuration → Access → Edit administrator → API), or tick "Skip IP check". n8n does not retry: repeated failures can get this IP banned by mailcow's fail2ban.`,
			];
		}
		return [
			'Mailcow rejected the API key (authentication failed)',
			"The key is wrong or inactive. Copy it again from System → Configuration → Access → Edit administrator → API and make sure the API is enabled. n8n does not retry: repeated failures can get this IP banned by mailcow's fail2ban.",
		];
	}
	if (statusCode === 403) {
		return [
			'Mailcow denied write access for this API key',
			'This operation changes data and needs the read-write API key; the credential holds the read-only key (or no key). Use the read-write key from System → Configuration → Access → Edit administrator → API.',
		];
	}
	if (statusCode === 404) {
		return [
			'Mailcow does not know this API route',
			`Mailcow answered 404 "${msg || 'route not found'}". The mailcow version may be too old for this operation, or the Base URL has an extra path.`,
		];
	}
	if (statusCode === 405) return ['Mailcow refused the HTTP method for this route', msg];
	if (statusCode === 400) return ['Mailcow could not read the request', msg];
	return [
		`Mailcow answered with HTTP ${statusCode}`,
		msg ? `Response: ${msg}` : 'The server or a proxy in front of it failed. Try again later.',
	];
}

/**
 * The answer kept in the error (its `cause`). Each entry's `log` is left out: it echoes the body
 * as sent, with the passwords mailcow does not mask (relay host, transport, LDAP bind password).
 */
function errorBody(body: unknown, statusCode: number): JsonObject {
	if (typeof body === 'object' && body !== null) {
		const withoutLog = (value: unknown) => {
			if (!isMailcowEntry(value)) return value;
			return Object.fromEntries(Object.entries(value).filter(([key]) => key !== 'log'));
		};
		return (
			Array.isArray(body) ? { entries: body.map(withoutLog) } : withoutLog(body)
		) as JsonObject;
	}
	return {
		statusCode,
		body: typeof body === 'string' ? body.slice(0, 500) : '',
	} as IDataObject as JsonObject;
}
