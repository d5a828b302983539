/* eslint-disable @n8n/community-nodes/no-hardcoded-secrets -- made-up mailbox passwords of the emulator's test data */
import axios from 'axios';
import { MailcowEmulator, MAILCOW_RO_KEY, MAILCOW_RW_KEY } from '../../emulators/mailcow';
import { ALIAS, MAILBOX, MAILBOX_PASSWORD, seed, sent } from './setup';

/** The emulator's send/email route on its own, over HTTP, as a client other than n8n would call it. */
describe('Mailcow emulator: POST /api/v1/send/email', () => {
	const mailcow = new MailcowEmulator();
	beforeAll(async () => {
		await mailcow.start();
	});
	afterAll(async () => await mailcow.stop());
	beforeEach(() => {
		mailcow.reset();
		mailcow.sendEmailRoute = true;
		seed(mailcow);
	});

	const post = async (
		body: unknown,
		{ key = MAILCOW_RW_KEY, contentType = 'application/json', method = 'POST' } = {},
	) => {
		const response = await axios.request({
			url: `${mailcow.url}/api/v1/send/email`,
			method,
			headers: { 'X-API-Key': key, 'Content-Type': contentType },
			data: typeof body === 'string' ? body : JSON.stringify(body),
			validateStatus: () => true,
			transformResponse: (text: string) => (text ? (JSON.parse(text) as unknown) : text),
		});
		return { status: response.status, body: response.data as unknown };
	};
	const valid = () => ({
		from: MAILBOX,
		to: ['customer@client.example'],
		subject: 'Hello',
		body: 'Text',
		smtp_user: MAILBOX,
		password: MAILBOX_PASSWORD,
	});
	const msgOf = (body: unknown) => (body as Array<{ msg: unknown }>)[0].msg;

	it('answers the documented success entry and keeps the message with its decoded attachments', async () => {
		const pdf = Buffer.from('%PDF-1.4 test');
		const { status, body } = await post({
			...valid(),
			to: ['a@client.example', 'b@client.example'],
			cc: ['c@client.example'],
			html_body: '<p>Text</p>',
			attachments: [
				{ filename: 'doc.pdf', content: pdf.toString('base64'), content_type: 'application/pdf' },
				{ filename: 'raw', content: 'AAEC' },
			],
		});
		expect(status).toBe(200);
		expect(body).toEqual([
			{
				type: 'success',
				log: ['smtp_api', 'send', expect.objectContaining({ password: '*', smtp_user: MAILBOX })],
				msg: ['smtp_mail_sent', MAILBOX, 'a@client.example, b@client.example'],
			},
		]);
		expect(JSON.stringify(body)).not.toContain(MAILBOX_PASSWORD);
		const [message] = sent(mailcow);
		expect(message).toMatchObject({
			from: MAILBOX,
			to: ['a@client.example', 'b@client.example'],
			cc: ['c@client.example'],
			htmlBody: '<p>Text</p>',
			smtpHost: 'postfix-mailcow',
			smtpPort: 587,
		});
		expect(message.attachments).toEqual([
			{ filename: 'doc.pdf', contentType: 'application/pdf', content: pdf },
			{ filename: 'raw', contentType: 'application/octet-stream', content: Buffer.from([0, 1, 2]) },
		]);
	});

	it('checks in the documented order and answers only the first failure', async () => {
		// Everything wrong at first; each step repairs the field of the previous answer.
		const request: Record<string, unknown> = {
			from: 'not-an-address',
			to: [],
			subject: '',
			body: '',
			cc: ['bad cc'],
			bcc: ['bad-bcc@'],
			reply_to: 'nope',
			attachments: [{ filename: 'x', content: '***' }],
			smtp_user: '',
			password: '',
		};
		const repairs: Array<[unknown, () => void]> = [
			['smtp_invalid_from', () => (request.from = 'ceo@brand.example')],
			[
				'smtp_auth_required',
				() => Object.assign(request, { smtp_user: MAILBOX, password: 'Wrong-Password-1' }),
			],
			[['smtp_unauthorized_sender', 'ceo@brand.example'], () => (request.from = ALIAS)],
			['smtp_missing_recipients', () => (request.to = ['ok@client.example', 'broken@'])],
			[['smtp_invalid_recipient', 'broken@'], () => (request.to = ['ok@client.example'])],
			['smtp_empty_subject', () => (request.subject = 'Subject')],
			['smtp_empty_body', () => (request.body = 'Body')],
			['smtp_invalid_cc', () => (request.cc = ['cc@client.example'])],
			['smtp_invalid_bcc', () => (request.bcc = ['bcc@client.example'])],
			['smtp_invalid_reply_to', () => (request.reply_to = 'reply@shop.example')],
			[
				'smtp_invalid_attachment',
				() => (request.attachments = [{ filename: 'x', content: 'eA==' }]),
			],
			[
				['smtp_error', 'SMTP Error: Could not authenticate.'],
				() => (request.password = MAILBOX_PASSWORD),
			],
		];
		const answers: unknown[] = [];
		for (const [expected, repair] of repairs) {
			const { status, body } = await post(request);
			expect(status).toBe(200);
			expect((body as Array<{ type: string }>)[0].type).toBe('error');
			answers.push(msgOf(body));
			expect(msgOf(body)).toEqual(expected);
			repair();
		}
		expect(answers).toHaveLength(12);
		expect(sent(mailcow)).toHaveLength(0);
		const { body } = await post(request);
		expect(msgOf(body)).toEqual(['smtp_mail_sent', ALIAS, 'ok@client.example']);
		expect(sent(mailcow)).toHaveLength(1);
	});

	it('requires the plain-text body even when html_body is given, as documented', async () => {
		const { body } = await post({ ...valid(), body: '', html_body: '<p>Hi</p>' });
		expect(msgOf(body)).toBe('smtp_empty_body');
	});

	describe('sender authorisation', () => {
		it.each([
			['allows its own address', () => undefined, MAILBOX, true],
			['allows an alias delivering to it', () => undefined, ALIAS, true],
			[
				'allows a catch-all alias of a domain delivering to it',
				() => mailcow.state.addAlias({ address: '@brand.example', goto: MAILBOX }),
				'any@brand.example',
				true,
			],
			[
				'allows an exact sender ACL entry',
				() => (mailcow.state.mailboxes.get(MAILBOX)!.senderAcl = ['billing@brand.example']),
				'billing@brand.example',
				true,
			],
			[
				'allows a domain wildcard in the sender ACL',
				() => (mailcow.state.mailboxes.get(MAILBOX)!.senderAcl = ['@brand.example']),
				'x@brand.example',
				true,
			],
			[
				'allows the global wildcard',
				() => (mailcow.state.mailboxes.get(MAILBOX)!.senderAcl = ['*']),
				'x@anything.example',
				true,
			],
			[
				'allows an external sender alias',
				() => (mailcow.state.mailboxes.get(MAILBOX)!.senderAcl = ['me@gmail.example']),
				'me@gmail.example',
				true,
			],
			[
				'refuses another mailbox',
				() => mailcow.state.addMailbox({ username: 'boss@shop.example', password: 'x-12345678' }),
				'boss@shop.example',
				false,
			],
			[
				'refuses an alias of another mailbox',
				() => mailcow.state.addAlias({ address: 'hr@shop.example', goto: 'boss@shop.example' }),
				'hr@shop.example',
				false,
			],
			[
				'refuses an inactive alias',
				() => mailcow.state.addAlias({ address: 'old@shop.example', goto: MAILBOX, active: 0 }),
				'old@shop.example',
				false,
			],
			[
				'refuses a domain the ACL does not cover',
				() => (mailcow.state.mailboxes.get(MAILBOX)!.senderAcl = ['@brand.example']),
				'x@other.example',
				false,
			],
		])('%s', async (_label, arrange, from, allowed) => {
			arrange();
			const { body } = await post({ ...valid(), from });
			expect(msgOf(body)).toEqual(
				allowed
					? ['smtp_mail_sent', from, 'customer@client.example']
					: ['smtp_unauthorized_sender', from],
			);
		});
	});

	it('prefers app_password over password', async () => {
		const { body } = await post({ ...valid(), password: 'wrong', app_password: MAILBOX_PASSWORD });
		expect(msgOf(body)).toEqual(['smtp_mail_sent', MAILBOX, 'customer@client.example']);
		const log = (body as Array<{ log: [string, string, Record<string, unknown>] }>)[0].log[2];
		expect(log).toMatchObject({ password: '*', app_password: '*' });
	});

	it('reads a form-encoded attr=<json> body too', async () => {
		const { body } = await post(`attr=${encodeURIComponent(JSON.stringify(valid()))}`, {
			contentType: 'application/x-www-form-urlencoded',
		});
		expect(msgOf(body)).toEqual(['smtp_mail_sent', MAILBOX, 'customer@client.example']);
	});

	it("answers like mailcow's router around the route", async () => {
		expect(await post(valid(), { contentType: 'text/plain' })).toEqual({
			status: 200,
			body: { type: 'error', msg: 'Cannot find attributes in post data' },
		});
		expect(await post('{"from":', {})).toEqual({
			status: 400,
			body: { type: 'error', msg: "Request body doesn't contain valid json!" },
		});
		expect(await post(valid(), { key: MAILCOW_RO_KEY })).toEqual({
			status: 403,
			body: { type: 'error', msg: 'API read/write access denied' },
		});
		expect(await post(valid(), { key: '' })).toEqual({
			status: 403,
			body: { type: 'error', msg: 'API read/write access denied' },
		});
		expect((await post(valid(), { method: 'PUT' })).status).toBe(405);
		mailcow.sendEmailRoute = false;
		expect(await post(valid())).toEqual({
			status: 404,
			body: { type: 'error', msg: 'route not found' },
		});
		expect(sent(mailcow)).toHaveLength(0);
	});
});
