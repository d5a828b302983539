import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { itemRunner } from '../../../shared/items';
import { MAILCOW_ITEMS } from '../../shared/transport';
import { checkSendResponse, sendWithoutSecrets } from './response';

// The node's item runner around this operation's own request.
const sendItem = itemRunner(MAILCOW_ITEMS, sendWithoutSecrets);
import { buildSendRequest } from './request';
import { DEFAULT_MAX_ATTACHMENT_MB } from './attachments';

export const option: INodePropertyOptions = {
	name: 'Send',
	value: 'send',
	action: 'Send an email',
	description: 'Send an email from a mailbox through mailcow, with attachments from binary data',
	routing: {
		request: { method: 'POST', url: '/send/email' },
		// RoutingNode has no other hook around the HTTP call. Marking the request as "paginated"
		// hands it to sendWithoutSecrets, which makes exactly one request and replaces any error
		// n8n builds from it: those keep the request (mailbox password in the body, API key in the
		// headers) in their `cause`.
		send: { paginate: true, preSend: [buildSendRequest] },
		operations: { pagination: sendItem },
		output: { postReceive: [checkSendResponse] },
	},
};

const show = (extra: Record<string, string[]> = {}) => ({
	show: { resource: ['email'], operation: ['send'], ...extra },
});

export const description: INodeProperties[] = [
	{
		displayName:
			"Stock mailcow has no send/email endpoint (proposed in mailcow PR #6989, not merged) and answers 404. On such a server, use n8n's Send Email node (SMTP) with the same mailbox: host = your mailcow server, port 587, the mailbox address and password.",
		name: 'stockMailcowNotice',
		type: 'notice',
		default: '',
		displayOptions: show(),
	},
	{
		displayName: 'To',
		name: 'toEmail',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'customer@example.com, accounts@example.org',
		description:
			'Recipient addresses, comma-separated, or an expression returning an array of addresses',
		displayOptions: show(),
	},
	{
		displayName: 'Subject',
		name: 'subject',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'Your order #1042',
		displayOptions: show(),
	},
	{
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
		displayOptions: show(),
	},
	{
		displayName: 'Text',
		name: 'text',
		type: 'string',
		typeOptions: { rows: 5 },
		default: '',
		description: 'Plain-text body of the email',
		displayOptions: show({ emailFormat: ['text', 'both'] }),
	},
	{
		displayName: 'HTML',
		name: 'html',
		type: 'string',
		typeOptions: { rows: 5 },
		default: '',
		description: 'HTML body of the email',
		displayOptions: show({ emailFormat: ['html', 'both'] }),
	},
	{
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
		displayOptions: show(),
	},
	{
		displayName: 'Binary Properties',
		name: 'binaryPropertyNames',
		type: 'string',
		default: 'data',
		required: true,
		placeholder: 'data, invoice',
		description:
			'Names of the binary properties to attach, comma-separated, or an expression returning an array of names',
		hint: 'The file name and content type come from the binary data',
		displayOptions: show({ attachments: ['named'] }),
	},
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		displayOptions: show(),
		options: [
			{
				displayName: 'Attachment File Names',
				name: 'attachmentFileNames',
				type: 'string',
				default: '',
				placeholder: 'invoice-1042.pdf, terms.pdf',
				description:
					"File names to use instead of the binary data's own names, comma-separated, in the order of the attachments. Leave a position empty to keep that file's name.",
			},
			{
				displayName: 'BCC',
				name: 'bccEmail',
				type: 'string',
				default: '',
				placeholder: 'archive@example.com',
				description: 'Blind-copy addresses, comma-separated, or an expression returning an array',
			},
			{
				displayName: 'CC',
				name: 'ccEmail',
				type: 'string',
				default: '',
				placeholder: 'team@example.com',
				description: 'Copy addresses, comma-separated, or an expression returning an array',
			},
			{
				displayName: 'From',
				name: 'fromEmail',
				type: 'string',
				default: '',
				placeholder: 'sales@example.com',
				description:
					'Sender address. Empty: the mailbox address of the credential. Another address must be one the mailbox may send as (an alias of it or a sender ACL entry).',
			},
			{
				displayName: 'Max Total Attachment Size (MB)',
				name: 'maxAttachmentMb',
				type: 'number',
				typeOptions: { minValue: 0, numberPrecision: 2 },
				default: DEFAULT_MAX_ATTACHMENT_MB,
				description:
					'The item fails before sending when its attachments are larger in total (1 MB = 1,048,576 bytes). The request is about a third larger, as attachments travel base64-encoded.',
			},
			{
				displayName: 'Reply To',
				name: 'replyTo',
				type: 'string',
				default: '',
				placeholder: 'support@example.com',
				description: 'Address that replies go to',
			},
		],
	},
];
