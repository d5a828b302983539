import {
	NodeApiError,
	type IDataObject,
	type IExecuteSingleFunctions,
	type IN8nHttpFullResponse,
	type INodeExecutionData,
	type PostReceiveAction,
} from 'n8n-workflow';
import { assertMailcowSuccess } from './errors';
import { toRecords } from './records';
import { getItemState } from './state';

export type Simplifier = (record: IDataObject, context: IExecuteSingleFunctions) => IDataObject;

export function shape(
	context: IExecuteSingleFunctions,
	records: IDataObject[],
	simplify: Simplifier,
) {
	const simple = context.getNodeParameter('simplify', true) as boolean;
	// Every record is paired with the input item that asked for it, so later nodes can refer back.
	const pairedItem = { item: context.getItemIndex() };
	const hidden = getItemState(context).hidden ?? [];
	return records.map((record) => ({
		json: withoutKeys(simple ? simplify(record, context) : record, hidden),
		pairedItem,
	}));
}

/** A copy of the record without these keys (secrets the output must not show). */
function withoutKeys(record: IDataObject, keys: string[]): IDataObject {
	if (keys.length === 0) return record;
	return Object.fromEntries(Object.entries(record).filter(([key]) => !keys.includes(key)));
}

/** A domain name as mailcow stores it (lower case, punycode), for comparing names. */
export function asciiDomain(name: string): string {
	const text = name.trim().toLowerCase();
	if (!/[^\x20-\x7e]/.test(text)) return text;
	try {
		return new URL(`http://${text}`).hostname;
	} catch {
		return text;
	}
}

/** Compares a name asked for with a name in an answer: case-insensitive, domains in punycode. */
export function sameName(asked: string, answered: unknown): boolean {
	if (typeof answered !== 'string' && typeof answered !== 'number') return false;
	const split = (name: string) => {
		const at = name.lastIndexOf('@');
		return at === -1
			? asciiDomain(name)
			: `${name.slice(0, at).toLowerCase()}@${asciiDomain(name.slice(at + 1))}`;
	};
	return split(asked.trim()) === split(String(answered));
}

/**
 * The names a Get's answer may carry for what was asked (alias: address or id; mailbox and
 * domain admin: username; domain: domain_name). An answer without the asked name is another
 * object (mailcow's `all`, a decoded path, a proxy) and is never output as the record.
 */
export type Identity = (record: IDataObject) => unknown[];

/** The records of a read's answer (see records.ts), after the one error path has checked it. */
function answerRecords(
	context: IExecuteSingleFunctions,
	response: IN8nHttpFullResponse,
): IDataObject[] {
	assertMailcowSuccess(context.getNode(), response, {
		itemIndex: context.getItemIndex(),
		kind: 'read',
	});
	return toRecords(response.body);
}

/**
 * Get of one record. Mailcow answers `{}` (HTTP 200) for a missing record, which must not pass as
 * success: it becomes a not-found error naming what was asked for — unless `{}` is itself an
 * answer (`emptyIsRecord`: "no rate limit"), output as one empty record. With `identity`, an
 * answer that is not exactly one record of that name is an error too. `redact` runs on the
 * record first (what must not reach the output, simplified or raw).
 */
export function readOne(
	simplify: Simplifier,
	identity?: Identity,
	emptyIsRecord = false,
	redact?: Redactor,
): PostReceiveAction {
	return async function (
		this: IExecuteSingleFunctions,
		_items: INodeExecutionData[],
		response: IN8nHttpFullResponse,
	): Promise<INodeExecutionData[]> {
		let records = answerRecords(this, response);
		if (redact) records = records.map(redact);
		if (records.length === 0) {
			if (emptyIsRecord) return shape(this, [{}], simplify);
			throw notFound(this);
		}
		const asked = getItemState(this).wanted?.value ?? '';
		if (
			identity &&
			(records.length !== 1 || !identity(records[0]).some((name) => sameName(asked, name)))
		) {
			throw wrongObject(this, records, identity);
		}
		return shape(this, records, simplify);
	};
}

/**
 * The answer was another object. The error names what the records are (their identities), never
 * the records: they may hold secrets mailcow echoes (a relay host password, a client secret).
 */
function wrongObject(
	context: IExecuteSingleFunctions,
	records: IDataObject[],
	identity: Identity,
): NodeApiError {
	const { what, value } = getItemState(context).wanted ?? { what: 'object', value: '' };
	const names = records.map((r) => identity(r).filter((n) => typeof n !== 'object'));
	return new NodeApiError(
		context.getNode(),
		{ body: JSON.stringify({ records: records.length, names }).slice(0, 200) },
		{
			message: `Mailcow answered something else than the ${what} "${value}" (item ${context.getItemIndex()})`,
			description: `The answer held ${records.length} record(s), none of them the ${what} "${value}"; nothing was output. A proxy in front of mailcow that rewrites paths can cause this.`,
			httpCode: '502',
			itemIndex: context.getItemIndex(),
		},
	);
}

/**
 * Keeps the records of these domains only: mailcow answers every mailbox of the server for a
 * domain it does not know (mailcow-observed-2.md), and lists a known domain twice when the same
 * request also names an unknown one.
 */
export function ofDomains(domains: string[]): (record: IDataObject) => boolean {
	const wanted = new Set(domains.map(asciiDomain));
	return (record) => typeof record.domain === 'string' && wanted.has(asciiDomain(record.domain));
}

export function notFound(context: IExecuteSingleFunctions): NodeApiError {
	const { what, value } = getItemState(context).wanted ?? { what: 'object', value: '' };
	return new NodeApiError(
		context.getNode(),
		{ body: '{}' },
		{
			message: `The ${what} "${value}" was not found (item ${context.getItemIndex()})`,
			description: `Mailcow answered {} for ${what} "${value}": it does not exist (or the name is misspelt).`,
			httpCode: '404',
			itemIndex: context.getItemIndex(),
		},
	);
}

/**
 * Drops repeated records (same id, or for records without one — mailboxes — same username),
 * keeping the first. The id comes first: a mailbox's sieve filters share its username.
 */
function unique(records: IDataObject[]): IDataObject[] {
	const seen = new Set<string>();
	return records.filter((record) => {
		const key = String(record.id ?? record.username ?? JSON.stringify(record));
		if (seen.has(key)) return false;
		seen.add(key);
		return true;
	});
}

/** Removes what must never reach the output (secrets mailcow echoes), simplified or raw. */
export type Redactor = (record: IDataObject) => IDataObject;

/**
 * Get Many: `{}` means nothing found (no items), an object or an array both become one n8n item
 * per record. Mailcow's get routes cannot page, so Limit trims what came back. `redact` runs on
 * every record first, so a secret is dropped with Simplify on or off.
 */
export function readMany(simplify: Simplifier, redact?: Redactor): PostReceiveAction {
	return async function (
		this: IExecuteSingleFunctions,
		_items: INodeExecutionData[],
		response: IN8nHttpFullResponse,
	): Promise<INodeExecutionData[]> {
		let records = answerRecords(this, response);
		if (redact) records = records.map(redact);
		const { filter } = getItemState(this);
		if (filter) records = unique(records.filter(filter));
		if (!(this.getNodeParameter('returnAll', false) as boolean)) {
			records = records.slice(0, this.getNodeParameter('limit', 50) as number);
		}
		return shape(this, records, simplify);
	};
}

/**
 * The record without the `"0": null` key mailcow puts first in get/bcc/{id},
 * get/recipient_map/{id} and get/tls-policy-map/{id} (the route appends an undefined variable;
 * mailcow-observed-2.md). The `all` answers do not have it.
 */
export const withoutStrayKey: Redactor = (record) =>
	Object.fromEntries(Object.entries(record).filter(([key]) => key !== '0'));
