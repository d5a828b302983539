import type { Icon, ICredentialType, INodeProperties } from 'n8n-workflow';

/**
 * The mailbox that sends through mailcow's `send/email` endpoint. The endpoint needs the
 * mailbox's own SMTP login in the request body, next to the admin API key of the Mailcow API
 * credential, so the password is kept here (encrypted by n8n) and never in a node parameter.
 * There is no `authenticate` block: the Mailcow node puts these values into the body itself.
 */
export class MailcowMailboxApi implements ICredentialType {
	name = 'mailcowMailboxApi';

	displayName = 'Mailcow Sending Mailbox API';

	icon: Icon = {
		light: 'file:../icons/mailcow-mailbox.svg',
		dark: 'file:../icons/mailcow-mailbox.dark.svg',
	};

	documentationUrl =
		'https://github.com/n8n-nodes-mailcow-migadu/n8n-nodes-mailcow-migadu#mailcow-sending-mailbox-api-credential';

	properties: INodeProperties[] = [
		{
			displayName:
				'Test checks only what can be checked here: the address format, that a password is filled in, and the port. It does not log in to the mailbox (mailcow\'s API has no password check): a wrong password shows on the first send, as "rejected the mailbox login".',
			name: 'testNotice',
			type: 'notice',
			default: '',
		},
		{
			displayName: 'Mailbox Address',
			name: 'user',
			type: 'string',
			default: '',
			required: true,
			placeholder: 'orders@example.com',
			description:
				"The mailbox that logs in to mailcow's SMTP server. Messages are sent from this address unless the node sets another sender the mailbox may use.",
		},
		{
			displayName: 'Password',
			name: 'password',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
			description:
				'The mailbox password, or better an app password created for this mailbox in mailcow (Mailbox → App passwords) with SMTP access',
		},
		{
			displayName: 'SMTP Host',
			name: 'smtpHost',
			type: 'string',
			default: 'postfix-mailcow',
			description:
				"SMTP server mailcow connects to. Keep postfix-mailcow (mailcow's own Postfix container) unless your server runs Postfix elsewhere.",
		},
		{
			displayName: 'SMTP Port',
			name: 'smtpPort',
			type: 'options',
			default: 587,
			options: [
				{ name: '587 (STARTTLS, Recommended)', value: 587 },
				{ name: '465 (SSL/TLS)', value: 465 },
				{ name: '25 (Unencrypted, Internal Only)', value: 25 },
			],
			description: 'Port of the SMTP submission; 587 and 465 authenticate the mailbox',
		},
	];
}
