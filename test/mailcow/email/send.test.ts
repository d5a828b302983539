import { MailcowEmulator, MAILCOW_RW_KEY } from '../../emulators/mailcow';
import { sendEmailState } from '../../emulators/mailcow/routes/sendEmail';
import { json, makeBinary, runNode, runNodeOk } from '../../helpers/runNode';
import {
	ALIAS,
	MAILBOX,
	MAILBOX_PASSWORD,
	credentials,
	seed,
	sendParameters,
	sendRequest,
	sent,
} from './setup';

describe('Mailcow → Email → Send', () => {
	const mailcow = new MailcowEmulator();
	beforeAll(async () => {
		await mailcow.start();
	});
	afterAll(async () => await mailcow.stop());
	beforeEach(() => {
		mailcow.reset();
		seed(mailcow);
	});

	it('posts the documented JSON body with the mailbox login and returns what was sent', async () => {
		const items = await runNodeOk({
			node: 'mailcow',
			parameters: sendParameters(),
			credentials: credentials(mailcow),
		});

		const request = sendRequest(mailcow);
		expect(request.method).toBe('POST');
		expect(request.rawPath).toBe('/api/v1/send/email');
		expect(request.headers['content-type']).toBe('application/json');
		expect(request.headers['x-api-key']).toBe(MAILCOW_RW_KEY);
		expect(request.body).toEqual({
			from: MAILBOX,
			to: ['customer@client.example'],
			subject: 'Your order #1042',
			body: 'Thank you for your order.',
			smtp_host: 'postfix-mailcow',
			smtp_port: 587,
			smtp_user: MAILBOX,
			password: MAILBOX_PASSWORD,
		});
		expect(json(items)).toEqual([
			{
				sent: true,
				from: MAILBOX,
				to: ['customer@client.example'],
				cc: [],
				bcc: [],
				replyTo: null,
				subject: 'Your order #1042',
				attachments: [],
				result: {
					type: 'success',
					msg: ['smtp_mail_sent', MAILBOX, 'customer@client.example'],
					message: `smtp_mail_sent (${MAILBOX}, customer@client.example)`,
				},
			},
		]);
		expect(sent(mailcow)).toHaveLength(1);
		expect(sent(mailcow)[0]).toMatchObject({
			from: MAILBOX,
			to: ['customer@client.example'],
			body: 'Thank you for your order.',
		});
	});

	it('takes To, CC and BCC as comma/semicolon lists, trims them and drops duplicates', async () => {
		const items = await runNodeOk({
			node: 'mailcow',
			parameters: sendParameters({
				toEmail: ' a@client.example,b@client.example ; A@client.example,\n',
				options: {
					ccEmail: 'c@client.example',
					bccEmail: 'archive@shop.example, d@client.example',
					replyTo: ' help@shop.example ',
				},
			}),
			credentials: credentials(mailcow),
		});
		const { body } = sendRequest(mailcow);
		expect(body.to).toEqual(['a@client.example', 'b@client.example']);
		expect(body.cc).toEqual(['c@client.example']);
		expect(body.bcc).toEqual(['archive@shop.example', 'd@client.example']);
		expect(body.reply_to).toBe('help@shop.example');
		expect(json(items)[0]).toMatchObject({
			to: ['a@client.example', 'b@client.example'],
			cc: ['c@client.example'],
			bcc: ['archive@shop.example', 'd@client.example'],
			replyTo: 'help@shop.example',
		});
		expect(sent(mailcow)[0]).toMatchObject({
			cc: ['c@client.example'],
			bcc: ['archive@shop.example', 'd@client.example'],
			replyTo: 'help@shop.example',
		});
	});

	it('takes arrays of addresses from expressions', async () => {
		await runNodeOk({
			node: 'mailcow',
			parameters: sendParameters({
				toEmail: '={{ $json.recipients }}',
				options: { ccEmail: '={{ $json.copies }}' },
			}),
			credentials: credentials(mailcow),
			items: [
				{
					json: {
						recipients: ['x@client.example', 'y@client.example'],
						copies: ['z@client.example'],
					},
				},
			],
		});
		const { body } = sendRequest(mailcow);
		expect(body.to).toEqual(['x@client.example', 'y@client.example']);
		expect(body.cc).toEqual(['z@client.example']);
	});

	it('sends HTML with a plain-text version derived from it', async () => {
		const html =
			'<html><head><style>p{color:red}</style></head><body><h1>Order shipped</h1><p>Track it <a href="https://track.example/1042">here</a>.</p><ul><li>Book</li><li>Pen &amp; ink</li></ul></body></html>';
		await runNodeOk({
			node: 'mailcow',
			parameters: sendParameters({ emailFormat: 'html', html }),
			credentials: credentials(mailcow),
		});
		const { body } = sendRequest(mailcow);
		expect(body.html_body).toBe(html);
		expect(body.body).toBe(
			'Order shipped\n\nTrack it here (https://track.example/1042).\n\n- Book\n- Pen & ink',
		);
		expect(sent(mailcow)[0]).toMatchObject({ htmlBody: html, body: body.body });
	});

	it('sends both versions as written when the format is Both', async () => {
		await runNodeOk({
			node: 'mailcow',
			parameters: sendParameters({
				emailFormat: 'both',
				text: 'Plain version',
				html: '<p>HTML version</p>',
			}),
			credentials: credentials(mailcow),
		});
		const { body } = sendRequest(mailcow);
		expect(body).toMatchObject({ body: 'Plain version', html_body: '<p>HTML version</p>' });
	});

	it('keeps a subject on one line', async () => {
		await runNodeOk({
			node: 'mailcow',
			parameters: sendParameters({
				subject: 'Order\r\nBcc: victim@client.example\nX-Other: 1',
			}),
			credentials: credentials(mailcow),
		});
		expect(sendRequest(mailcow).body.subject).toBe('Order Bcc: victim@client.example X-Other: 1');
	});

	it('sends from the mailbox address by default and from an alias of the mailbox when asked', async () => {
		await runNodeOk({
			node: 'mailcow',
			parameters: sendParameters({ options: { fromEmail: ALIAS } }),
			credentials: credentials(mailcow),
		});
		expect(sendRequest(mailcow).body).toMatchObject({ from: ALIAS, smtp_user: MAILBOX });
		expect(sent(mailcow)[0].from).toBe(ALIAS);
	});

	it.each([
		['an exact sender ACL entry', ['billing@brand.example'], 'billing@brand.example'],
		['a domain wildcard in the sender ACL', ['@brand.example'], 'news@brand.example'],
		['the global wildcard in the sender ACL', ['*'], 'anyone@elsewhere.example'],
		['an external sender alias', ['me@gmail.example'], 'me@gmail.example'],
	])('sends as an address granted by %s', async (_label, acl, from) => {
		mailcow.state.mailboxes.get(MAILBOX)!.senderAcl = acl;
		const items = await runNodeOk({
			node: 'mailcow',
			parameters: sendParameters({ options: { fromEmail: from } }),
			credentials: credentials(mailcow),
		});
		expect(json(items)[0]).toMatchObject({ sent: true, from });
		expect(sent(mailcow).map((m) => m.from)).toEqual([from]);
	});

	it('uses the SMTP host and port of the credential', async () => {
		sendEmailState(mailcow.state).smtpHosts.add('smtp.internal.example');
		await runNodeOk({
			node: 'mailcow',
			parameters: sendParameters(),
			credentials: credentials(mailcow, { smtpHost: 'smtp.internal.example', smtpPort: 465 }),
		});
		expect(sendRequest(mailcow).body).toMatchObject({
			smtp_host: 'smtp.internal.example',
			smtp_port: 465,
		});
		expect(sent(mailcow)[0]).toMatchObject({ smtpHost: 'smtp.internal.example', smtpPort: 465 });
	});

	it('sends one email per input item, with expressions per item, and one output item each', async () => {
		const items = await runNodeOk({
			node: 'mailcow',
			parameters: sendParameters({
				toEmail: '={{ $json.email }}',
				subject: '=Hello {{ $json.name }}',
				text: '=Dear {{ $json.name }}',
			}),
			credentials: credentials(mailcow),
			items: [
				{ json: { email: 'ann@client.example', name: 'Ann' } },
				{ json: { email: 'bob@client.example', name: 'Bob' } },
			],
		});
		expect(json(items).map((i) => [i.to, i.subject])).toEqual([
			[['ann@client.example'], 'Hello Ann'],
			[['bob@client.example'], 'Hello Bob'],
		]);
		expect(items.map((i) => i.pairedItem)).toEqual([{ item: 0 }, { item: 1 }]);
		expect(
			sent(mailcow)
				.map((m) => [m.to[0], m.body])
				.sort(),
		).toEqual([
			['ann@client.example', 'Dear Ann'],
			['bob@client.example', 'Dear Bob'],
		]);
	});

	it('runs a webhook-style order confirmation: JSON fields and an invoice file in, one email out', async () => {
		const invoice = Buffer.from(
			'%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
			'latin1',
		);
		const webhookItem = {
			json: {
				body: {
					order: { id: 'A-1042', total: '59.90 EUR' },
					customer: { name: 'Ann Lee', email: 'ann.lee@client.example' },
				},
			},
			binary: {
				invoice: await makeBinary(
					invoice,
					{ mimeType: 'application/pdf', fileName: 'invoice-A-1042.pdf' },
					'filesystem',
				),
			},
		};
		const items = await runNodeOk({
			node: 'mailcow',
			parameters: sendParameters({
				toEmail: '={{ $json.body.customer.email }}',
				subject: '=Order {{ $json.body.order.id }} confirmed',
				emailFormat: 'html',
				html: '=<p>Dear {{ $json.body.customer.name }},</p><p>we received {{ $json.body.order.total }}.</p>',
				attachments: 'named',
				binaryPropertyNames: 'invoice',
				options: { fromEmail: ALIAS, bccEmail: 'archive@shop.example' },
			}),
			credentials: credentials(mailcow),
			items: [webhookItem],
		});
		expect(json(items)).toEqual([
			expect.objectContaining({
				sent: true,
				from: ALIAS,
				to: ['ann.lee@client.example'],
				bcc: ['archive@shop.example'],
				subject: 'Order A-1042 confirmed',
				attachments: [
					{
						fileName: 'invoice-A-1042.pdf',
						mimeType: 'application/pdf',
						size: invoice.length,
						binaryProperty: 'invoice',
					},
				],
			}),
		]);
		const [message] = sent(mailcow);
		expect(message).toMatchObject({
			from: ALIAS,
			to: ['ann.lee@client.example'],
			subject: 'Order A-1042 confirmed',
			body: 'Dear Ann Lee,\n\nwe received 59.90 EUR.',
		});
		expect(message.attachments).toHaveLength(1);
		expect(message.attachments[0].filename).toBe('invoice-A-1042.pdf');
		expect(message.attachments[0].contentType).toBe('application/pdf');
		expect(message.attachments[0].content.equals(invoice)).toBe(true);
	});

	it('leaves the other resources on the API key alone (one credential per request)', async () => {
		mailcow.state.addDomain({ name: 'other.example' });
		const { error } = await runNode({
			node: 'mailcow',
			parameters: {
				resource: 'domain',
				operation: 'get',
				domain: { __rl: true, mode: 'name', value: 'other.example' },
			},
			credentials: credentials(mailcow),
		});
		expect(error).toBeUndefined();
		expect(mailcow.requests).toHaveLength(1);
		expect(mailcow.requests[0].rawPath).toBe('/api/v1/get/domain/other.example');
		expect(mailcow.requests[0].headers['x-api-key']).toBe(MAILCOW_RW_KEY);
		expect(mailcow.requests[0].rawBody).toBe('');
	});
});
