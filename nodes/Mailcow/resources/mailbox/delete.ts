import type {
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	INodeProperties,
	INodePropertyOptions,
} from 'n8n-workflow';
import { readFields } from '../../shared/fields';
import { setItemState } from '../../shared/state';
import { deleteBody, writeResult } from '../../shared/write';

async function buildBody(this: IExecuteSingleFunctions, options: IHttpRequestOptions) {
	const { mailboxes } = readFields(this, [
		{ param: 'mailboxes', key: 'mailboxes', kind: 'list', label: 'Mailboxes', required: true },
	]);
	setItemState(this, { summary: { mailboxes } });
	return deleteBody(this, options, mailboxes as string[]);
}

export const option: INodePropertyOptions = {
	name: 'Delete',
	value: 'delete',
	action: 'Delete mailboxes',
	description: 'Delete one or more mailboxes with their mail',
	routing: {
		request: { method: 'POST', url: '/delete/mailbox' },
		send: { preSend: [buildBody] },
		output: { postReceive: [writeResult] },
	},
};

export const description: INodeProperties[] = [];
