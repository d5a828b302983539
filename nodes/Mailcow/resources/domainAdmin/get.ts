import type {
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	INodeProperties,
	INodePropertyOptions,
} from 'n8n-workflow';
import { readFields } from '../../shared/fields';
import { readOne } from '../../shared/read';
import { simplifyDomainAdmin } from '../../shared/simplify';
import { setItemState } from '../../shared/state';
import { mailcowPath } from '../../shared/transport';
import { USERNAME } from './shared';

async function setUrl(this: IExecuteSingleFunctions, options: IHttpRequestOptions) {
	const { username } = readFields(this, [USERNAME]);
	setItemState(this, { wanted: { what: 'domain admin', value: String(username) } });
	options.url = mailcowPath(this, 'get', 'domain-admin', {
		value: String(username),
		label: USERNAME.label,
	});
	return options;
}

export const option: INodePropertyOptions = {
	name: 'Get',
	value: 'get',
	action: 'Get a domain admin',
	description: 'Get one domain administrator with the domains it manages',
	routing: {
		request: { method: 'GET' },
		send: { preSend: [setUrl] },
		output: { postReceive: [readOne(simplifyDomainAdmin, (r) => [r.username])] },
	},
};

export const description: INodeProperties[] = [];
