/* eslint-disable @n8n/community-nodes/no-hardcoded-secrets -- made-up mailbox passwords of the emulator's test data */
// Shared fixture of the Email → Send tests: a mailcow emulator with one domain, a sending mailbox
// with a known password, an alias of it, and the credentials the node runs with.
import type { ICredentialDataDecryptedObject, INodeParameters } from 'n8n-workflow';
import { MailcowEmulator, MAILCOW_RW_KEY } from '../../emulators/mailcow';
import { sendEmailState } from '../../emulators/mailcow/routes/sendEmail';

export const MAILBOX = 'orders@shop.example';
// Long and distinctive, so a scan of outputs and errors cannot miss it.
export const MAILBOX_PASSWORD = 'Mbx-Pw-7Qv2-Zr9K-never-shown';
export const ALIAS = 'sales@shop.example';

export function seed(emulator: MailcowEmulator) {
	const { state } = emulator;
	state.addDomain({ name: 'shop.example' });
	state.addDomain({ name: 'brand.example' });
	state.addMailbox({ username: MAILBOX, password: MAILBOX_PASSWORD });
	state.addAlias({ address: ALIAS, goto: [MAILBOX], senderAllowed: 1 });
}

export function credentials(
	emulator: MailcowEmulator,
	mailbox: Partial<ICredentialDataDecryptedObject> = {},
): Record<string, ICredentialDataDecryptedObject> {
	return {
		mailcowApi: { baseUrl: emulator.url, apiKey: MAILCOW_RW_KEY },
		mailcowMailboxApi: {
			user: MAILBOX,
			password: MAILBOX_PASSWORD,
			smtpHost: 'postfix-mailcow',
			smtpPort: 587,
			...mailbox,
		},
	};
}

/** Parameters of Email → Send with a minimal valid email; `extra` overrides or adds fields. */
export function sendParameters(extra: INodeParameters = {}): INodeParameters {
	return {
		resource: 'email',
		operation: 'send',
		toEmail: 'customer@client.example',
		subject: 'Your order #1042',
		emailFormat: 'text',
		text: 'Thank you for your order.',
		...extra,
	};
}

export const sent = (emulator: MailcowEmulator) => sendEmailState(emulator.state).sent;

/** The one send/email request the emulator received, with its parsed JSON body. */
export function sendRequest(emulator: MailcowEmulator) {
	const requests = emulator.requests.filter((r) => r.rawPath === '/api/v1/send/email');
	expect(requests).toHaveLength(1);
	return { ...requests[0], body: requests[0].body as Record<string, unknown> };
}
