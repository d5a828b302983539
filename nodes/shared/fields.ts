import {
	NodeOperationError,
	type IDataObject,
	type IExecuteSingleFunctions,
	type INodeProperties,
} from 'n8n-workflow';

/**
 * One declaration per field, for both nodes: the n8n parameter the user sees and how its value
 * travels to the API. Write operations read their fields in one preSend (`readBody`): each
 * parameter once per item (RoutingNode already evaluates every parameter twice on its own), and
 * a collection once for all of its fields. That preSend is where values are validated and
 * converted; a bad value fails the item with a `NodeOperationError` naming the field and the item.
 */
export interface Field<Kind extends string = string> {
	/**
	 * The n8n parameter, without displayOptions (the operation adds them). Its display name labels
	 * errors, its `options` are the allowed values of an options field, `typeOptions.minValue` /
	 * `maxValue` bound a number, and its `default` is sent when `sendDefault` is set.
	 */
	property: INodeProperties;
	/** The API's name for the value (JSON key, mailcow attribute). */
	key: string;
	/** How the value is checked and converted (the API's kinds, see `Kinds`). */
	kind: Kind;
	/** Empty is an error. A top-level required field is also marked required in the panel. */
	required?: boolean;
	/** Sent as the property's default when the user left the field empty or out. */
	sendDefault?: boolean;
	/** A field the user added to a collection but left empty is refused instead of clearing it. */
	notEmpty?: boolean;
	/** Extra check on the converted value; returns the problem (`must be …`) or undefined. */
	check?: (value: unknown) => string | undefined;
	/** Extra help shown under the error (formats, examples). */
	hint?: string;
}

/** A field placed in an operation: top level, or inside the named collection parameter. */
export interface BodyField<Kind extends string = string> extends Field<Kind> {
	collection?: string;
	/**
	 * Read by the operation's own code (a field another one decides on, e.g. a password only
	 * for one Password Method), not by the body readers; in Map Automatically its names still
	 * count as fields of the operation.
	 */
	readLater?: boolean;
}

/** The parameters of a group of fields and how the preSend reads them. */
export interface FieldGroup<Kind extends string = string> {
	properties: INodeProperties[];
	body: Array<BodyField<Kind>>;
}

/** The result of a conversion: the value to send, or the problem (`must be …`, `"x" is not …`). */
export type Converted<T = unknown> = { value: T } | { error: string };

/** One kind of value of an API: how a non-empty value is converted. */
export interface Kind {
	convert: (value: unknown, field: Field, context: IExecuteSingleFunctions) => Converted;
	/**
	 * What a field of this kind added to a collection but left empty sends (Migadu: clears it).
	 * Undefined: nothing is sent, the server keeps its value.
	 */
	cleared?: unknown;
	/**
	 * A field of this kind added to a collection but left empty is refused (`cannot be empty`)
	 * instead of being left out: the API has no empty value for it (Migadu's numbers, options).
	 */
	emptyRefused?: boolean;
}

export type Kinds<Name extends string> = Record<Name, Kind>;

const parameters = new WeakMap<
	INodeProperties,
	{ plain?: INodeProperties; required?: INodeProperties }
>();

/**
 * The panel parameter of a top-level field. Fields declaring the same property object give the
 * same parameter object every time (a Domain read as one name by Get and as a list by Update),
 * so operations sharing a field share one parameter definition (see describe.ts).
 */
export function parameterOf(field: Field): INodeProperties {
	const cached = parameters.get(field.property) ?? {};
	parameters.set(field.property, cached);
	// A property declared required is the parameter itself, whether or not the field says so.
	if (field.required && !field.property.required)
		return (cached.required ??= { ...field.property, required: true });
	return (cached.plain ??= field.property);
}

/** Top-level parameters of an operation, sent under their keys. */
export function topLevel<K extends string>(...fields: Array<Field<K>>): FieldGroup<K> {
	return { properties: fields.map(parameterOf), body: fields };
}

/**
 * A collection parameter ("Additional Fields", "Update Fields", "Options"): only the fields the
 * user added are read; the options are listed in alphabetical order, as n8n's linter wants.
 */
export function collection<K extends string>(
	property: Pick<INodeProperties, 'displayName' | 'name'> & Partial<INodeProperties>,
	fields: Array<Field<K>>,
): FieldGroup<K> {
	return {
		properties: [
			{
				type: 'collection',
				placeholder: 'Add Field',
				default: {},
				...property,
				options: sortByName(fields.map((f) => f.property)),
			},
		],
		body: fields.map((f) => ({ ...f, collection: property.name })),
	};
}

/** Several groups as one: their parameters in order and one body table. */
export function fieldGroups<K extends string>(...groups: Array<FieldGroup<K>>): FieldGroup<K> {
	return {
		properties: groups.flatMap((g) => g.properties),
		body: groups.flatMap((g) => g.body),
	};
}

export const sortByName = <T extends { displayName: string }>(options: T[]): T[] =>
	[...options].sort((a, b) => a.displayName.localeCompare(b.displayName));

/**
 * The one wording of a field's problem in both nodes: `Quota (MiB): must be at least 0 (item 3)`.
 * The description repeats which field of which item to check, with an optional hint.
 */
export function fieldError(
	context: IExecuteSingleFunctions,
	label: string,
	problem: string,
	hint?: string,
): NodeOperationError {
	const itemIndex = context.getItemIndex();
	const check = `Check the "${label}" field of item ${itemIndex}.`;
	return new NodeOperationError(context.getNode(), `${label}: ${problem} (item ${itemIndex})`, {
		itemIndex,
		description: hint ? `${check} ${hint}` : check,
	});
}

/** Empty means "not set": undefined, null, blank text, an empty list. */
export function isEmpty(value: unknown): boolean {
	return (
		value === undefined ||
		value === null ||
		(typeof value === 'string' && value.trim() === '') ||
		(Array.isArray(value) && value.length === 0)
	);
}

/** The value of a resource locator (`{__rl, mode, value}`), or the value itself. */
export function locatorValue(raw: unknown): unknown {
	return raw && typeof raw === 'object' && '__rl' in raw
		? (raw as unknown as { value: unknown }).value
		: raw;
}

/**
 * Checks and converts one field's value with the API's kinds. Empty values: a required field is
 * an error; `sendDefault` sends the property's default; a field added to a collection sends its
 * kind's `cleared` value (or is refused with `notEmpty`); otherwise the field is left out
 * (undefined). Throws the field-naming NodeOperationError.
 */
export function convertField<K extends string>(
	context: IExecuteSingleFunctions,
	kinds: Kinds<K>,
	field: BodyField<K>,
	raw: unknown,
	present = true,
): unknown {
	const label = field.property.displayName;
	const value = locatorValue(raw);
	// A list that splits into nothing ("," or [""]) is empty too.
	const converted = isEmpty(value) ? undefined : kinds[field.kind].convert(value, field, context);
	if (converted === undefined || ('value' in converted && isEmpty(converted.value))) {
		if (field.required) throw fieldError(context, label, 'is required', field.hint);
		if (field.sendDefault) return convertField(context, kinds, field, field.property.default);
		if (!field.collection || !present) return undefined;
		if (field.notEmpty || kinds[field.kind].emptyRefused)
			throw fieldError(context, label, 'cannot be empty', field.hint);
		return kinds[field.kind].cleared;
	}
	const problem = 'error' in converted ? converted.error : field.check?.(converted.value);
	if (problem !== undefined) throw fieldError(context, label, problem, field.hint);
	return (converted as { value: unknown }).value;
}

/**
 * Reads a table of fields (each top-level parameter once, each collection once) and returns the
 * body: `{ key: converted value }`, fields without a value left out.
 */
export function readBody<K extends string>(
	context: IExecuteSingleFunctions,
	kinds: Kinds<K>,
	fields: Array<BodyField<K>>,
): IDataObject {
	const body: IDataObject = {};
	const collections = new Map<string, IDataObject>();
	for (const field of fields) {
		if (field.readLater) continue;
		const name = field.property.name;
		let raw: unknown;
		let present = true;
		if (field.collection) {
			let values = collections.get(field.collection);
			if (!values) {
				values = (context.getNodeParameter(field.collection, {}) ?? {}) as IDataObject;
				collections.set(field.collection, values);
			}
			present = name in values;
			raw = values[name];
		} else {
			raw = context.getNodeParameter(name, field.property.default);
		}
		const value = convertField(context, kinds, field, raw, present);
		if (value !== undefined) body[field.key] = value as IDataObject[keyof IDataObject];
	}
	return body;
}

/** Splits a list typed as text (comma, semicolon, space or newline separated) or given as an array; drops repeats. */
export function toList(value: unknown): string[] {
	const parts = Array.isArray(value)
		? value.flatMap((v) => toList(v))
		: String(value ?? '').split(/[\s,;]+/);
	return [...new Set(parts.map((p) => String(p).trim()).filter((p) => p !== ''))];
}

/** The allowed values of an options / multiOptions parameter. */
export function optionValues(property: INodeProperties): string[] {
	return (property.options ?? []).map((o) => String((o as { value: unknown }).value));
}

/** A number within the property's `typeOptions.minValue` / `maxValue` (both included), or the bound it crosses. */
export function withinBounds(n: number, property: INodeProperties): Converted<number> {
	const { minValue, maxValue } = (property.typeOptions ?? {}) as {
		minValue?: number;
		maxValue?: number;
	};
	if (minValue !== undefined && n < minValue) return { error: `must be at least ${minValue}` };
	if (maxValue !== undefined && n > maxValue) return { error: `must be at most ${maxValue}` };
	return { value: n };
}

/** Kinds both APIs share. */
export const commonKinds = {
	/** Trimmed text. */
	string: {
		convert: (value) =>
			typeof value === 'object' ? { error: 'expected text' } : { value: String(value).trim() },
		cleared: '',
	},
	/** Text sent as typed (passwords: never trimmed, never quoted in errors). */
	secret: {
		convert: (value) =>
			typeof value === 'object' ? { error: 'expected text' } : { value: String(value) },
	},
	/** One of the property's options. */
	option: {
		convert: (value, field) => {
			const allowed = optionValues(field.property);
			const text = String(value).trim();
			return allowed.includes(text)
				? { value: text }
				: { error: `"${text}" is not one of ${allowed.join(', ')}` };
		},
	},
	/** A whole number within the property's minValue/maxValue. */
	int: {
		convert: (value, field) => {
			// Number() ignores white space around the digits.
			const n = Number(String(value));
			if (!Number.isInteger(n)) return { error: `"${String(value)}" is not a whole number` };
			return withinBounds(n, field.property);
		},
	},
	/** A list (see toList), sent as an array; with a multiOptions property, only its options. */
	list: {
		convert: (value, field) => {
			const list = toList(value);
			if (field.property.type !== 'multiOptions') return { value: list };
			const allowed = optionValues(field.property);
			const unknown = list.filter((v) => !allowed.includes(v));
			return unknown.length
				? { error: `unknown value ${unknown.join(', ')} (use ${allowed.join(', ')})` }
				: { value: list };
		},
		cleared: [],
	},
} satisfies Kinds<'string' | 'secret' | 'option' | 'int' | 'list'>;
