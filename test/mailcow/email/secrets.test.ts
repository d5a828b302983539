/* eslint-disable @n8n/community-nodes/no-hardcoded-secrets -- made-up test passwords */
import type { ICredentialDataDecryptedObject, INodeParameters } from 'n8n-workflow';
import { MailcowEmulator, MAILCOW_RW_KEY } from '../../emulators/mailcow';
import { sendEmailState } from '../../emulators/mailcow/routes/sendEmail';
import { makeBinary, runNode, type RunNodeResult } from '../../helpers/runNode';
import { expectNoSecret } from '../../helpers/secrets';
import { MAILBOX_PASSWORD, credentials, seed, sendParameters } from './setup';

/** The mailbox password, the API key and their base64 appear nowhere in the run. */
function expectNoSecrets(result: RunNodeResult) {
	expectNoSecret(result, MAILBOX_PASSWORD, MAILCOW_RW_KEY);
}

describe('Mailcow → Email → Send never exposes the mailbox password or the API key', () => {
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

	const items = async () => [
		{
			json: { orderId: 1042 },
			binary: {
				data: await makeBinary(
					Buffer.from('%PDF-1.4 invoice'),
					{ mimeType: 'application/pdf', fileName: 'invoice.pdf' },
					'default',
				),
			},
		},
	];
	const attachAll = sendParameters({ attachments: 'all' });

	it('on success (the request did carry both)', async () => {
		const result = await runNode({
			node: 'mailcow',
			parameters: attachAll,
			credentials: credentials(mailcow),
			items: await items(),
		});
		expect(result.error).toBeUndefined();
		expect(result.items).toHaveLength(1);
		const request = mailcow.requests[0];
		expect((request.body as { password: string }).password).toBe(MAILBOX_PASSWORD);
		expect(request.headers['x-api-key']).toBe(MAILCOW_RW_KEY);
		expectNoSecrets(result);
	});

	// Label, what arms the failure, the error expected, then changes to the mailbox credential and
	// to the node's parameters.
	type Failure = [
		label: string,
		arm: () => unknown,
		message: RegExp,
		mailbox?: Partial<ICredentialDataDecryptedObject>,
		extra?: INodeParameters,
	];
	it.each<Failure>([
		[
			'a reset connection',
			() => mailcow.injectFault({ kind: 'reset' }),
			/closed the connection without answering \(item 0\)$/,
		],
		['an HTML error page', () => mailcow.injectFault({ kind: 'html', status: 502 }), /HTML page/],
		['a proxy error', () => mailcow.injectFault({ kind: 'serverError', status: 502 }), /HTTP 502/],
		[
			'a server without the endpoint (404)',
			() => (mailcow.sendEmailRoute = false),
			/does not offer the Send Email endpoint/,
		],
		['an empty answer', () => mailcow.injectFault({ kind: 'emptyBody' }), /empty response/],
		[
			'a wrong mailbox password (smtp_error)',
			() => undefined,
			/rejected the mailbox login/,
			{ password: 'Wrong-Password-123' },
		],
		[
			'an unauthorised sender',
			() => undefined,
			/may not send as/,
			{},
			{ options: { fromEmail: 'ceo@brand.example' } },
		],
		[
			'a scripted smtp_error',
			() => sendEmailState(mailcow.state).scriptedAnswers.push(['smtp_error', 'boom']),
			/did not accept/,
		],
	])(
		'when it fails with %s (as the run error and with continueOnFail)',
		async (_label, arm, message, mailbox = {}, extra = {}) => {
			for (const continueOnFail of [false, true]) {
				arm();
				const result = await runNode({
					node: 'mailcow',
					parameters: { ...attachAll, ...extra },
					credentials: credentials(mailcow, mailbox),
					items: await items(),
					continueOnFail,
				});
				const error = continueOnFail ? result.items[0]?.error : result.error;
				expect(error?.message).toMatch(message);
				expectNoSecrets(result);
			}
		},
	);

	it('when the server echoes the password in its answer', async () => {
		sendEmailState(mailcow.state).scriptedAnswers.push([
			'smtp_error',
			`535 auth failed for password ${MAILBOX_PASSWORD}`,
		]);
		const result = await runNode({
			node: 'mailcow',
			parameters: attachAll,
			credentials: credentials(mailcow),
			items: await items(),
		});
		expect(result.error?.message).toMatch(/did not accept the message/);
		expectNoSecrets(result);
	});
});
