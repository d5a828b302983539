import type {
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	INodeProperties,
	INodePropertyOptions,
} from 'n8n-workflow';
import { domainLocator } from '../../shared/descriptions';
import { readFields, type FieldSpec } from '../../shared/fields';
import { setItemState } from '../../shared/state';
import { writeResult } from '../../shared/write';

const show = { resource: ['dkim'], operation: ['duplicate'] };

// The spec names the source `fron_domain` (a typo); mailcow's code reads from_domain.
const FIELDS: FieldSpec[] = [
	{
		param: 'dkimFromDomain',
		key: 'from_domain',
		kind: 'string',
		label: 'Source Domain',
		required: true,
	},
	{
		param: 'dkimToDomains',
		key: 'to_domain',
		kind: 'list',
		label: 'Target Domains',
		required: true,
	},
];

async function buildBody(this: IExecuteSingleFunctions, options: IHttpRequestOptions) {
	const body = readFields(this, FIELDS);
	setItemState(this, { summary: { fromDomain: body.from_domain, toDomains: body.to_domain } });
	options.body = body;
	return options;
}

export const option: INodePropertyOptions = {
	name: 'Duplicate',
	value: 'duplicate',
	action: 'Copy a DKIM key to other domains, overwriting their current keys',
	description:
		"Copy a domain's DKIM key to other domains (an existing key on a target is overwritten)",
	routing: {
		request: { method: 'POST', url: '/add/dkim_duplicate' },
		send: { preSend: [buildBody] },
		output: { postReceive: [writeResult] },
	},
};

export const description: INodeProperties[] = [
	domainLocator('dkimFromDomain', show, {
		displayName: 'Source Domain',
		description: 'Domain whose DKIM key is copied',
	}),
	{
		displayName: 'Target Domains',
		name: 'dkimToDomains',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'example.org, example.net',
		description:
			'One or more domains that get the key, separated by commas (an expression may also return an array)',
		displayOptions: { show },
	},
];
