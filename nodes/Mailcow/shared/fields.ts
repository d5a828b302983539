import type { IDataObject, IExecuteSingleFunctions } from 'n8n-workflow';
import {
	commonKinds,
	readBody,
	withinBounds,
	type BodyField,
	type Field,
	type Kinds,
} from '../../shared/fields';
import { readMapped } from '../../shared/mapping';
import { parseAddressList } from './addresses';

const TRUE_WORDS = new Set(['1', 'true', 'yes', 'on']);
const FALSE_WORDS = new Set(['0', 'false', 'no', 'off', '']);

/** How mailcow's PHP reads a value (json_api.php passes attributes through intval, explode, …). */
export type MailcowKind =
	| 'string'
	| 'text'
	| 'secret'
	| 'option'
	| 'int'
	| 'number'
	| 'flag'
	| 'list'
	| 'csv'
	| 'address'
	| 'addresses';

export type MailcowField = Field<MailcowKind>;

/**
 * The Active switch of a mailcow object (`active`: 1 or 0; on by default), described for its
 * resource ("Whether the alias forwards mail"). Each resource declares it once with this.
 */
export function activeFlag(description: string): MailcowField {
	return {
		key: 'active',
		kind: 'flag',
		property: {
			displayName: 'Active',
			name: 'active',
			type: 'boolean',
			default: true,
			description,
		},
	};
}

/**
 * Mailcow's kinds. Empty means "not set" everywhere: an empty mapped column must not switch a
 * flag off or clear a list, so no kind has a `cleared` value.
 */
export const MAILCOW_KINDS: Kinds<MailcowKind> = {
	string: { convert: commonKinds.string.convert },
	/** Text sent as typed, not trimmed (a subject, a message body). */
	text: { convert: commonKinds.secret.convert },
	secret: commonKinds.secret,
	option: commonKinds.option,
	/** Whole numbers; quota figures are MiB on every mailcow write route. */
	int: commonKinds.int,
	/** A number, decimals allowed, within the property's minValue/maxValue. */
	number: {
		convert: (raw, field) => {
			const n = Number(String(raw));
			if (!Number.isFinite(n)) return { error: `"${String(raw)}" is not a number` };
			return withinBounds(n, field.property);
		},
	},
	/** Sent as 1/0: mailcow runs flags through intval, so "true" would be stored as 0. */
	flag: {
		convert: (raw) => {
			if (typeof raw === 'boolean') return { value: raw ? 1 : 0 };
			if (raw === 0 || raw === 1) return { value: raw };
			const word = String(raw).trim().toLowerCase();
			if (TRUE_WORDS.has(word)) return { value: 1 };
			if (FALSE_WORDS.has(word)) return { value: 0 };
			return { error: `"${String(raw)}" is not true or false` };
		},
	},
	/** Comma/space/semicolon/newline separated text or an array, sent as an array. */
	list: { convert: commonKinds.list.convert },
	/** Like list, sent as one comma-joined string. */
	csv: {
		convert: (raw, field) => {
			const list = commonKinds.list.convert(raw, field);
			return 'error' in list ? list : { value: list.value.join(',') };
		},
	},
	/**
	 * Email addresses as mailcow's FILTER_VALIDATE_EMAIL takes them (addresses.ts): comma,
	 * semicolon or newline separated text or an array, sent as an array without repeats; the
	 * first bad entry is named.
	 */
	addresses: {
		convert: (raw) => {
			const { addresses, invalid } = parseAddressList(raw);
			return invalid
				? { error: `"${invalid.address}" is not a valid email address: ${invalid.problem}` }
				: { value: addresses };
		},
	},
	/** One email address, checked like `addresses`. */
	address: {
		convert: (raw, field, context) => {
			const list = MAILCOW_KINDS.addresses.convert(raw, field, context);
			if ('error' in list) return list;
			const [address, ...more] = list.value as string[];
			return more.length ? { error: 'enter one address only' } : { value: address };
		},
	},
};

/**
 * Reads an operation's fields (see readBody in nodes/shared/fields.ts) and returns mailcow's
 * attributes. A list that is empty after splitting counts as not set.
 */
export function readMailcowBody(
	context: IExecuteSingleFunctions,
	fields: Array<BodyField<MailcowKind>>,
): IDataObject {
	return readBody(context, MAILCOW_KINDS, fields);
}

/**
 * The fields of a Create or Update in its Mapping Mode (readMapped in nodes/shared/mapping.ts):
 * each from its parameter, or the non-locator fields from the item's JSON by mailcow's names or
 * the fields' names. `ignored`: more names of the item read elsewhere (the ids of an update).
 */
export function readMappedBody(
	context: IExecuteSingleFunctions,
	fields: Array<BodyField<MailcowKind>>,
	ignored: string[] = [],
): IDataObject {
	return readMapped(context, MAILCOW_KINDS, fields, ignored);
}
