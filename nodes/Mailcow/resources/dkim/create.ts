import type {
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	INodeProperties,
	INodePropertyOptions,
} from 'n8n-workflow';
import { readFields } from '../../shared/fields';
import { setItemState } from '../../shared/state';
import { createResult } from '../../shared/write';
import { CREATE_FIELDS } from './shared';

async function buildBody(this: IExecuteSingleFunctions, options: IHttpRequestOptions) {
	const body = readFields(this, CREATE_FIELDS);
	setItemState(this, {
		summary: { domain: body.domains, selector: body.dkim_selector, keySize: body.key_size },
	});
	options.body = body;
	return options;
}

export const option: INodePropertyOptions = {
	name: 'Create',
	value: 'create',
	action: 'Create a DKIM key',
	description:
		'Generate a DKIM key for a domain that has none (use Create and Get to reuse an existing key)',
	routing: {
		request: { method: 'POST', url: '/add/dkim' },
		send: { preSend: [buildBody] },
		output: { postReceive: [createResult] },
	},
};

export const description: INodeProperties[] = [];
