import { NodeOperationError, type IDataObject, type IExecuteSingleFunctions } from 'n8n-workflow';
import {
	commonKinds,
	readBody,
	readItemBody,
	toList,
	type BodyField,
	type Field,
	type Kinds,
} from '../../shared/fields';
import { parseAddressList } from './addresses';

/**
 * Declared field tables: each write operation lists its fields once, and `readFields` reads every
 * parameter exactly once per item (RoutingNode already evaluates each parameter twice on its
 * own), validates it and converts it to what mailcow's PHP expects.
 */
export type FieldKind =
	/** Trimmed text; empty means "not set". */
	| 'string'
	/** Text sent as typed (passwords: never trimmed, never echoed in errors). */
	| 'secret'
	/** Whole number ≥ min (quota figures are MiB on every mailcow write route). */
	| 'int'
	/** Boolean sent as 1/0: mailcow runs flags through intval, so "true" would be stored as 0. */
	| 'flag'
	/** Comma/space/semicolon/newline separated text or an array → string[]. */
	| 'list'
	/** Like list, sent as one comma-joined string. */
	| 'csv';

export interface FieldSpec {
	/** Parameter name, or key inside the collection named by `in`. */
	param: string;
	/** Attribute name in mailcow's body. */
	key: string;
	kind: FieldKind;
	/** Display name, used in error messages. */
	label: string;
	/** Collection parameter holding this field. */
	in?: string;
	required?: boolean;
	/** Sent when the user left the field out (the seed client's defaults, sent explicitly). */
	default?: string | number | string[];
	min?: number;
	max?: number;
	/** Allowed values (after trimming) for string fields. */
	options?: string[];
	/** Extra check on the converted value; returns an error text or undefined. */
	check?: (value: unknown) => string | undefined;
}

export function fieldError(
	context: IExecuteSingleFunctions,
	label: string,
	problem: string,
): NodeOperationError {
	const itemIndex = context.getItemIndex();
	return new NodeOperationError(context.getNode(), `${label}: ${problem} (item ${itemIndex})`, {
		itemIndex,
		description: `Check the "${label}" field of item ${itemIndex}.`,
	});
}

export { toList };

const TRUE_WORDS = new Set(['1', 'true', 'yes', 'on']);
const FALSE_WORDS = new Set(['0', 'false', 'no', 'off', '']);

function isEmpty(value: unknown): boolean {
	return (
		value === undefined ||
		value === null ||
		(typeof value === 'string' && value.trim() === '') ||
		(Array.isArray(value) && value.length === 0)
	);
}

/** Converts one raw parameter value; throws a NodeOperationError naming the field and the item. */
export function convertField(
	context: IExecuteSingleFunctions,
	spec: FieldSpec,
	raw: unknown,
): unknown {
	const fail = (problem: string) => fieldError(context, spec.label, problem);
	let value: unknown;
	switch (spec.kind) {
		case 'string': {
			if (typeof raw === 'object') throw fail('expected text');
			value = String(raw).trim();
			if (spec.options && !spec.options.includes(value as string)) {
				throw fail(`"${value as string}" is not one of ${spec.options.join(', ')}`);
			}
			break;
		}
		case 'secret':
			if (typeof raw === 'object') throw fail('expected text');
			value = String(raw);
			break;
		case 'int': {
			const n = typeof raw === 'number' ? raw : Number(String(raw).trim());
			if (!Number.isInteger(n)) throw fail(`"${String(raw)}" is not a whole number`);
			if (spec.min !== undefined && n < spec.min) throw fail(`must be at least ${spec.min}`);
			if (spec.max !== undefined && n > spec.max) throw fail(`must be at most ${spec.max}`);
			value = n;
			break;
		}
		case 'flag': {
			if (typeof raw === 'boolean') value = raw ? 1 : 0;
			else if (typeof raw === 'number' && (raw === 0 || raw === 1)) value = raw;
			else {
				const word = String(raw).trim().toLowerCase();
				if (TRUE_WORDS.has(word)) value = 1;
				else if (FALSE_WORDS.has(word)) value = 0;
				else throw fail(`"${String(raw)}" is not true or false`);
			}
			break;
		}
		case 'list':
		case 'csv': {
			const list = toList(raw);
			value = spec.kind === 'csv' ? list.join(',') : list;
			break;
		}
	}
	const problem = spec.check?.(value);
	if (problem) throw fail(problem);
	return value;
}

/**
 * Reads the fields of a table (each top-level parameter and each collection once), validates and
 * converts them, and returns mailcow's attributes. Fields left empty are omitted unless they have
 * a default; a required field left empty is an error.
 */
export function readFields(context: IExecuteSingleFunctions, table: FieldSpec[]): IDataObject {
	const collections = new Map<string, IDataObject>();
	const body: IDataObject = {};
	for (const spec of table) {
		let raw: unknown;
		if (spec.in) {
			let collection = collections.get(spec.in);
			if (!collection) {
				collection = (context.getNodeParameter(spec.in, {}) as IDataObject) ?? {};
				collections.set(spec.in, collection);
			}
			raw = collection[spec.param];
		} else {
			raw = context.getNodeParameter(spec.param, '');
			// A resource locator's value (no extractValue: it fails on parameters the operation
			// hides, and our locators have no URL mode to extract from).
			if (raw && typeof raw === 'object' && '__rl' in raw)
				raw = (raw as unknown as { value: unknown }).value;
		}
		// Empty means "not set", flags included: an empty mapped column must not switch a flag off.
		if (isEmpty(raw)) {
			if (spec.required) throw fieldError(context, spec.label, 'is required');
			if (spec.default !== undefined) body[spec.key] = spec.default;
			continue;
		}
		const value = convertField(context, spec, raw);
		if ((spec.kind === 'list' || spec.kind === 'csv') && isEmpty(value)) {
			if (spec.required) throw fieldError(context, spec.label, 'is required');
			continue;
		}
		body[spec.key] = value as IDataObject[keyof IDataObject];
	}
	return body;
}

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
			const n = typeof raw === 'number' ? raw : Number(String(raw).trim());
			if (!Number.isFinite(n)) return { error: `"${String(raw)}" is not a number` };
			const { minValue, maxValue } = (field.property.typeOptions ?? {}) as {
				minValue?: number;
				maxValue?: number;
			};
			if (minValue !== undefined && n < minValue) return { error: `must be at least ${minValue}` };
			if (maxValue !== undefined && n > maxValue) return { error: `must be at most ${maxValue}` };
			return { value: n };
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
 * The fields of a Create or Update in its Mapping Mode: each from its parameter ("Map Each Field
 * Below"), or the non-locator fields from the item's JSON ("Map Automatically"; resource
 * locators such as the domain stay parameters).
 */
export function readMappedBody(
	context: IExecuteSingleFunctions,
	fields: Array<BodyField<MailcowKind>>,
): IDataObject {
	if (context.getNodeParameter('mappingMode', 'defineBelow') !== 'autoMapInputData')
		return readMailcowBody(context, fields);
	const isLocator = (f: BodyField<MailcowKind>) => f.property.type === 'resourceLocator';
	const unknown = context.getNodeParameter('unknownFields', 'ignore') as 'ignore' | 'fail';
	return {
		...readMailcowBody(context, fields.filter(isLocator)),
		...readItemBody(
			context,
			MAILCOW_KINDS,
			fields.filter((f) => !isLocator(f)),
			unknown,
		),
	};
}
