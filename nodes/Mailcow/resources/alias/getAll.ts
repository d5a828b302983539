import type {
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	INodeProperties,
	INodePropertyOptions,
} from 'n8n-workflow';
import { readFields } from '../../shared/fields';
import { readMany } from '../../shared/read';
import { simplifyAlias } from '../../shared/simplify';
import { mailcowPath } from '../../shared/transport';

async function setUrl(this: IExecuteSingleFunctions, options: IHttpRequestOptions) {
	const { domains } = readFields(this, [
		{ param: 'aliasDomains', key: 'domains', kind: 'csv', label: 'Domains' },
	]);
	options.url = domains ? mailcowPath('get', 'alias', 'all', String(domains)) : '/get/alias/all';
	return options;
}

export const option: INodePropertyOptions = {
	name: 'Get Many',
	value: 'getAll',
	action: 'Get many aliases',
	description: 'List the aliases of all or some domains',
	routing: {
		request: { method: 'GET' },
		send: { preSend: [setUrl] },
		output: { postReceive: [readMany(simplifyAlias)] },
	},
};

export const description: INodeProperties[] = [
	{
		displayName: 'Domains',
		name: 'aliasDomains',
		type: 'string',
		default: '',
		placeholder: 'example.com, example.org',
		description: 'Only aliases of these comma-separated domains; empty = all domains',
		displayOptions: { show: { resource: ['alias'], operation: ['getAll'] } },
	},
];
