import type {
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	INodeProperties,
	INodePropertyOptions,
} from 'n8n-workflow';
import { readFields } from '../../shared/fields';
import { ofDomains, readMany } from '../../shared/read';
import { simplifyAlias } from '../../shared/simplify';
import { setItemState } from '../../shared/state';
import { mailcowPath } from '../../shared/transport';

async function setUrl(this: IExecuteSingleFunctions, options: IHttpRequestOptions) {
	const { domains } = readFields(this, [
		{ param: 'aliasDomains', key: 'domains', kind: 'list', label: 'Domains' },
	]) as { domains?: string[] };
	if (!domains || domains.length === 0) {
		options.url = '/get/alias/all';
		return options;
	}
	options.url = mailcowPath(this, 'get', 'alias', 'all', { value: domains, label: 'Domains' });
	// Only aliases of these domains are output, whatever else the answer holds.
	setItemState(this, { filter: ofDomains(domains) });
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
