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
	const { aliases } = readFields(this, [
		{ param: 'aliases', key: 'aliases', kind: 'list', label: 'Aliases', required: true },
	]);
	setItemState(this, { summary: { aliases } });
	return deleteBody(this, options, aliases as string[]);
}

export const option: INodePropertyOptions = {
	name: 'Delete',
	value: 'delete',
	action: 'Delete aliases',
	description: 'Delete one or more aliases by ID or address',
	routing: {
		request: { method: 'POST', url: '/delete/alias' },
		send: { preSend: [buildBody] },
		output: { postReceive: [writeResult] },
	},
};

export const description: INodeProperties[] = [];
