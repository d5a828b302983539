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
		{ param: 'dkimDomains', key: 'domains', kind: 'list', label: 'Domains', required: true },
	]);
	setItemState(this, { summary: { domains } });
	return deleteBody(this, options, domains as string[]);
}

export const option: INodePropertyOptions = {
	name: 'Delete',
	value: 'delete',
	action: 'Delete DKIM keys',
	description: 'Delete the DKIM keys of one or more domains',
	routing: {
		request: { method: 'POST', url: '/delete/dkim' },
		send: { preSend: [buildBody] },
		output: { postReceive: [writeResult] },
	},
};

export const description: INodeProperties[] = [
	{
		displayName: 'Domains',
		name: 'dkimDomains',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'example.com, example.org',
		description:
			'One or more domain names, separated by commas (an expression may also return an array)',
		displayOptions: { show: { resource: ['dkim'], operation: ['delete'] } },
	},
];
