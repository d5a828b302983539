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
	const { domains } = readFields(this, [
		{ param: 'domains', key: 'domains', kind: 'list', label: 'Domains', required: true },
	]);
	setItemState(this, { summary: { domains } });
	return deleteBody(this, options, domains as string[]);
}

export const option: INodePropertyOptions = {
	name: 'Delete',
	value: 'delete',
	action: 'Delete domains',
	description: 'Delete one or more domains (mailcow refuses domains that still have mailboxes)',
	routing: {
		request: { method: 'POST', url: '/delete/domain' },
		send: { preSend: [buildBody] },
		output: { postReceive: [writeResult] },
	},
};

export const description: INodeProperties[] = [];
