/* eslint-disable @n8n/community-nodes/no-hardcoded-secrets -- made-up mailbox passwords of the emulator's test data */
import { MailcowEmulator, MAILCOW_RO_KEY } from '../../emulators/mailcow';
import { sendEmailState, type SendMsg } from '../../emulators/mailcow/routes/sendEmail';
import { runNode } from '../../helpers/runNode';
import { MAILBOX, credentials, seed, sendParameters, sent } from './setup';

describe('Mailcow → Email → Send errors', () => {
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

	const send = async (extra = {}, mailbox = {}) =>
		await runNode({
			node: 'mailcow',
			parameters: sendParameters(extra),
			credentials: credentials(mailcow, mailbox),
		});

	describe("mailcow's documented error codes", () => {
		// The node checks addresses, subject and body itself, so mailcow's own checks are reached
		// here by scripting the emulator's answer; the emulator's tests prove it gives each code.
		it.each<[string, SendMsg, RegExp, RegExp]>([
			[
				'smtp_invalid_from',
				'smtp_invalid_from',
				/^Mailcow refused the sender address as invalid$/,
				/smtp_invalid_from for "orders@shop.example"/,
			],
			[
				'smtp_auth_required',
				'smtp_auth_required',
				/^Mailcow needs the mailbox login to send$/,
				/Mailbox Address and Password/,
			],
			[
				'smtp_missing_recipients',
				'smtp_missing_recipients',
				/^Mailcow found no recipients/,
				/at least one address in To/,
			],
			[
				'smtp_invalid_recipient',
				['smtp_invalid_recipient', 'bad@@x'],
				/^Mailcow refused the recipient address bad@@x$/,
				/smtp_invalid_recipient/,
			],
			[
				'smtp_empty_subject',
				'smtp_empty_subject',
				/^Mailcow refused an empty subject$/,
				/Enter a Subject/,
			],
			[
				'smtp_empty_body',
				'smtp_empty_body',
				/^Mailcow refused an empty message body$/,
				/plain-text body is empty/,
			],
			['smtp_invalid_cc', 'smtp_invalid_cc', /^Mailcow refused a CC address$/, /address in CC/],
			['smtp_invalid_bcc', 'smtp_invalid_bcc', /^Mailcow refused a BCC address$/, /address in BCC/],
			[
				'smtp_invalid_reply_to',
				'smtp_invalid_reply_to',
				/^Mailcow refused the Reply To address$/,
				/one plain email address/,
			],
			[
				'smtp_invalid_attachment',
				'smtp_invalid_attachment',
				/^Mailcow could not decode an attachment$/,
				/not valid base64.*proxy/,
			],
			[
				'smtp_unauthorized_sender',
				['smtp_unauthorized_sender', 'x@brand.example'],
				/^The mailbox may not send as x@brand\.example$/,
				/sender ACL/,
			],
			[
				'smtp_error',
				['smtp_error', 'SMTP Error: data not accepted.'],
				/^Mailcow's SMTP server did not accept the message: SMTP Error: data not accepted\.$/,
				/after mailcow's own checks/,
			],
		])('%s becomes a clear error', async (_code, answer, message, description) => {
			sendEmailState(mailcow.state).scriptedAnswers.push(answer);
			const { error } = await send();
			expect(error?.message).toMatch(message);
			expect(error?.description).toMatch(description);
			expect(error?.httpCode).toBe('200');
			expect(sent(mailcow)).toHaveLength(0);
		});
	});

	it('lists every way a sender can be authorised when mailcow refuses the From address', async () => {
		const { error } = await send({ options: { fromEmail: 'ceo@brand.example' } });
		expect(error?.message).toBe('The mailbox may not send as ceo@brand.example');
		expect(error?.description).toBe(
			[
				'Mailcow answered smtp_unauthorized_sender. A mailbox may send only from:',
				'1. its own address (the Mailbox Address of the credential)',
				'2. an alias whose destinations include the mailbox (Email → Aliases)',
				'3. an address in the mailbox\'s sender ACL (Mailbox → Edit → "Allow to send as")',
				'4. a domain wildcard in the sender ACL (@example.com: any address of that domain)',
				'5. the global wildcard * in the sender ACL (any address)',
				"6. an external sender alias granted in the sender ACL (an address outside mailcow's domains)",
				'Grant one of these in mailcow, or leave From empty to send from the mailbox address.',
			].join('\n'),
		);
		expect(mailcow.requests).toHaveLength(1);
	});

	it.each([
		['a wrong password', {}, { password: 'Wrong-Password-123' }],
		['an inactive mailbox', { active: 0 }, {}],
		['a mailbox without SMTP access', { attributes: { smtp_access: '0' } }, {}],
	])('explains a refused mailbox login: %s', async (_label, change, mailbox) => {
		const existing = mailcow.state.mailboxes.get(MAILBOX)!;
		Object.assign(existing, {
			...change,
			attributes: { ...existing.attributes, ...(change as { attributes?: object }).attributes },
		});
		const { error } = await send({}, mailbox);
		expect(error?.message).toBe(
			"Mailcow's SMTP server rejected the mailbox login: SMTP Error: Could not authenticate.",
		);
		expect(error?.description).toMatch(
			/Password in the Mailcow Sending Mailbox credential is wrong.*does not retry/,
		);
		// Never retried: one failed login, not several (fail2ban).
		expect(mailcow.requests).toHaveLength(1);
	});

	it('explains an SMTP host mailcow cannot reach', async () => {
		const { error } = await send({}, { smtpHost: 'mail.nowhere.example' });
		expect(error?.message).toMatch(
			/^Mailcow could not reach its SMTP server: SMTP Error: Could not connect/,
		);
		expect(error?.description).toMatch(/SMTP Host and SMTP Port/);
	});

	it('says that a server without the endpoint (stock mailcow: 404 route not found) cannot send, and what to use instead', async () => {
		mailcow.sendEmailRoute = false;
		const { error } = await send();
		expect(mailcow.requests).toHaveLength(1);
		expect(mailcow.requests[0].rawPath).toBe('/api/v1/send/email');
		expect(error?.message).toBe('This mailcow server does not offer the Send Email endpoint');
		expect(error?.description).toMatch(
			/^Mailcow answered 404 "route not found" for POST \/api\/v1\/send\/email\. Stock mailcow releases do not include this endpoint/,
		);
		expect(error?.description).toMatch(
			/n8n's Send Email node with an SMTP credential for the same mailbox/,
		);
		expect(error?.httpCode).toBe('404');
	});

	it('asks for the read-write key when the read-only key is used (403)', async () => {
		const { error } = await runNode({
			node: 'mailcow',
			parameters: sendParameters(),
			credentials: {
				...credentials(mailcow),
				mailcowApi: { baseUrl: mailcow.url, apiKey: MAILCOW_RO_KEY },
			},
		});
		expect(error?.message).toBe('Mailcow denied sending for this API key');
		expect(error?.description).toMatch(/needs the read-write API key/);
		expect(error?.httpCode).toBe('403');
		expect(sent(mailcow)).toHaveLength(0);
	});

	it('reports a wrong API key once, without retrying (401)', async () => {
		const { error } = await runNode({
			node: 'mailcow',
			parameters: sendParameters(),
			credentials: {
				...credentials(mailcow),
				mailcowApi: { baseUrl: mailcow.url, apiKey: 'WRONG-KEY' },
			},
		});
		expect(error?.message).toBe('Mailcow rejected the API key (authentication failed)');
		expect(mailcow.requests).toHaveLength(1);
	});

	it('explains a server that does not read the JSON body ("Cannot find attributes in post data")', async () => {
		sendEmailState(mailcow.state).scriptedAnswers.push('Cannot find attributes in post data');
		const { error } = await send();
		expect(error?.message).toBe('Mailcow did not read the email from the request');
		expect(error?.description).toMatch(/only form-encoded bodies/);
	});

	describe('input checks, before any request, naming the field and the item', () => {
		const LONG_ADDRESS = `${'x'.repeat(64)}@${'d'.repeat(63)}.${'e'.repeat(63)}.${'f'.repeat(58)}.com`;
		it.each([
			[
				'To',
				{ toEmail: 'ann@client.example, bob@' },
				'To: "bob@" is not a valid email address: it needs the form name@domain (item 0)',
			],
			[
				'To (display name)',
				{ toEmail: 'Ann <ann@client.example>' },
				'To: "Ann <ann@client.example>" is not a valid email address: mailcow takes bare addresses; remove the display name and the angle brackets (item 0)',
			],
			['To (empty)', { toEmail: ' , ' }, 'To: is required (item 0)'],
			[
				'To (not text)',
				{ toEmail: '={{ [42] }}' },
				'To: "42" is not a valid email address: expected text such as name@example.com (item 0)',
			],
			[
				'CC',
				{ options: { ccEmail: 'a b@client.example' } },
				'CC: "a b@client.example" is not a valid email address: the part before @ is not valid (no spaces, quotes, or leading, trailing or double dots) (item 0)',
			],
			[
				'BCC',
				{ options: { bccEmail: 'x@client' } },
				'BCC: "x@client" is not a valid email address: "client" is not a valid domain name (item 0)',
			],
			// PHP's FILTER_VALIDATE_EMAIL: the last label starts with a letter (or xn--).
			[
				'To (top-level label starting with a digit)',
				{ toEmail: 'ann@client.1a' },
				'To: "ann@client.1a" is not a valid email address: "client.1a" is not a valid domain name (item 0)',
			],
			// ... and the whole address has at most 254 characters (each part is within its own limit).
			[
				'CC (255 characters)',
				{ options: { ccEmail: LONG_ADDRESS } },
				`CC: "${LONG_ADDRESS}" is not a valid email address: it is longer than 254 characters (item 0)`,
			],
			[
				'Reply To',
				{ options: { replyTo: 'a@client.example, b@client.example' } },
				'Reply To: enter one address only (item 0)',
			],
			[
				'From',
				{ options: { fromEmail: 'sales@bücher.example' } },
				'From: "sales@bücher.example" is not a valid email address: mailcow accepts only ASCII domains; write an international domain in its xn-- form (item 0)',
			],
			['Subject', { subject: '  ' }, 'Subject: is required (item 0)'],
			[
				'Text',
				{ text: '0' },
				'Text: enter the text of the email (mailcow refuses an empty body) (item 0)',
			],
			['HTML', { emailFormat: 'html', html: '' }, 'HTML: is required (item 0)'],
			// mailcow refuses the body "0" (PHP's empty()).
			[
				'HTML whose text is 0',
				{ emailFormat: 'html', html: '<p>0</p>' },
				'HTML: the HTML contains no text to derive the plain-text version mailcow requires (item 0)',
			],
			[
				'HTML without text',
				{ emailFormat: 'html', html: '<img src="cid:x">' },
				'HTML: the HTML contains no text to derive the plain-text version mailcow requires (item 0)',
			],
		])('%s', async (_field, extra, message) => {
			const { error } = await send(extra);
			expect(error?.message).toBe(message);
			expect(error?.context?.itemIndex).toBe(0);
			expect(mailcow.requests).toHaveLength(0);
		});

		it('says how to send HTML that holds no text', async () => {
			const { error } = await send({ emailFormat: 'html', html: '<img src="cid:x">' });
			expect(error?.description).toBe(
				'Check the "HTML" field of item 0. Choose the Both format and write the text version yourself.',
			);
		});

		it.each([
			[
				'Mailbox Address',
				{ user: '' },
				'Mailcow Sending Mailbox credential, Mailbox Address: it is empty (item 0)',
			],
			[
				'Mailbox Address',
				{ user: 'orders' },
				'Mailcow Sending Mailbox credential, Mailbox Address: "orders" is not a valid email address: it needs the form name@domain (item 0)',
			],
			[
				'Password',
				{ password: '' },
				'Mailcow Sending Mailbox credential, Password: it is empty (item 0)',
			],
			[
				'SMTP Port',
				{ smtpPort: 2525 },
				'Mailcow Sending Mailbox credential, SMTP Port: 2525 is not 25, 465 or 587 (item 0)',
			],
		])('credential %s', async (_field, mailbox, message) => {
			const { error } = await send({}, mailbox);
			expect(error?.message).toBe(message);
			expect(mailcow.requests).toHaveLength(0);
		});

		it('names the item that failed and, with continueOnFail, sends the others', async () => {
			const parameters = sendParameters({ toEmail: '={{ $json.email }}' });
			const items = [
				{ json: { email: 'ann@client.example' } },
				{ json: { email: 'not-an-address' } },
				{ json: { email: 'cy@client.example' } },
			];
			const stopped = await runNode({
				node: 'mailcow',
				parameters,
				credentials: credentials(mailcow),
				items,
			});
			expect(stopped.error?.message).toBe(
				'To: "not-an-address" is not a valid email address: it needs the form name@domain (item 1)',
			);

			mailcow.reset();
			seed(mailcow);
			const continued = await runNode({
				node: 'mailcow',
				parameters,
				credentials: credentials(mailcow),
				items,
				continueOnFail: true,
			});
			expect(continued.items).toHaveLength(3);
			expect(continued.items[0].json).toMatchObject({ sent: true, to: ['ann@client.example'] });
			expect(continued.items[1].error?.message).toMatch(/\(item 1\)$/);
			expect(continued.items[2].json).toMatchObject({ sent: true, to: ['cy@client.example'] });
			expect(
				sent(mailcow)
					.map((m) => m.to[0])
					.sort(),
			).toEqual(['ann@client.example', 'cy@client.example']);
		});

		it('needs the sending mailbox credential', async () => {
			const { error } = await runNode({
				node: 'mailcow',
				parameters: sendParameters(),
				credentials: { mailcowApi: credentials(mailcow).mailcowApi },
			});
			expect(error?.message).toMatch(/mailcowMailboxApi/);
			expect(mailcow.requests).toHaveLength(0);
		});
	});
});
