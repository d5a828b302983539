// Unit tests of the field reading both nodes share (nodes/shared/fields.ts): the common kinds,
// empty values, collections, the wording of a field's problem; and of two load-time rules of
// nodes/shared/describe.ts (a parameter name declared twice, a variant that does not exist).
import {
	NodeOperationError,
	type IDataObject,
	type IExecuteSingleFunctions,
	type IHttpRequestOptions,
	type INode,
	type INodeProperties,
} from 'n8n-workflow';
import { describeResources, variants } from '../../nodes/shared/describe';
import {
	commonKinds,
	convertField,
	fieldError,
	readBody,
	toList,
	type BodyField,
} from '../../nodes/shared/fields';
import { readMappedField } from '../../nodes/shared/mapping';

type Common = keyof typeof commonKinds;

/** A per-item context (item 3) with the given parameters, counting how often each is read. */
function context(parameters: IDataObject = {}) {
	const reads: Record<string, number> = {};
	const ctx = {
		getNode: () => ({ name: 'Test' }) as INode,
		getItemIndex: () => 3,
		getNodeParameter: (name: string, fallback: unknown) => {
			reads[name] = (reads[name] ?? 0) + 1;
			return name in parameters ? parameters[name] : fallback;
		},
	} as unknown as IExecuteSingleFunctions;
	return { ctx, reads };
}

function field(
	kind: Common,
	property: Partial<INodeProperties> = {},
	rest: Partial<BodyField<Common>> = {},
): BodyField<Common> {
	return {
		key: 'value',
		kind,
		property: { displayName: 'Value', name: 'value', type: 'string', default: '', ...property },
		...rest,
	};
}

/** The converted value, or the message of the field's error. */
function convert(target: BodyField<Common>, raw: unknown, present?: boolean): unknown {
	try {
		return convertField(context().ctx, commonKinds, target, raw, present);
	} catch (error) {
		return { error: (error as Error).message };
	}
}

describe('a field problem', () => {
	it('names the field and the item, and says what to check, with the hint after', () => {
		const { ctx } = context();
		const plain = fieldError(ctx, 'Quota (MiB)', 'must be at least 0');
		expect(plain).toBeInstanceOf(NodeOperationError);
		expect(plain.message).toBe('Quota (MiB): must be at least 0 (item 3)');
		expect(plain.description).toBe('Check the "Quota (MiB)" field of item 3.');
		expect(plain.context.itemIndex).toBe(3);
		const hinted = fieldError(ctx, 'Quota (MiB)', 'must be at least 0', 'Use 0 for unlimited.');
		expect(hinted.description).toBe(
			'Check the "Quota (MiB)" field of item 3. Use 0 for unlimited.',
		);
	});
});

describe('the common kinds', () => {
	it('text is trimmed; a password is sent as typed; an object is no text', () => {
		expect(convert(field('string'), '  Bob  ')).toBe('Bob');
		expect(convert(field('secret'), '  pass word ')).toBe('  pass word ');
		expect(convert(field('string'), { a: 1 })).toEqual({
			error: 'Value: expected text (item 3)',
		});
		expect(convert(field('secret'), ['x'])).toEqual({ error: 'Value: expected text (item 3)' });
	});

	it('an option is one of the property options, trimmed', () => {
		const options = {
			type: 'options' as const,
			options: ['a', 'b'].map((v) => ({ name: v, value: v })),
		};
		expect(convert(field('option', options), ' b ')).toBe('b');
		expect(convert(field('option', options), 'z')).toEqual({
			error: 'Value: "z" is not one of a, b (item 3)',
		});
	});

	it('a whole number stays within minValue and maxValue, both included', () => {
		const bounded = field('int', { type: 'number', typeOptions: { minValue: 1, maxValue: 10 } });
		expect(convert(bounded, ' 10 ')).toBe(10);
		expect(convert(bounded, 1)).toBe(1);
		expect(convert(bounded, 0)).toEqual({ error: 'Value: must be at least 1 (item 3)' });
		expect(convert(bounded, '11')).toEqual({ error: 'Value: must be at most 10 (item 3)' });
		expect(convert(bounded, '2.5')).toEqual({
			error: 'Value: "2.5" is not a whole number (item 3)',
		});
		// Without bounds any whole number goes through.
		const free = field('int', { type: 'number' });
		expect(convert(free, -5)).toBe(-5);
		expect(convert(free, 1e6)).toBe(1e6);
	});

	it('a list splits text at commas, semicolons and white space, drops repeats and empties', () => {
		expect(toList(' a, b;c\n\ta ,, ')).toEqual(['a', 'b', 'c']);
		expect(toList([' a ', ['b; a'], 7])).toEqual(['a', 'b', '7']);
		expect(toList(undefined)).toEqual([]);
		expect(convert(field('list'), 'x, y')).toEqual(['x', 'y']);
	});

	it('a multiOptions list takes only the property options and names the others', () => {
		const flags = {
			type: 'multiOptions' as const,
			options: ['imap', 'pop3'].map((v) => ({ name: v, value: v })),
		};
		expect(convert(field('list', flags), 'pop3, imap')).toEqual(['pop3', 'imap']);
		expect(convert(field('list', flags), 'imap, smtp, ftp')).toEqual({
			error: 'Value: unknown value smtp, ftp (use imap, pop3) (item 3)',
		});
	});
});

describe('empty values', () => {
	it.each<[string, Common, unknown]>([
		['nothing', 'list', undefined],
		['null', 'string', null],
		['blank text', 'secret', '  '],
		['an empty list', 'string', []],
		['a list of separators', 'list', ' , ;'],
	])('a required field given %s is refused (%s)', (_name, kind, raw) => {
		expect(convert(field(kind, {}, { required: true }), raw)).toEqual({
			error: 'Value: is required (item 3)',
		});
	});

	it('a field with sendDefault sends the property default', () => {
		const withDefault = field('int', { type: 'number', default: 5 }, { sendDefault: true });
		expect(convert(withDefault, '')).toBe(5);
	});

	it('a top-level field left empty is left out', () => {
		expect(convert(field('string'), '')).toBeUndefined();
	});

	it('a field added to a collection and left empty sends its kind cleared value, unless refused', () => {
		const inCollection = field('list', {}, { collection: 'options' });
		expect(convert(inCollection, '')).toEqual([]);
		// The presence of the field is the default.
		expect(convertField(context().ctx, commonKinds, inCollection, '')).toEqual([]);
		expect(convert(inCollection, '', false)).toBeUndefined();
		expect(convert(field('list', {}, { collection: 'options', notEmpty: true }), ' ')).toEqual({
			error: 'Value: cannot be empty (item 3)',
		});
		// A kind with no empty value refuses it too (an option: its kind has emptyRefused).
		const refusing = { ...commonKinds, option: { ...commonKinds.option, emptyRefused: true } };
		expect(() =>
			convertField(context().ctx, refusing, field('option', {}, { collection: 'options' }), ''),
		).toThrow('Value: cannot be empty (item 3)');
	});
});

describe('reading a body', () => {
	const fields: Array<BodyField<Common>> = [
		field('string', { displayName: 'Name', name: 'name' }, { key: 'name' }),
		field(
			'int',
			{ displayName: 'Quota', name: 'quota', type: 'number' },
			{ key: 'quota', collection: 'options' },
		),
		field('list', { displayName: 'Tags', name: 'tags' }, { key: 'tags', collection: 'options' }),
		field('string', { displayName: 'Later', name: 'later' }, { key: 'later', readLater: true }),
	];

	it('reads each collection once, leaves out what is not given and what is read later', () => {
		const { ctx, reads } = context({ name: ' Bob ', options: { quota: '3' }, later: 'x' });
		const body = readBody(ctx, commonKinds, fields);
		expect(body).toStrictEqual({ name: 'Bob', quota: 3 });
		expect(Object.keys(body)).toEqual(['name', 'quota']);
		expect(reads).toEqual({ name: 1, options: 1 });
	});

	it('a field added to the collection and left empty is sent cleared', () => {
		const { ctx } = context({ options: { tags: '' } });
		expect(readBody(ctx, commonKinds, fields)).toStrictEqual({ tags: [] });
	});
});

describe('a field read on its own (readLater)', () => {
	const later = field(
		'string',
		{ displayName: 'Later', name: 'later' },
		{ key: 'later', readLater: true },
	);

	it('comes from its parameter with Map Each Field Below, converted and checked', () => {
		expect(readMappedField(context({ later: ' x ' }).ctx, commonKinds, later)).toBe('x');
		expect(() => readMappedField(context({ later: {} }).ctx, commonKinds, later)).toThrow(
			'Later: expected text (item 3)',
		);
	});
});

describe('operation declarations', () => {
	const property = (name: string): INodeProperties => ({
		displayName: name,
		name,
		type: 'string',
		default: '',
	});

	it('a parameter name declared by two different objects fails at load time, naming both places', () => {
		const operation = (value: string, properties: INodeProperties[]) => ({
			option: { name: value, value },
			properties,
		});
		expect(() =>
			describeResources([
				{
					name: 'Thing',
					value: 'thing',
					default: 'get',
					operations: [operation('get', [property('id')]), operation('delete', [property('id')])],
				},
			]),
		).toThrow(
			'Parameter "id" is declared twice (thing → get, thing → delete): declare it once and reuse the object, or give one of them another name',
		);
		const shared = property('id');
		expect(() =>
			describeResources([
				{
					name: 'Thing',
					value: 'thing',
					default: 'get',
					operations: [operation('get', [shared]), operation('delete', [shared])],
				},
			]),
		).not.toThrow();
	});

	it('a variant the selector does not name fails the item, naming the choices', async () => {
		const selector: INodeProperties = {
			displayName: 'Applies To',
			name: 'appliesTo',
			type: 'options',
			options: [],
			default: 'domain',
		};
		const declared = variants({ name: 'Get', value: 'get' }, selector, {
			domain: {
				option: { name: 'Get', value: 'get', routing: { request: { url: '/d' } } },
				properties: [],
			},
			mailbox: {
				option: { name: 'Get', value: 'get', routing: { request: { method: 'POST', url: '/m' } } },
				properties: [],
			},
		});
		const [preSend] = declared.option.routing!.send!.preSend!;
		const options = { url: '' } as IHttpRequestOptions;
		await expect(preSend.call(context({ appliesTo: 'mailbox' }).ctx, options)).resolves.toEqual({
			method: 'POST',
			url: '/m',
		});
		await expect(preSend.call(context().ctx, { url: '' })).resolves.toEqual({ url: '/d' });
		await expect(preSend.call(context({ appliesTo: 'alias' }).ctx, { url: '' })).rejects.toThrow(
			'Applies To: "alias" is not one of domain, mailbox (item 3)',
		);
	});
});
