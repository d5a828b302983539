import type { IDataObject, IExecuteSingleFunctions, INodeProperties } from 'n8n-workflow';
import {
	commonKinds,
	readBody,
	type BodyField,
	type Field,
	type FieldGroup,
	type Kinds,
} from '../../shared/fields';
import { readMapped, readMappedField } from '../../shared/mapping';
import { convertList, toAsciiAddress, toAsciiDomain, toAsciiEntry, toDate } from './convert';

/**
 * How Migadu's JSON API takes a value. A field the user added to an "Update Fields" collection but
 * left empty clears it on Migadu's side (the kind's `cleared` value); kinds without an empty value
 * refuse it (`emptyRefused`).
 */
export type MigaduKind =
	| 'string'
	| 'secret'
	| 'option'
	| 'boolean'
	/** A whole number of 0 or more. */
	| 'number'
	/** A calendar day, sent as YYYY-MM-DD (see toDate). */
	| 'date'
	/** An email address, its domain in punycode. */
	| 'address'
	/** A domain name in punycode. */
	| 'domain'
	/** Addresses, sent as a JSON array (mailbox lists, alias destinations). */
	| 'addressArray'
	/** Addresses, sent as comma-separated text (rewrite destinations). */
	| 'addressCsv'
	/** Addresses or domains, sent as a JSON array (allow and deny lists). */
	| 'entryArray';

export type MigaduField = Field<MigaduKind>;
export type MigaduFields = FieldGroup<MigaduKind>;

/** Help shown under the error of a date field. */
export const DATE_HINT = 'Dates are sent to Migadu as YYYY-MM-DD, e.g. 2026-12-31';

export const MIGADU_KINDS: Kinds<MigaduKind> = {
	string: commonKinds.string,
	secret: { ...commonKinds.secret, emptyRefused: true },
	option: { ...commonKinds.option, emptyRefused: true },
	boolean: {
		convert: (value) => {
			if (typeof value === 'boolean') return { value };
			if (value === 'true' || value === 'false') return { value: value === 'true' };
			return { error: `must be true or false, not "${String(value)}"` };
		},
		cleared: false,
	},
	number: {
		convert: (value) => {
			const number = Number(value);
			return Number.isInteger(number) && number >= 0
				? { value: number }
				: { error: `must be a whole number of 0 or more, not "${String(value)}"` };
		},
		emptyRefused: true,
	},
	date: {
		convert: (value, _field, context) => toDate(value, context.getTimezone()),
		cleared: null,
	},
	address: { convert: (value) => toAsciiAddress(String(value)), emptyRefused: true },
	domain: { convert: (value) => toAsciiDomain(String(value)), emptyRefused: true },
	addressArray: { convert: (value) => convertList(value, toAsciiAddress), cleared: [] },
	entryArray: { convert: (value) => convertList(value, toAsciiEntry), cleared: [] },
	addressCsv: {
		convert: (value) => {
			const list = convertList(value, toAsciiAddress);
			return 'error' in list ? list : { value: list.value.join(',') };
		},
		cleared: '',
	},
};

/**
 * Reads an operation's fields (see readBody in nodes/shared/fields.ts: each parameter once, a
 * collection once) and returns Migadu's JSON body; throws the field-naming NodeOperationError.
 */
export function readMigaduBody(
	context: IExecuteSingleFunctions,
	fields: Array<BodyField<MigaduKind>>,
): IDataObject {
	return readBody(context, MIGADU_KINDS, fields);
}

/**
 * The fields of a Create or Update in its Mapping Mode (readMapped in nodes/shared/mapping.ts):
 * from their parameters, or from the item's JSON by Migadu's names or the fields' names;
 * `locators` are the names of the parameters naming the object (known keys of the item).
 */
export function readMigaduMapped(
	context: IExecuteSingleFunctions,
	fields: Array<BodyField<MigaduKind>>,
	locators: string[],
): IDataObject {
	return readMapped(context, MIGADU_KINDS, fields, locators);
}

/**
 * The value of one top-level field read on its own (a field another one depends on), in the
 * operation's Mapping Mode when it has one.
 */
export function readMigaduField(
	context: IExecuteSingleFunctions,
	field: MigaduField,
	required = false,
): IDataObject[keyof IDataObject] | undefined {
	return readMappedField(context, MIGADU_KINDS, { ...field, required }) as
		| IDataObject[keyof IDataObject]
		| undefined;
}

/**
 * Parameters an operation shows but reads itself (in its `finish`, with readMigaduField): in the
 * body table as `readLater`, so Map Automatically knows their names.
 */
export function readInFinish(...fields: MigaduField[]): MigaduFields {
	return {
		properties: fields.map((f) => f.property),
		body: fields.map((f) => ({ ...f, readLater: true })),
	};
}

/** A yes/no setting (a boolean parameter sent as JSON true/false under `key`). */
export function flag(
	key: string,
	property: Pick<INodeProperties, 'displayName' | 'name' | 'description'> & { default: boolean },
): MigaduField {
	return { key, kind: 'boolean', property: { type: 'boolean', ...property } };
}

/** A password: sent as typed, never trimmed or quoted in errors. */
export function passwordField(name: string, property: Partial<INodeProperties> = {}): MigaduField {
	return {
		key: 'password',
		kind: 'secret',
		property: {
			displayName: 'Password',
			name,
			type: 'string',
			typeOptions: { password: true },
			default: '',
			...property,
		},
	};
}

/**
 * Expires On and Remove Upon Expiry of an alias, forwarding or mailbox (`noun`); `ends` is how
 * its description says the object stops ("expires", "ends").
 */
export function expiryFields(noun: string, ends = 'expires'): MigaduField[] {
	return [
		{
			key: 'expires_on',
			kind: 'date',
			hint: DATE_HINT,
			property: {
				displayName: 'Expires On',
				name: 'expiresOn',
				type: 'dateTime',
				default: '',
				description: `Day the ${noun} ${ends} (sent as YYYY-MM-DD; a date-time with an offset or a JS Date counts as its day in the workflow time zone); empty clears the date`,
			},
		},
		flag('remove_upon_expiry', {
			displayName: 'Remove Upon Expiry',
			name: 'removeUponExpiry',
			default: false,
			description: `Whether Migadu deletes the ${noun} when it expires`,
		}),
	];
}
