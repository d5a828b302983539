import type {
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	INodeProperties,
	INodePropertyOptions,
} from 'n8n-workflow';
import { readFields } from '../../shared/fields';
import { readMany } from '../../shared/read';
import { simplifyDomain } from '../../shared/simplify';

async function setQuery(this: IExecuteSingleFunctions, options: IHttpRequestOptions) {
	const { tags } = readFields(this, [
		{ param: 'domainTags', key: 'tags', kind: 'csv', label: 'Tags' },
	]);
	// Mailcow matches any of the tags, each as a substring (tags=pro finds "prod").
	if (tags) options.qs = { ...options.qs, tags };
	return options;
}

export const option: INodePropertyOptions = {
	name: 'Get Many',
	value: 'getAll',
	action: 'Get many domains',
	description: 'List domains, optionally only those with some tags',
	routing: {
		request: { method: 'GET', url: '/get/domain/all' },
		send: { preSend: [setQuery] },
		output: { postReceive: [readMany(simplifyDomain)] },
	},
};

export const description: INodeProperties[] = [
	{
		displayName: 'Tags',
		name: 'domainTags',
		type: 'string',
		default: '',
		placeholder: 'prod, eu',
		description:
			'Only domains having any of these comma-separated tags (mailcow matches parts of tags too)',
		displayOptions: { show: { resource: ['domain'], operation: ['getAll'] } },
	},
];
