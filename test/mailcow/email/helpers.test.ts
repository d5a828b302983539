import { randomBytes } from 'node:crypto';
import { addressProblem, parseAddressList } from '../../../nodes/Mailcow/shared/addresses';
import { splitFileNames, splitNames } from '../../../nodes/Mailcow/resources/email/attachments';
import { base64Length, serializeSendBody } from '../../../nodes/Mailcow/resources/email/body';
import { mailcowMailboxCredentialTest } from '../../../nodes/Mailcow/resources/email/credentialTest';
import { htmlToText } from '../../../nodes/Mailcow/resources/email/htmlToText';
import { smtpErrorText } from '../../../nodes/Mailcow/resources/email/messages';
import { scrub, scrubJson } from '../../../nodes/shared/secrets';
import type { ICredentialDataDecryptedObject, ICredentialTestFunctions } from 'n8n-workflow';

describe('Send helpers', () => {
	describe('addressProblem', () => {
		it.each([
			'a@b.co',
			'first.last+tag@sub.example.org',
			"o'brien@example.ie",
			'x@xn--bcher-kva.example',
			'UPPER@EXAMPLE.COM',
			'a@b.c',
			'a@x--y.example.a1',
			'a@b.xn--p1ai',
			// The limits themselves: 64 before @, 63 per label, 254 in all.
			`${'x'.repeat(64)}@example.com`,
			`a@${'d'.repeat(63)}.com`,
			`${'x'.repeat(64)}@${'d'.repeat(63)}.${'e'.repeat(63)}.${'f'.repeat(57)}.com`,
		])('accepts %s', (address) => expect(addressProblem(address)).toBeUndefined());
		it.each([
			['', /name@domain/],
			['@example.com', /name@domain/],
			['a@', /name@domain/],
			['a..b@example.com', /before @/],
			['.a@example.com', /before @/],
			['a b@example.com', /^the part before @ is not valid/],
			['a.@example.com', /^the part before @ is not valid/],
			['a>b <c@example.com>', /^the part before @ is not valid/],
			['<a@example.com> x', /^the part before @ is not valid/],
			['Ann <a@example.com> ', /display name/],
			['a@example.1a', /^"example.1a" is not a valid domain name$/],
			['a@x-.example', /not a valid domain/],
			[`a@${'d'.repeat(64)}.com`, /not a valid domain/],
			[
				`${'x'.repeat(64)}@${'d'.repeat(63)}.${'e'.repeat(63)}.${'f'.repeat(58)}.com`,
				/^it is longer than 254 characters$/,
			],
			['jörg@example.com', /only ASCII characters/],
			['a@bücher.example', /xn-- form/],
			['a@example', /not a valid domain/],
			['a@-x.example', /not a valid domain/],
			['a@example.123', /not a valid domain/],
			['Ann <a@example.com>', /display name/],
			[`${'x'.repeat(65)}@example.com`, /before @/],
		])('rejects %j', (address, problem) => expect(addressProblem(address)).toMatch(problem));
	});

	describe('parseAddressList', () => {
		it('splits on commas, semicolons and newlines, trims, drops empties and case-insensitive duplicates', () => {
			expect(parseAddressList(' a@x.example;b@x.example,\nA@X.example , ')).toEqual({
				addresses: ['a@x.example', 'b@x.example'],
			});
		});
		it('flattens arrays of such strings and ignores null entries', () => {
			expect(parseAddressList(['a@x.example, b@x.example', null, '', 'c@x.example'])).toEqual({
				addresses: ['a@x.example', 'b@x.example', 'c@x.example'],
			});
		});
		it('returns [] for nothing', () => {
			expect(parseAddressList(undefined)).toEqual({ addresses: [] });
			expect(parseAddressList('')).toEqual({ addresses: [] });
		});
		it('names the first bad entry', () => {
			expect(parseAddressList('a@x.example, b@, c@').invalid).toEqual({
				address: 'b@',
				problem: 'it needs the form name@domain',
			});
			expect(parseAddressList([{ email: 'a@x.example' }]).invalid).toEqual({
				address: '{"email":"a@x.example"}',
				problem: 'expected text such as name@example.com',
			});
		});
	});

	describe('htmlToText', () => {
		it('keeps the text, line structure, lists and link targets', () => {
			expect(
				htmlToText(
					'<!-- x --><title>T</title><script>alert(1)</script><p>Hello&nbsp;<b>Ann</b>,<br>see <a href="https://x.example/a?b=1&amp;c=2">your order</a>.</p><ol><li>One</li><li>Two</li></ol><hr><p>&lt;tag&gt; &#8364; &#x263A; &euro;</p>',
				),
			).toBe(
				'Hello Ann,\nsee your order (https://x.example/a?b=1&c=2).\n\n- One\n- Two\n\n----------\n\n<tag> € ☺ €',
			);
		});
		it('does not repeat a link target that is its own text, and keeps image alt text', () => {
			expect(
				htmlToText(
					'<a href="https://x.example">https://x.example</a> <img src="a.png" alt="Logo">',
				),
			).toBe('https://x.example Logo');
		});
		it('returns an empty string for markup without text', () => {
			expect(htmlToText('<div><img src="cid:x"></div>')).toBe('');
		});

		it.each([
			[
				'numeric entities, and the ones no character has',
				'&#X263A; &#0; &#x110000; &#x10FFFF;',
				'☺ &#0; &#x110000; \u{10FFFF}',
			],
			['a comment over several lines', 'a<!-- one\ntwo -->b', 'ab'],
			['a comment holding a >', 'a<!-- if x > y -->b', 'ab'],
			['a style sheet', '<style type="text/css">p { color: red }</style>Hi', 'Hi'],
			[
				'a link with attributes around href and tags in its text',
				'Click<a class="btn" href = "https://x.example/p" target="_blank"> <b>Pay</b> </a>now',
				'ClickPay (https://x.example/p)now',
			],
			[
				'a link target with spaces',
				'<a href=" https://x.example/q ">Q</a>',
				'Q (https://x.example/q)',
			],
			[
				'a link whose text, tags aside, is its target',
				'<a href="https://x.example"><span>https://x.example</span></a>',
				'https://x.example',
			],
			['a link to an anchor of the page', '<a href="#top">Back to top</a>', 'Back to top'],
			['a link without text', 'Go: <a href="https://x.example/e"></a>', 'Go: https://x.example/e'],
			[
				'an image alt with attributes around it',
				'<img src="a.png" alt = "Logo" width="1">',
				'Logo',
			],
			['line breaks written every way', 'a<br />b<BR/>c<br >d', 'a\nb\nc\nd'],
			['a list item with attributes', '<ul><li class="x">One</li></ul>', '- One'],
			['table cells', '<table><tr><td>a</td><td>b</td ><td>c</td></tr></table>', 'a b c'],
			['a rule with attributes', 'a<hr class="x">b', 'a\n----------\nb'],
			['headings and paragraphs with attributes', 'a<h2>T</h2>b<p class="x">c', 'a\n\nT\n\nb\n\nc'],
			['Windows and old Mac line ends', 'a\r\nb\rc', 'a\nb\nc'],
			['runs of spaces, and spaces around line ends', 'a  b \nc\n d', 'a b\nc\nd'],
		])('%s', (_name, html, text) => expect(htmlToText(html)).toBe(text));
	});

	describe('serializeSendBody', () => {
		const fields = {
			from: 'a@x.example',
			to: ['b@x.example'],
			subject: 'Ünïcødé "quotes"\n',
			password: 'p"w\\',
		};

		it('writes JSON only when there are no attachments', () => {
			expect(JSON.parse(serializeSendBody(fields, []).toString('utf8'))).toEqual(fields);
		});

		it('writes valid JSON for attachments alone', () => {
			const attachment = {
				property: 'data',
				fileName: 'a.txt',
				contentType: 'text/plain',
				bytes: Buffer.from('abc'),
			};
			expect(JSON.parse(serializeSendBody({}, [attachment]).toString('utf8'))).toEqual({
				attachments: [{ filename: 'a.txt', content_type: 'text/plain', content: 'YWJj' }],
			});
		});

		it.each([0, 1, 2, 3, 4, 786431, 786432, 786433, 2 * 786432 + 5])(
			'encodes a %i-byte attachment exactly like Buffer base64',
			(size) => {
				const bytes = randomBytes(size);
				const body = serializeSendBody(fields, [
					{
						property: 'data',
						fileName: 'f "1".bin',
						contentType: 'application/octet-stream',
						bytes,
					},
					{
						property: 'more',
						fileName: 'ü.txt',
						contentType: 'text/plain',
						bytes: Buffer.from('hi'),
					},
				]);
				expect(JSON.parse(body.toString('utf8'))).toEqual({
					...fields,
					attachments: [
						{
							filename: 'f "1".bin',
							content_type: 'application/octet-stream',
							content: bytes.toString('base64'),
						},
						{ filename: 'ü.txt', content_type: 'text/plain', content: 'aGk=' },
					],
				});
				expect(base64Length(size)).toBe(bytes.toString('base64').length);
			},
		);
	});

	it('splits binary property names and positional file names', () => {
		expect(splitNames(' data, invoice ,,')).toEqual(['data', 'invoice']);
		expect(splitNames(['a', 'b,c', null])).toEqual(['a', 'b', 'c']);
		expect(splitFileNames('a.pdf, ,c.pdf')).toEqual(['a.pdf', '', 'c.pdf']);
		expect(splitFileNames('')).toEqual([]);
		expect(splitFileNames(['x.pdf', null])).toEqual(['x.pdf', '']);
	});

	it('has a text for each of the 12 documented error codes', () => {
		const codes = [
			'smtp_invalid_from',
			'smtp_auth_required',
			'smtp_unauthorized_sender',
			'smtp_missing_recipients',
			'smtp_invalid_recipient',
			'smtp_empty_subject',
			'smtp_empty_body',
			'smtp_invalid_cc',
			'smtp_invalid_bcc',
			'smtp_invalid_reply_to',
			'smtp_invalid_attachment',
			'smtp_error',
		];
		const texts = codes.map((code) => smtpErrorText(code, [], 'a@x.example'));
		expect(texts.every((text) => text && text.message && text.description)).toBe(true);
		expect(new Set(texts.map((text) => text!.message)).size).toBe(12);
		expect(smtpErrorText('smtp_something_new', [], '')).toBeUndefined();
	});

	it('scrubs secrets as written, JSON-escaped and URL-encoded', () => {
		const secret = 'p"w/ä b';
		const text = `raw ${secret} json ${JSON.stringify(secret)} url ${encodeURIComponent(secret)}`;
		expect(scrub(text, [secret])).toBe('raw *** json "***" url ***');
		expect(scrubJson({ a: [`x${secret}`] }, [secret])).toEqual({ a: ['x***'] });
	});

	describe('credential test of the sending mailbox', () => {
		const run = async (data: ICredentialDataDecryptedObject) =>
			await mailcowMailboxCredentialTest.call({} as ICredentialTestFunctions, {
				id: '1',
				name: 'm',
				type: 'mailcowMailboxApi',
				data,
			});
		it('passes complete settings and says when the password is checked', async () => {
			expect(await run({ user: 'a@x.example', password: 'secret-1', smtpPort: 587 })).toEqual({
				status: 'OK',
				message: expect.stringMatching(/checks the password when the first email is sent/),
			});
		});
		it.each([
			[{ user: '', password: 'x' }, /Mailbox Address/],
			[{ user: 'a@', password: 'x' }, /not valid/],
			[{ user: 'a@x.example', password: '' }, /password/],
			[{ user: 'a@x.example', password: 'x', smtpPort: 2525 }, /SMTP Port/],
		])('fails incomplete settings %j', async (data, message) => {
			const result = await run(data);
			expect(result.status).toBe('Error');
			expect(result.message).toMatch(message);
		});
	});
});
