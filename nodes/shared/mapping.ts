import type { IDataObject, IExecuteSingleFunctions, INodeProperties } from 'n8n-workflow';
import { withShowOnce } from './describe';
import { convertField, fieldError, readBody, type BodyField, type Kinds } from './fields';

/**
 * Mapping Mode of every Create and Update of both nodes, as n8n's database nodes name it: "Map
 * Each Field Below" reads each field from its parameter (an expression per field), "Map
 * Automatically" takes the fields from the input item's JSON by the API's names or the fields'
 * own names, with the same checks and conversions and no expression evaluated per field. The
 * object worked on (domain, mailbox…) stays a parameter. One implementation; each API brings
 * its kinds and the names its users know.
 */
export const MAP_AUTOMATICALLY = 'autoMapInputData';

/**
 * The Mapping Mode parameter of one node; `names` says which names the item's keys may use
 * ("mailcow's names (e.g. local_part, quota)"). Create it once per node: every operation uses
 * the same object, so the panel defines it once.
 */
export function mappingModeField(names: string): INodeProperties {
	return {
		displayName: 'Mapping Mode',
		name: 'mappingMode',
		type: 'options',
		noDataExpression: true,
		options: [
			{
				name: 'Map Each Field Below',
				value: 'defineBelow',
				description: 'Set the value of each field below',
			},
			{
				name: 'Map Automatically',
				value: MAP_AUTOMATICALLY,
				description: `Take the fields from the input item's JSON, by ${names} or the fields' names; the object worked on stays a parameter`,
			},
		],
		default: 'defineBelow',
	};
}

/** What Map Automatically does with keys of the item that name no field (both nodes). */
export const unknownFieldsField: INodeProperties = {
	displayName: 'Unknown Fields',
	name: 'unknownFields',
	type: 'options',
	options: [
		{ name: 'Ignore', value: 'ignore', description: 'Leave keys that name no field out' },
		{ name: 'Fail the Item', value: 'fail', description: 'Refuse an item with such a key' },
	],
	default: 'ignore',
	displayOptions: { show: { mappingMode: [MAP_AUTOMATICALLY] } },
};

const isLocator = (property: INodeProperties) => property.type === 'resourceLocator';

/**
 * The parameters of a Create or Update with its Mapping Mode: the field parameters show for "Map
 * Each Field Below" only, resource locators (the object worked on) always.
 */
export function mapped(mode: INodeProperties, properties: INodeProperties[]): INodeProperties[] {
	return [
		mode,
		unknownFieldsField,
		...properties.map((p) => (isLocator(p) ? p : withShowOnce(p, 'mappingMode', ['defineBelow']))),
	];
}

/** Whether the item's fields come from its JSON ("Map Automatically"). */
export function mapsAutomatically(context: IExecuteSingleFunctions): boolean {
	return context.getNodeParameter('mappingMode', 'defineBelow') === MAP_AUTOMATICALLY;
}

const namesOf = (field: BodyField) => [field.key, field.property.name];

/**
 * The fields of a Create or Update in its Mapping Mode, converted with the API's kinds: from the
 * parameters ("Map Each Field Below", see readBody), or from the input item's JSON, each field
 * by its API name (`key`) or its parameter name, with resource locators still read from their
 * parameters. A key the item has counts as given (as a field added to a collection does); an
 * absent one as left out (a required field fails, `sendDefault` sends the default). With
 * Unknown Fields = Fail, a key that names no field fails the item; `ignored` are further names
 * read elsewhere (the API's locators, e.g. `domain` mapped into the Domain parameter by an
 * expression). Throws the field-naming NodeOperationError of readBody, with the item's index.
 */
export function readMapped<K extends string>(
	context: IExecuteSingleFunctions,
	kinds: Kinds<K>,
	fields: Array<BodyField<K>>,
	ignored: string[] = [],
): IDataObject {
	if (!mapsAutomatically(context)) return readBody(context, kinds, fields);
	const locators = fields.filter((f) => isLocator(f.property));
	const json = (context.getInputData()?.json ?? {}) as IDataObject;
	const body = readBody(context, kinds, locators);
	const known = new Set([...ignored, ...fields.flatMap(namesOf)]);
	for (const field of fields) {
		if (field.readLater || isLocator(field.property)) continue;
		const value = fromItem(context, kinds, field, json);
		if (value !== undefined) body[field.key] = value as IDataObject[keyof IDataObject];
	}
	const unknown = context.getNodeParameter('unknownFields', 'ignore') as 'ignore' | 'fail';
	const extra = unknown === 'fail' ? Object.keys(json).find((key) => !known.has(key)) : undefined;
	if (extra !== undefined) {
		throw fieldError(
			context,
			extra,
			'is not a field of this operation',
			`Known fields: ${[...known].join(', ')}. Set "Unknown Fields" to Ignore to leave other keys out.`,
		);
	}
	return body;
}

/**
 * One field read on its own in the operation's Mapping Mode (a field another one decides on,
 * declared `readLater`): its parameter, or the item's key by the API's or the field's name.
 */
export function readMappedField<K extends string>(
	context: IExecuteSingleFunctions,
	kinds: Kinds<K>,
	field: BodyField<K>,
): unknown {
	const plain = { ...field, readLater: false };
	if (!mapsAutomatically(context)) return readBody(context, kinds, [plain])[field.key];
	return fromItem(context, kinds, plain, (context.getInputData()?.json ?? {}) as IDataObject);
}

/**
 * One field from the item's JSON, converted. A top-level field the item leaves out is read as
 * its parameter would be when untouched (its default), so both modes send the same body for the
 * same values; a collection field left out is not sent.
 */
function fromItem<K extends string>(
	context: IExecuteSingleFunctions,
	kinds: Kinds<K>,
	field: BodyField<K>,
	json: IDataObject,
): unknown {
	const name = namesOf(field).find((n) => n in json);
	if (name !== undefined) return convertField(context, kinds, field, json[name]);
	return field.collection
		? convertField(context, kinds, field, undefined, false)
		: convertField(context, kinds, field, field.property.default);
}
