import { collection, type Field } from '../../../shared/fields';
import type { MailcowField, MailcowKind } from '../../shared/fields';

/**
 * Every field of Email → Send, declared once: the parameter and the name its value is read
 * under. Addresses, subject and bodies go to send/email under mailcow's names; the attachment
 * fields say which binary data the node encodes itself (attachments.ts).
 */

/**
 * Mailcow's kinds and two only Send has (converted in request.ts): names of the item's binary
 * properties, and file names matched to the attachments by position.
 */
export type SendKind = MailcowKind | 'binaryProperties' | 'fileNames';

/** PHP's empty(): mailcow refuses "0" like an empty subject or body. */
const notPhpEmpty = (problem: string) => (value: unknown) => (value === '0' ? problem : undefined);

export const to: MailcowField = {
	key: 'to',
	kind: 'addresses',
	required: true,
	property: {
		displayName: 'To',
		name: 'toEmail',
		type: 'string',
		default: '',
		placeholder: 'customer@example.com, accounts@example.org',
		description:
			'Recipient addresses, comma-separated, or an expression returning an array of addresses',
	},
};

export const subject: MailcowField = {
	key: 'subject',
	kind: 'text',
	required: true,
	check: notPhpEmpty('enter a subject (mailcow refuses an empty one)'),
	property: {
		displayName: 'Subject',
		name: 'subject',
		type: 'string',
		default: '',
		placeholder: 'Your order #1042',
	},
};

export const emailFormat: MailcowField = {
	key: 'format',
	kind: 'option',
	sendDefault: true,
	property: {
		displayName: 'Email Format',
		name: 'emailFormat',
		type: 'options',
		default: 'text',
		options: [
			{ name: 'Text', value: 'text', description: 'Plain text only' },
			{
				name: 'HTML',
				value: 'html',
				description:
					'HTML; a plain-text alternative is derived from it for mail clients without HTML',
			},
			{
				name: 'Both',
				value: 'both',
				description: 'An HTML and a plain-text version, both written by you',
			},
		],
	},
};

// Text and HTML are required where they are shown (by Email Format); the preSend reads them as
// required then, and the panel leaves them unmarked, as it always has.
export const text: MailcowField = {
	key: 'body',
	kind: 'text',
	check: notPhpEmpty('enter the text of the email (mailcow refuses an empty body)'),
	property: {
		displayName: 'Text',
		name: 'text',
		type: 'string',
		typeOptions: { rows: 5 },
		default: '',
		description: 'Plain-text body of the email',
		displayOptions: { show: { emailFormat: ['text', 'both'] } },
	},
};

export const html: MailcowField = {
	key: 'html_body',
	kind: 'text',
	property: {
		displayName: 'HTML',
		name: 'html',
		type: 'string',
		typeOptions: { rows: 5 },
		default: '',
		description: 'HTML body of the email',
		displayOptions: { show: { emailFormat: ['html', 'both'] } },
	},
};

export const attachments: MailcowField = {
	key: 'attachments',
	kind: 'option',
	sendDefault: true,
	property: {
		displayName: 'Attachments',
		name: 'attachments',
		type: 'options',
		default: 'none',
		options: [
			{ name: 'None', value: 'none' },
			{
				name: 'Binary Properties',
				value: 'named',
				description:
					'The binary properties named below; a missing one stops the item with an error',
			},
			{
				name: 'All Binary Properties',
				value: 'all',
				description:
					'Every binary property of the input item; an item without binary data is sent without attachments',
			},
		],
	},
};

export const binaryPropertyNames: Field<SendKind> = {
	key: 'binaryProperties',
	kind: 'binaryProperties',
	required: true,
	property: {
		displayName: 'Binary Properties',
		name: 'binaryPropertyNames',
		type: 'string',
		default: 'data',
		placeholder: 'data, invoice',
		description:
			'Names of the binary properties to attach, comma-separated, or an expression returning an array of names',
		hint: 'The file name and content type come from the binary data',
		displayOptions: { show: { attachments: ['named'] } },
	},
};

export const attachmentFileNames: Field<SendKind> = {
	key: 'fileNames',
	kind: 'fileNames',
	property: {
		displayName: 'Attachment File Names',
		name: 'attachmentFileNames',
		type: 'string',
		default: '',
		placeholder: 'invoice-1042.pdf, terms.pdf',
		description:
			"File names to use instead of the binary data's own names, comma-separated, in the order of the attachments. Leave a position empty to keep that file's name.",
	},
};

export const maxAttachmentMb: MailcowField = {
	key: 'maxAttachmentMb',
	kind: 'number',
	sendDefault: true,
	property: {
		displayName: 'Max Total Attachment Size (MB)',
		name: 'maxAttachmentMb',
		type: 'number',
		typeOptions: { minValue: 0, numberPrecision: 2 },
		default: 25,
		description:
			'The item fails before sending when its attachments are larger in total (1 MB = 1,048,576 bytes). The request is about a third larger, as attachments travel base64-encoded.',
	},
};

/** The Options collection of Send. */
export const sendOptions = collection<SendKind>(
	{ displayName: 'Options', name: 'options', placeholder: 'Add Option' },
	[
		attachmentFileNames,
		{
			key: 'bcc',
			kind: 'addresses',
			property: {
				displayName: 'BCC',
				name: 'bccEmail',
				type: 'string',
				default: '',
				placeholder: 'archive@example.com',
				description: 'Blind-copy addresses, comma-separated, or an expression returning an array',
			},
		},
		{
			key: 'cc',
			kind: 'addresses',
			property: {
				displayName: 'CC',
				name: 'ccEmail',
				type: 'string',
				default: '',
				placeholder: 'team@example.com',
				description: 'Copy addresses, comma-separated, or an expression returning an array',
			},
		},
		{
			key: 'from',
			kind: 'address',
			property: {
				displayName: 'From',
				name: 'fromEmail',
				type: 'string',
				default: '',
				placeholder: 'sales@example.com',
				description:
					'Sender address. Empty: the mailbox address of the credential. Another address must be one the mailbox may send as (an alias of it or a sender ACL entry).',
			},
		},
		maxAttachmentMb,
		{
			key: 'reply_to',
			kind: 'address',
			property: {
				displayName: 'Reply To',
				name: 'replyTo',
				type: 'string',
				default: '',
				placeholder: 'support@example.com',
				description: 'Address that replies go to',
			},
		},
	],
);
