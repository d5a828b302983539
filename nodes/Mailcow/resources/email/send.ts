import { fieldGroups, topLevel } from '../../../shared/fields';
import { itemRunner } from '../../../shared/items';
import { mailcowOperation } from '../../shared/operation';
import { MAILCOW_ITEMS } from '../../shared/transport';
import {
	attachments,
	binaryPropertyNames,
	emailFormat,
	html,
	sendOptions,
	subject,
	text,
	to,
} from './fields';
import { buildSendRequest } from './request';
import { checkSendResponse, sendWithoutSecrets } from './response';

// The node's item runner around this operation's own request.
const sendItem = itemRunner(MAILCOW_ITEMS, sendWithoutSecrets);

const fields = fieldGroups(
	topLevel(to, subject, emailFormat, text, html, attachments, binaryPropertyNames),
	sendOptions,
);

export const send = mailcowOperation(
	{
		name: 'Send',
		value: 'send',
		action: 'Send an email',
		description: 'Send an email from a mailbox through mailcow, with attachments from binary data',
	},
	{
		method: 'POST',
		url: '/send/email',
		preSend: buildSendRequest,
		postReceive: [checkSendResponse],
		// sendWithoutSecrets makes exactly one request and replaces any error n8n builds from it:
		// those keep the request (mailbox password in the body, API key in the headers) in their
		// `cause`.
		pagination: sendItem,
	},
	[
		{
			displayName:
				"Stock mailcow has no send/email endpoint (proposed in mailcow PR #6989, not merged) and answers 404. On such a server, use n8n's Send Email node (SMTP) with the same mailbox: host = your mailcow server, port 587, the mailbox address and password.",
			name: 'stockMailcowNotice',
			type: 'notice',
			default: '',
		},
		...fields.properties,
	],
);
