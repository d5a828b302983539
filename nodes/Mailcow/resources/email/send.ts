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
import { SEND_UNKNOWN_OUTCOME } from './messages';
import { checkSendResponse } from './response';

// The node's item runner (one error path, secrets masked), saying what a broken send may have done.
const sendItem = itemRunner({ ...MAILCOW_ITEMS, unknownOutcome: SEND_UNKNOWN_OUTCOME });

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
		// The item runner makes exactly one request and rebuilds any error without the request
		// n8n keeps in its `cause` (mailbox password in the body, API key in the headers).
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
