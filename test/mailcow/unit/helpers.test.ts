// Unit tests of the pure helpers behind every Mailcow operation.
import type { IDataObject, IExecuteSingleFunctions, INode } from 'n8n-workflow';
import { itemOutcome } from '../../../nodes/Mailcow/shared/errors';
import {
	MAILCOW_KINDS,
	readMailcowBody,
	type MailcowKind,
} from '../../../nodes/Mailcow/shared/fields';
import {
	collection,
	fieldGroups,
	toList,
	topLevel,
	type BodyField,
} from '../../../nodes/shared/fields';
import { formatMessage, type MailcowEntry } from '../../../nodes/Mailcow/shared/messages';
import { generatePassword, generateUsername } from '../../../nodes/Mailcow/shared/passwords';
import { toRecords } from '../../../nodes/Mailcow/shared/records';
import { simplifyAlias } from '../../../nodes/Mailcow/resources/alias/simplify';
import { toMiB } from '../../../nodes/Mailcow/shared/simplify';
import { pathValueProblem } from '../../../nodes/shared/path';
import { mailcowSegment } from '../../../nodes/Mailcow/shared/transport';

/** A per-item context with the given parameters that counts how often each one is read. */
function context(parameters: IDataObject, itemIndex = 3) {
	const reads: Record<string, number> = {};
	const ctx = {
		getNode: () => ({ name: 'Mailcow' }) as INode,
		getItemIndex: () => itemIndex,
		getNodeParameter: (name: string, fallback: unknown) => {
			reads[name] = (reads[name] ?? 0) + 1;
			return name in parameters ? parameters[name] : fallback;
		},
	} as unknown as IExecuteSingleFunctions;
	return { ctx, reads };
}

describe('field tables', () => {
	const TABLE = fieldGroups<MailcowKind>(
		topLevel({
			key: 'name',
			kind: 'string',
			required: true,
			property: { displayName: 'Name', name: 'name', type: 'string', default: '' },
		}),
		collection({ displayName: 'Options', name: 'opts' }, [
			{
				key: 'quota',
				kind: 'int',
				sendDefault: true,
				property: {
					displayName: 'Quota (MiB)',
					name: 'quota',
					type: 'number',
					typeOptions: { minValue: 0 },
					default: 3072,
				},
			},
			{
				key: 'active',
				kind: 'flag',
				sendDefault: true,
				property: { displayName: 'Active', name: 'active', type: 'boolean', default: true },
			},
			{
				key: 'tags',
				kind: 'list',
				property: { displayName: 'Tags', name: 'tags', type: 'string', default: '' },
			},
			{
				key: 'goto',
				kind: 'csv',
				property: { displayName: 'Goto', name: 'goto', type: 'string', default: '' },
			},
		]),
	).body;
	const readFields = readMailcowBody;

	it('reads each parameter and each collection once, converts and applies defaults', () => {
		const { ctx, reads } = context({
			name: ' box ',
			opts: { active: 'false', tags: 'a, b;c\nd', goto: ['x@y.z', 'x@y.z', 'q@y.z'] },
		});
		expect(readFields(ctx, TABLE)).toEqual({
			name: 'box',
			quota: 3072,
			active: 0,
			tags: ['a', 'b', 'c', 'd'],
			goto: 'x@y.z,q@y.z',
		});
		expect(reads).toEqual({ name: 1, opts: 1 });
	});

	it('names the field and the item of a bad or missing value', () => {
		expect(() => readFields(context({ name: '' }).ctx, TABLE)).toThrow(
			'Name: is required (item 3)',
		);
		expect(() => readFields(context({ name: 'x', opts: { quota: '1.5' } }).ctx, TABLE)).toThrow(
			'Quota (MiB): "1.5" is not a whole number (item 3)',
		);
		expect(() => readFields(context({ name: 'x', opts: { quota: -1 } }).ctx, TABLE)).toThrow(
			'Quota (MiB): must be at least 0 (item 3)',
		);
		expect(() => readFields(context({ name: 'x', opts: { active: 'maybe' } }).ctx, TABLE)).toThrow(
			'Active: "maybe" is not true or false (item 3)',
		);
	});

	it('treats an empty mapped value as not set, flags included', () => {
		const { ctx } = context({ name: 'x', opts: { active: '', quota: '', tags: '' } });
		expect(readFields(ctx, TABLE)).toEqual({ name: 'x', quota: 3072, active: 1 });
	});

	it('sends flags as numbers whatever form they come in', () => {
		const { ctx } = context({});
		const flag = TABLE[2];
		const convertField = (c: typeof ctx, f: typeof flag, v: unknown) =>
			(MAILCOW_KINDS.flag.convert(v, f, c) as { value: unknown }).value;
		expect([true, 1, '1', 'true', 'yes', 'on'].map((v) => convertField(ctx, flag, v))).toEqual([
			1, 1, 1, 1, 1, 1,
		]);
		expect(
			[false, 0, '0', 'false', 'no', 'off', ''].map((v) => convertField(ctx, flag, v)),
		).toEqual([0, 0, 0, 0, 0, 0, 0]);
		// Words as people type them: any case, spaces around.
		expect([' Yes ', 'TRUE', 'On', ' OFF ', 'No'].map((v) => convertField(ctx, flag, v))).toEqual([
			1, 1, 1, 0, 0,
		]);
		expect(MAILCOW_KINDS.flag.convert('maybe', flag, ctx)).toEqual({
			error: '"maybe" is not true or false',
		});
	});

	it('takes decimal numbers within the field bounds, both included', () => {
		const { ctx } = context({});
		const bounded: BodyField<MailcowKind> = {
			key: 'score',
			kind: 'number',
			property: {
				displayName: 'Score',
				name: 'score',
				type: 'number',
				typeOptions: { minValue: -5, maxValue: 12.5 },
				default: 0,
			},
		};
		const convert = (raw: unknown, field = bounded) =>
			MAILCOW_KINDS.number.convert(raw, field, ctx);
		expect(convert(' 12.5 ')).toEqual({ value: 12.5 });
		expect(convert(-5)).toEqual({ value: -5 });
		expect(convert('-5.5')).toEqual({ error: 'must be at least -5' });
		expect(convert(12.51)).toEqual({ error: 'must be at most 12.5' });
		expect(convert('lots')).toEqual({ error: '"lots" is not a number' });
		expect(convert(Infinity)).toEqual({ error: '"Infinity" is not a number' });
		// Without bounds, any finite number.
		const free = { ...bounded, property: { ...bounded.property, typeOptions: {} } };
		expect(convert(-1e9, free)).toEqual({ value: -1e9 });
		expect(convert('1e9', free)).toEqual({ value: 1e9 });
	});

	it('checks addresses as mailcow does and names the first bad one; one address is one', () => {
		const { ctx } = context({});
		const field = TABLE[0];
		expect(MAILCOW_KINDS.addresses.convert('a@b.cd; e@f.gh, a@b.cd', field, ctx)).toEqual({
			value: ['a@b.cd', 'e@f.gh'],
		});
		expect(MAILCOW_KINDS.addresses.convert('a@b.cd, nobody', field, ctx)).toEqual({
			error: expect.stringMatching(/^"nobody" is not a valid email address: \S/),
		});
		expect(MAILCOW_KINDS.address.convert(' a@b.cd ', field, ctx)).toEqual({ value: 'a@b.cd' });
		expect(MAILCOW_KINDS.address.convert('a@b.cd, e@f.gh', field, ctx)).toEqual({
			error: 'enter one address only',
		});
		expect(MAILCOW_KINDS.address.convert('nobody', field, ctx)).toEqual({
			error: expect.stringMatching(/^"nobody" is not a valid email address: \S/),
		});
		expect(MAILCOW_KINDS.csv.convert([' x ', 'y', 'x'], field, ctx)).toEqual({ value: 'x,y' });
	});

	it('splits lists typed or mapped', () => {
		expect(toList('a@b.c, d@e.f ; g@h.i')).toEqual(['a@b.c', 'd@e.f', 'g@h.i']);
		expect(toList(['a', ['b', 'a'], ' c '])).toEqual(['a', 'b', 'c']);
		expect(toList('')).toEqual([]);
	});
});

describe('generated secrets', () => {
	it('passwords are 20 characters with every character class, and differ', () => {
		const passwords = Array.from({ length: 200 }, () => generatePassword());
		for (const p of passwords)
			expect(p).toMatch(/^(?=.*[A-Z])(?=.*[a-z])(?=.*\d)(?=.*[-_.+#%])[A-Za-z\d\-_.+#%]{20}$/);
		expect(new Set(passwords).size).toBe(200);
	});

	it('usernames use only what mailcow allows for domain admins', () => {
		expect(generateUsername()).toMatch(/^admin_[a-z0-9]{8}$/);
	});
});

describe('which items of a multi-item call failed', () => {
	const entry = (type: string, ...msg: unknown[]): MailcowEntry => ({
		type,
		msg: msg.length === 1 ? String(msg[0]) : msg,
	});

	it('uses the ids named by success entries', () => {
		const entries = [
			entry('success', 'mailbox_modified', 'a@x.y'),
			entry('danger', 'access_denied'),
		];
		expect(itemOutcome(entries, ['a@x.y', 'b@x.y'])).toEqual([
			'Failed items: b@x.y',
			'Succeeded items: a@x.y',
		]);
	});

	it("falls back to mailcow's one-entry-per-id order when success entries name something else", () => {
		const entries = [
			entry('success', 'alias_removed', 'sales@x.y'),
			entry('danger', 'access_denied'),
		];
		expect(itemOutcome(entries, ['17', '99'])).toEqual(['Failed items: 99', 'Succeeded items: 17']);
	});

	it('says nothing for a single id and ignores warnings', () => {
		expect(itemOutcome([entry('danger', 'x')], ['a'])).toEqual([]);
		const entries = [
			entry('warning', 'Could not move maildir'),
			entry('success', 'mailbox_removed', 'a@x.y'),
			entry('danger', 'access_denied'),
		];
		expect(itemOutcome(entries, ['a@x.y', 'b@x.y'])).toEqual([
			'Failed items: b@x.y',
			'Succeeded items: a@x.y',
		]);
	});
});

describe('records and simplified shapes', () => {
	it("normalises mailcow's read answers", () => {
		expect(toRecords({})).toEqual([]);
		expect(toRecords({ a: 1 })).toEqual([{ a: 1 }]);
		expect(toRecords([{ a: 1 }, { a: 2 }])).toHaveLength(2);
		expect(toRecords('')).toEqual([]);
	});

	it('converts bytes to MiB, numbers or numeric strings', () => {
		expect(toMiB(3221225472)).toBe(3072);
		expect(toMiB('5076666944')).toBe(4841.49);
		expect(toMiB(undefined)).toBe(0);
	});

	it('simplifies a special alias', () => {
		expect(simplifyAlias({ id: 3, goto: 'spam@localhost', is_catch_all: 1 })).toMatchObject({
			destinationType: 'spam',
			destinations: [],
			catchAll: true,
		});
		expect(simplifyAlias({ id: 4, goto: 'a@b.c,d@e.f' })).toMatchObject({
			destinationType: 'addresses',
			destinations: ['a@b.c', 'd@e.f'],
		});
	});

	it('formats message keys with their arguments', () => {
		expect(formatMessage(['max_mailbox_exceeded', 4, 4])).toBe('max_mailbox_exceeded (4, 4)');
		expect(formatMessage(['alias_invalid', null])).toBe('alias_invalid');
		expect(formatMessage('access_denied')).toBe('access_denied');
	});
});

describe('path segments', () => {
	it('encodes a value for nginx and PHP: "+" twice, everything else once', () => {
		expect(mailcowSegment('@x.y')).toBe('%40x.y');
		expect(mailcowSegment('a+b@x.y')).toBe('a%252Bb%40x.y');
		expect(mailcowSegment('bücher.example')).toBe('b%C3%BCcher.example');
	});

	it('refuses what servers or proxies would read as another route or object', () => {
		for (const bad of [
			'.',
			'..',
			'../a',
			'a/b',
			'a\\b',
			'a%2Fb',
			'a?b',
			'a#b',
			'a&query=x',
			'a b',
			'a\u0000',
			'a\u202e',
			'x'.repeat(255),
		])
			expect(pathValueProblem(bad)).toMatch(/cannot be used as a name|longer than/);
		expect(pathValueProblem('')).toBe('is empty');
		for (const good of [
			'a+b@example.test',
			'@example.test',
			'42',
			'xn--bcher-kva.example',
			'bücher.example',
			"o'brien@x.y",
		])
			expect(pathValueProblem(good)).toBeUndefined();
	});
});
