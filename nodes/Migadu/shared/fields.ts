import {
	NodeOperationError,
	type IDataObject,
	type IDisplayOptions,
	type IExecuteSingleFunctions,
	type INodeProperties,
} from 'n8n-workflow';
import {
	convertList,
	toAsciiAddress,
	toAsciiDomain,
	toAsciiEntry,
	toDate,
	type Converted,
} from './convert';

/**
 * Write operations build their JSON body in one preSend from a table of fields: each parameter is
 * read once, validated and converted there. (RoutingNode evaluates every routed parameter twice
 * more per item, so per-field `routing.send` would cost more and could not validate.)
 */
export type FieldKind =
	| 'string'
	| 'secret'
	| 'boolean'
	| 'number'
	| 'option'
	| 'date'
	| 'address'
	| 'domain'
	/** Addresses, sent as a JSON array (mailbox lists, alias destinations). */
	| 'addressArray'
	/** Addresses, sent as comma-separated text (rewrite destinations). */
	| 'addressCsv'
	/** Addresses or domains, sent as a JSON array (allow and deny lists). */
	| 'entryArray';

export interface Field {
	/** The UI parameter, without displayOptions. */
	property: INodeProperties;
	/** Migadu's JSON key. */
	key: string;
	kind: FieldKind;
	/** In an update, an empty value is refused instead of clearing the field. */
	notEmpty?: boolean;
}

export interface BodyField extends Field {
	/** Collection parameter holding the field, or undefined for a top-level parameter. */
	collection?: string;
	required: boolean;
}

export interface FieldGroup {
	properties: INodeProperties[];
	body: BodyField[];
}

/** Top-level parameters (always shown for the operation), sent under their keys. */
export function topLevel(
	show: IDisplayOptions['show'],
	fields: Array<Field & { required?: boolean }>,
): FieldGroup {
	return {
		properties: fields.map((f) => ({
			...f.property,
			required: f.required || undefined,
			displayOptions: { show },
		})),
		body: fields.map((f) => ({ ...f, required: f.required === true })),
	};
}

/** An "Additional Fields"/"Update Fields" collection; only the fields the user added are sent. */
export function collection(
	name: string,
	displayName: string,
	show: IDisplayOptions['show'],
	fields: Field[],
): FieldGroup {
	const sorted = [...fields].sort((a, b) =>
		a.property.displayName.localeCompare(b.property.displayName),
	);
	return {
		properties: [
			{
				displayName,
				name,
				type: 'collection',
				placeholder: 'Add Field',
				default: {},
				displayOptions: { show },
				options: sorted.map((f) => f.property),
			},
		],
		body: fields.map((f) => ({ ...f, collection: name, required: false })),
	};
}

export function fieldError(
	ctx: IExecuteSingleFunctions,
	label: string,
	problem: string,
	description?: string,
) {
	// Problems quoting the value read as a reason: 'is invalid: "x" is not an email address'.
	const text = problem.startsWith('"') ? `is invalid: ${problem}` : problem;
	return new NodeOperationError(ctx.getNode(), `The field "${label}" ${text}`, {
		itemIndex: ctx.getItemIndex(),
		description,
	});
}

function isEmpty(value: unknown): boolean {
	return (
		value === undefined || value === null || (typeof value === 'string' && value.trim() === '')
	);
}

/** undefined = leave the key out of the body. */
function convert(
	field: BodyField,
	value: unknown,
	timeZone: string,
): Converted<unknown> | undefined {
	const inCollection = field.collection !== undefined;
	if (isEmpty(value)) {
		if (field.required) return { error: 'is required' };
		if (!inCollection) return undefined;
		if (field.notEmpty) return { error: 'cannot be empty' };
		// A field the user added but left empty clears it on Migadu's side.
		switch (field.kind) {
			case 'date':
				return { value: null };
			case 'addressArray':
			case 'entryArray':
				return { value: [] };
			case 'addressCsv':
			case 'string':
				return { value: '' };
			case 'boolean':
				return { value: false };
			default:
				return { error: 'is empty' };
		}
	}
	switch (field.kind) {
		case 'string':
		case 'secret':
			return { value: String(value) };
		case 'boolean':
			if (typeof value === 'boolean') return { value };
			if (value === 'true' || value === 'false') return { value: value === 'true' };
			return { error: `must be true or false, not "${String(value)}"` };
		case 'number': {
			const number = Number(value);
			return Number.isInteger(number) && number >= 0
				? { value: number }
				: { error: `must be a whole number of 0 or more, not "${String(value)}"` };
		}
		case 'option': {
			const allowed = (field.property.options ?? []).map((o) =>
				String((o as { value: unknown }).value),
			);
			return allowed.includes(String(value))
				? { value: String(value) }
				: { error: `must be one of ${allowed.join(', ')}, not "${String(value)}"` };
		}
		case 'date':
			return toDate(value, timeZone);
		case 'address':
			return toAsciiAddress(String(value));
		case 'domain':
			return toAsciiDomain(String(value));
		case 'addressArray':
			return convertList(value, toAsciiAddress);
		case 'entryArray':
			return convertList(value, toAsciiEntry);
		case 'addressCsv': {
			const list = convertList(value, toAsciiAddress);
			return 'error' in list ? list : { value: list.value.join(',') };
		}
	}
}

/** Converts one value of a field; throws a NodeOperationError naming the field and the item. */
export function convertField(
	ctx: IExecuteSingleFunctions,
	field: BodyField,
	value: unknown,
): unknown {
	const converted = convert(field, value, ctx.getTimezone());
	if (converted === undefined) return undefined;
	if ('error' in converted) {
		throw fieldError(
			ctx,
			field.property.displayName,
			converted.error,
			field.kind === 'date' ? 'Dates are sent to Migadu as YYYY-MM-DD, e.g. 2026-12-31' : undefined,
		);
	}
	return converted.value;
}

/** Reads and converts one top-level field (for fields that depend on another one). */
export function readField(
	ctx: IExecuteSingleFunctions,
	field: Field,
	required = false,
): IDataObject[keyof IDataObject] | undefined {
	const value = ctx.getNodeParameter(field.property.name, field.property.default) as unknown;
	return convertField(ctx, { ...field, required }, value) as
		| IDataObject[keyof IDataObject]
		| undefined;
}

/** Reads every field once (a collection once for all its fields) and returns the JSON body. */
export function buildBody(ctx: IExecuteSingleFunctions, fields: BodyField[]): IDataObject {
	const body: IDataObject = {};
	const collections = new Map<string, IDataObject>();
	for (const field of fields) {
		let value: unknown;
		if (field.collection) {
			let values = collections.get(field.collection);
			if (!values) {
				values = (ctx.getNodeParameter(field.collection, {}) ?? {}) as IDataObject;
				collections.set(field.collection, values);
			}
			if (!(field.property.name in values)) continue;
			value = values[field.property.name];
		} else {
			value = ctx.getNodeParameter(field.property.name, field.property.default);
		}
		const converted = convertField(ctx, field, value);
		if (converted !== undefined) body[field.key] = converted as IDataObject[keyof IDataObject];
	}
	return body;
}
