import type {
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	INodeProperties,
	INodePropertyOptions,
} from 'n8n-workflow';
import { readFields } from '../../shared/fields';
import { readOne } from '../../shared/read';
import { simplifyAlias } from '../../shared/simplify';
import { setItemState } from '../../shared/state';
import { mailcowPath } from '../../shared/transport';

async function setUrl(this: IExecuteSingleFunctions, options: IHttpRequestOptions) {
	const { alias } = readFields(this, [
		{ param: 'alias', key: 'alias', kind: 'string', label: 'Alias', required: true },
	]);
	setItemState(this, { wanted: { what: 'alias', value: String(alias) } });
	// The lookup matches the numeric id or the address (a catch-all is "@domain").
	options.url = mailcowPath(this, 'get', 'alias', { value: String(alias), label: 'Alias' });
	return options;
}

export const option: INodePropertyOptions = {
	name: 'Get',
	value: 'get',
	action: 'Get an alias',
	description: 'Get one alias by ID or address',
	routing: {
		request: { method: 'GET' },
		send: { preSend: [setUrl] },
		output: { postReceive: [readOne(simplifyAlias, (r) => [r.address, r.id])] },
	},
};

export const description: INodeProperties[] = [
	{
		displayName: 'Alias',
		name: 'alias',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'info@example.com',
		description: 'ID or address of the alias (@example.com for a catch-all)',
		displayOptions: { show: { resource: ['alias'], operation: ['get'] } },
	},
];
