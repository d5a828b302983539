import {
	convertList,
	splitList,
	toAsciiAddress,
	toAsciiDomain,
	toAsciiEntry,
	toDate,
	toLocalPart,
} from '../../../nodes/Migadu/shared/convert';
import { errorText } from '../../../nodes/Migadu/shared/errors';

describe('Migadu conversions', () => {
	it.each([
		['example.com', 'example.com'],
		['Bücher.example', 'xn--bcher-kva.example'],
		['münchen.de.', 'xn--mnchen-3ya.de'],
		[' EXAMPLE.org ', 'example.org'],
	])('toAsciiDomain(%s) = %s', (input, expected) => {
		expect(toAsciiDomain(input)).toEqual({ value: expected });
	});

	it.each(['', 'localhost', 'a/b.example', 'x@y.example', 'has space.example', 'x.example:80'])(
		'toAsciiDomain refuses %p',
		(input) => {
			expect(toAsciiDomain(input)).toHaveProperty('error');
		},
	);

	it('addresses keep the local part and punycode the domain', () => {
		expect(toAsciiAddress('Jürgen@Bücher.example')).toEqual({
			value: 'Jürgen@xn--bcher-kva.example',
		});
		expect(toAsciiAddress('nobody')).toEqual({ error: '"nobody" is not an email address' });
		expect(toAsciiAddress('a@b')).toHaveProperty('error');
	});

	it('list entries may be addresses or domains', () => {
		expect(toAsciiEntry('spam@bad.example')).toEqual({ value: 'spam@bad.example' });
		expect(toAsciiEntry('bücher.example')).toEqual({ value: 'xn--bcher-kva.example' });
		expect(toAsciiEntry('nonsense')).toHaveProperty('error');
	});

	it('lists come as comma, semicolon or newline separated text, or arrays (also nested)', () => {
		expect(splitList('a@x.example, b@x.example;c@x.example\nd@x.example,,')).toEqual([
			'a@x.example',
			'b@x.example',
			'c@x.example',
			'd@x.example',
		]);
		expect(splitList(['a@x.example', 'b@x.example, c@x.example'])).toEqual([
			'a@x.example',
			'b@x.example',
			'c@x.example',
		]);
		expect(splitList('')).toEqual([]);
		expect(splitList(undefined)).toEqual([]);
		expect(convertList('a@x.example, nope', toAsciiAddress)).toEqual({
			error: '"nope" is not an email address',
		});
	});

	it.each([
		['2026-12-31', 'UTC', '2026-12-31'],
		['2026-12-31T00:00:00', 'Pacific/Auckland', '2026-12-31'],
		['2026-01-05T23:30:00.000+02:00', 'Europe/Athens', '2026-01-05'],
		['2026-01-05T23:30:00.000+02:00', 'UTC', '2026-01-05'],
		['2026-01-05T23:30:00.000+02:00', 'Asia/Tokyo', '2026-01-06'],
	])('toDate(%s) in %s = %s', (input, zone, expected) => {
		expect(toDate(input, zone)).toEqual({ value: expected });
	});

	it.each(['31.12.2026', '2026-13-01', '2026-02-29', '2026-1-5', 'tomorrow'])(
		'toDate refuses %p',
		(input) => {
			expect(toDate(input, 'UTC')).toHaveProperty('error');
		},
	);

	it('local parts accept an address of the same domain only', () => {
		expect(toLocalPart('demo', 'example.com')).toEqual({ value: 'demo' });
		expect(toLocalPart('demo@Example.com', 'example.com')).toEqual({ value: 'demo' });
		expect(toLocalPart('demo@bücher.example', 'xn--bcher-kva.example')).toEqual({ value: 'demo' });
		expect(toLocalPart('demo@other.example', 'example.com')).toHaveProperty('error');
		expect(toLocalPart('@example.com', 'example.com')).toHaveProperty('error');
	});

	// The exact words: the callers put them after the field's name and before the item.
	it.each([
		[() => toAsciiDomain(' '), 'is empty'],
		[() => toAsciiDomain('localhost'), '"localhost" is not a domain name such as example.com'],
		// Characters the URL parser refuses in a host name, past the first check.
		[() => toAsciiDomain('a<b.example'), '"a<b.example" is not a valid domain name'],
		[() => toAsciiAddress('@x.example'), '"@x.example" is not an email address'],
		[() => toAsciiAddress('a@'), '"a@" is not an email address'],
		[() => toAsciiAddress('a b@x.example'), '"a b@x.example" is not an email address'],
		[
			() => toAsciiAddress('a@b'),
			'"a@b" is not an email address (its domain "b" is not a domain name such as example.com)',
		],
		[() => toAsciiEntry('nonsense'), '"nonsense" is neither an email address nor a domain name'],
		[() => toDate(' 31.12.2026 ', 'UTC'), '"31.12.2026" is not a date in the form YYYY-MM-DD'],
		[() => toDate('2026-02-30', 'UTC'), '"2026-02-30" is not a real calendar date'],
		[() => toDate(undefined, 'UTC'), '"" is not a date in the form YYYY-MM-DD'],
		[
			() => toDate(new Date('nonsense'), 'UTC'),
			'"Invalid Date" is not a date in the form YYYY-MM-DD',
		],
		[() => toLocalPart(' ', 'example.com'), 'is empty'],
		[() => toLocalPart('@example.com', 'example.com'), '"@example.com" has no local part'],
		[
			() => toLocalPart('demo@other.example', 'example.com'),
			'"demo@other.example" is not an address of the domain example.com',
		],
		[
			() => toLocalPart('demo@localhost', 'example.com'),
			'"demo@localhost": the domain "localhost" is not a domain name such as example.com',
		],
	])('refuses in words: %#', (convert, error) => {
		expect(convert()).toEqual({ error });
	});

	it('trims what it takes, and reads null as an empty list', () => {
		expect(toAsciiAddress(' a@x.example ')).toEqual({ value: 'a@x.example' });
		expect(toLocalPart(' demo ', 'example.com')).toEqual({ value: 'demo' });
		expect(toDate(' 2026-12-31 ', 'UTC')).toEqual({ value: '2026-12-31' });
		expect(splitList(null)).toEqual([]);
	});

	// Migadu's date fields take a day; the time of a day without an offset is dropped.
	it.each([
		['2026-12-31T10:00', '2026-12-31'],
		['2026-12-31 10:00:59', '2026-12-31'],
		['2026-12-31T10:00:59.25', '2026-12-31'],
	])('toDate takes the day of %s', (input, day) => {
		expect(toDate(input, 'UTC')).toEqual({ value: day });
	});

	it.each([
		'x2026-12-31',
		'2026-12-31x',
		'2026-12-31T10:00:5',
		'2026-12-31T10:00:00.',
		'2026-12-31T10:00:00.x',
	])('toDate refuses %p as a day', (input) => {
		expect(toDate(input, 'UTC')).toEqual({
			error: `"${input}" is not a date in the form YYYY-MM-DD`,
		});
	});

	it('toDate reads a JS Date and a Luxon DateTime as instants in the time zone', () => {
		const instant = new Date('2026-12-30T23:30:00Z');
		expect(toDate(instant, 'Europe/Berlin')).toEqual({ value: '2026-12-31' });
		expect(toDate({ toJSDate: () => instant }, 'UTC')).toEqual({ value: '2026-12-30' });
		expect(toDate({ toJSDate: () => 'not a date' }, 'UTC')).toEqual({
			error: '"[object Object]" is not a date in the form YYYY-MM-DD',
		});
		expect(toDate('2026-12-30T23:30:00z', 'Europe/Berlin')).toEqual({ value: '2026-12-31' });
		expect(toDate(' 2026-12-30T23:30:00Z ', 'Europe/Berlin')).toEqual({ value: '2026-12-31' });
	});

	it('errorText reads {"error"}, {"message"}, JSON strings, text and HTML', () => {
		expect(errorText({ error: 'local_part has already been taken' })).toBe(
			'local_part has already been taken',
		);
		expect(errorText({ error: 'dns_check_failed', message: 'DNS checks failed' })).toBe(
			'dns_check_failed',
		);
		expect(errorText({ message: 'bad credentials' })).toBe('bad credentials');
		expect(errorText('"Not Found"')).toBe('Not Found');
		expect(errorText('{"error":"x"}')).toBe('x');
		expect(
			errorText(
				'<html><body><h1>Forbidden</h1><p>Request forbidden by administrative rules.</p></body></html>',
			),
		).toBe('Forbidden Request forbidden by administrative rules.');
		expect(errorText('')).toBe('');
		expect(errorText(undefined)).toBe('');
	});
});
