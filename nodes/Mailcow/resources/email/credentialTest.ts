import type {
	ICredentialsDecrypted,
	ICredentialTestFunctions,
	INodeCredentialTestResult,
} from 'n8n-workflow';
import { addressProblem } from '../../shared/addresses';

/**
 * Test of the Mailcow Sending Mailbox credential. Mailcow has no API call that checks a
 * mailbox password with the admin key, and this credential holds no server address, so the
 * test checks what can be checked here and says that the password is checked on the first send.
 */
export async function mailcowMailboxCredentialTest(
	this: ICredentialTestFunctions,
	credential: ICredentialsDecrypted,
): Promise<INodeCredentialTestResult> {
	const data = credential.data ?? {};
	const user = String(data.user ?? '').trim();
	if (!user) return { status: 'Error', message: 'Enter the Mailbox Address' };
	const problem = addressProblem(user);
	if (problem)
		return { status: 'Error', message: `Mailbox Address "${user}" is not valid: ${problem}` };
	if (!data.password)
		return { status: 'Error', message: 'Enter the mailbox password or an app password' };
	if (![25, 465, 587].includes(Number(data.smtpPort ?? 587))) {
		return { status: 'Error', message: 'SMTP Port must be 587, 465 or 25' };
	}
	return {
		status: 'OK',
		message:
			'Checked: the address format, that a password is filled in, and the port. Not checked: the password itself. No connection is made; mailcow checks the password when the first email is sent, and a wrong one fails that send with "rejected the mailbox login".',
	};
}
