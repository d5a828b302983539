import type {
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	INodeProperties,
	INodePropertyOptions,
} from 'n8n-workflow';
import { readOne } from '../../shared/read';
import { setItemState } from '../../shared/state';
import { mailcowPath } from '../../shared/transport';
import { readDkimDomain, simplifyDkimRecord } from './shared';

export async function setDkimUrl(this: IExecuteSingleFunctions, options: IHttpRequestOptions) {
	const domain = readDkimDomain(this);
	setItemState(this, { wanted: { what: 'DKIM key of domain', value: domain } });
	options.url = mailcowPath(this, 'get', 'dkim', { value: domain, label: 'Domain' });
	return options;
}

export const option: INodePropertyOptions = {
	name: 'Get',
	value: 'get',
	action: 'Get a DKIM key',
	description: 'Get the DKIM public key and the TXT record to publish',
	routing: {
		request: { method: 'GET' },
		send: { preSend: [setDkimUrl] },
		output: { postReceive: [readOne(simplifyDkimRecord)] },
	},
};

export const description: INodeProperties[] = [];
