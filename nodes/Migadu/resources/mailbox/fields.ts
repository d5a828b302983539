import type { INodePropertyOptions } from 'n8n-workflow';
import { DATE_HINT, expiryFields, flag, type MigaduField } from '../../shared/fields';
import type { Target } from '../../shared/target';

export const mailboxLabel = (r: Target) => `mailbox "${r.mailboxAddress()}"`;

const text = (
	key: string,
	displayName: string,
	name: string,
	description: string,
	rows?: number,
): MigaduField => ({
	key,
	kind: 'string',
	property: {
		displayName,
		name,
		type: 'string',
		default: '',
		description,
		...(rows ? { typeOptions: { rows } } : {}),
	},
});

const list = (
	key: string,
	displayName: string,
	name: string,
	description: string,
	kind: MigaduField['kind'],
): MigaduField => ({
	key,
	kind,
	property: { displayName, name, type: 'string', default: '', description },
});

const SPAM_ACTIONS: INodePropertyOptions[] = [
	{ name: 'Deliver to Junk Folder', value: 'folder' },
	{ name: 'Mark Subject, Keep in Inbox', value: 'subject' },
	{ name: 'No Action', value: 'none' },
	{ name: 'Drop', value: 'drop' },
];

// Migadu's exact values, with underscores.
const SPAM_LEVELS: INodePropertyOptions[] = [
	{ name: 'Most Permissive', value: 'most_permissive' },
	{ name: 'More Permissive', value: 'more_permissive' },
	{ name: 'Permissive', value: 'permissive' },
	{ name: 'Domain Default', value: 'default' },
	{ name: 'Strict', value: 'strict' },
	{ name: 'Stricter', value: 'stricter' },
	{ name: 'Strictest', value: 'strictest' },
];

/** The writable mailbox fields shared by create (Additional Fields) and update. */
/** Where password resets go; Create asks for it top-level (an invitation is sent there). */
export const recoveryEmail: MigaduField = {
	key: 'password_recovery_email',
	kind: 'address',
	property: {
		displayName: 'Password Recovery Email',
		name: 'recoveryEmail',
		type: 'string',
		placeholder: 'name@personal.example',
		default: '',
		description:
			'External address for password resets; required for an invitation, which is sent there',
	},
};

export const mailboxFields: MigaduField[] = [
	flag('is_internal', {
		displayName: 'Internal Only',
		name: 'isInternal',
		default: false,
		description: "Whether the mailbox only accepts mail sent through Migadu's servers",
	}),
	flag('may_send', {
		displayName: 'May Send',
		name: 'maySend',
		default: true,
		description: 'Whether the mailbox may send mail',
	}),
	flag('may_receive', {
		displayName: 'May Receive',
		name: 'mayReceive',
		default: true,
		description: 'Whether the mailbox may receive mail',
	}),
	flag('may_access_imap', {
		displayName: 'May Access IMAP',
		name: 'mayAccessImap',
		default: true,
		description: 'Whether the mailbox may log in over IMAP',
	}),
	flag('may_access_pop3', {
		displayName: 'May Access POP3',
		name: 'mayAccessPop3',
		default: true,
		description: 'Whether the mailbox may log in over POP3',
	}),
	flag('may_access_managesieve', {
		displayName: 'May Access ManageSieve',
		name: 'mayAccessManagesieve',
		default: false,
		description: 'Whether the mailbox may manage its filters over ManageSieve',
	}),
	{
		key: 'spam_action',
		kind: 'option',
		property: {
			displayName: 'Spam Action',
			name: 'spamAction',
			type: 'options',
			options: SPAM_ACTIONS,
			default: 'folder',
		},
	},
	{
		key: 'spam_aggressiveness',
		kind: 'option',
		property: {
			displayName: 'Spam Aggressiveness',
			name: 'spamAggressiveness',
			type: 'options',
			options: SPAM_LEVELS,
			default: 'default',
		},
	},
	list(
		'sender_denylist',
		'Sender Denylist',
		'senderDenylist',
		'Comma-separated addresses or domains whose mail is refused; empty clears the list',
		'entryArray',
	),
	list(
		'sender_allowlist',
		'Sender Allowlist',
		'senderAllowlist',
		'Comma-separated addresses or domains never treated as spam; empty clears the list',
		'entryArray',
	),
	list(
		'recipient_denylist',
		'Recipient Denylist',
		'recipientDenylist',
		'Comma-separated recipient addresses refused for this mailbox; empty clears the list',
		'entryArray',
	),
	flag('autorespond_active', {
		displayName: 'Autoresponder Active',
		name: 'autorespondActive',
		default: true,
		description: 'Whether the autoresponder answers incoming mail',
	}),
	text(
		'autorespond_subject',
		'Autoresponder Subject',
		'autorespondSubject',
		'Subject of the automatic reply; {{subject}} is replaced by Migadu with the original subject',
	),
	text(
		'autorespond_body',
		'Autoresponder Body',
		'autorespondBody',
		'Text of the automatic reply',
		4,
	),
	{
		key: 'autorespond_expires_on',
		kind: 'date',
		hint: DATE_HINT,
		property: {
			displayName: 'Autoresponder Expires On',
			name: 'autorespondExpiresOn',
			type: 'dateTime',
			default: '',
			description:
				'Last day the autoresponder is active (sent as YYYY-MM-DD; a date-time with an offset or a JS Date counts as its day in the workflow time zone); empty clears the date',
		},
	},
	flag('footer_active', {
		displayName: 'Footer Active',
		name: 'footerActive',
		default: true,
		description: 'Whether a footer is added to outgoing mail',
	}),
	text(
		'footer_plain_body',
		'Footer Plain Text',
		'footerPlainBody',
		'Footer added to plain-text mail',
		3,
	),
	text('footer_html_body', 'Footer HTML', 'footerHtmlBody', 'Footer added to HTML mail', 3),
	list(
		'delegations',
		'Delegations',
		'delegations',
		'Comma-separated addresses of users who may access this mailbox; empty clears the list',
		'addressArray',
	),
	flag('expireable', {
		displayName: 'Expirable',
		name: 'expireable',
		default: true,
		description: 'Whether the mailbox expires on the Expires On date',
	}),
	...expiryFields('mailbox'),
	recoveryEmail,
];
