import type {
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	INodeProperties,
	INodePropertyOptions,
} from 'n8n-workflow';
import { domainLocator } from '../../shared/descriptions';
import { readFields } from '../../shared/fields';
import { readOne } from '../../shared/read';
import { simplifyDomain } from '../../shared/simplify';
import { setItemState } from '../../shared/state';
import { mailcowPath } from '../../shared/transport';

async function setUrl(this: IExecuteSingleFunctions, options: IHttpRequestOptions) {
	const { domain } = readFields(this, [
		{ param: 'domain', key: 'domain', kind: 'string', label: 'Domain', required: true },
	]);
	setItemState(this, { wanted: { what: 'domain', value: String(domain) } });
	options.url = mailcowPath(this, 'get', 'domain', { value: String(domain), label: 'Domain' });
	return options;
}

export const option: INodePropertyOptions = {
	name: 'Get',
	value: 'get',
	action: 'Get a domain',
	description: 'Get one domain with its limits and usage',
	routing: {
		request: { method: 'GET' },
		send: { preSend: [setUrl] },
		output: { postReceive: [readOne(simplifyDomain, (r) => [r.domain_name])] },
	},
};

export const description: INodeProperties[] = [
	domainLocator('domain', { resource: ['domain'], operation: ['get'] }),
];
