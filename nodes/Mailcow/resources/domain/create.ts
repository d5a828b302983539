import type {
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	INodeProperties,
	INodePropertyOptions,
} from 'n8n-workflow';
import { readFields, type FieldSpec } from '../../shared/fields';
import { asciiDomain } from '../../shared/idn';
import { setItemState } from '../../shared/state';
import { createResult } from '../../shared/write';
import { sortByName } from '../../shared/descriptions';
import { checkDomainLimits, domainAttributeFields, domainAttributeOptions } from './attributes';

const show = { resource: ['domain'], operation: ['create'] };

const DOMAIN_NAME = /^[^\s/@,;]+\.[^\s/@,;]+$/;

// The seed client's defaults, always sent: without them older mailcow releases answered
// "object is not numeric", and the quota checks then run on known figures.
const SEED_DEFAULTS: Record<string, number> = {
	active: 1,
	aliases: 400,
	mailboxes: 10,
	defquota: 3072,
	maxquota: 10240,
	quota: 10240,
};

const FIELDS: FieldSpec[] = [
	{
		param: 'domainName',
		key: 'domain',
		kind: 'string',
		label: 'Domain Name',
		required: true,
		check: (v) =>
			DOMAIN_NAME.test(String(v))
				? undefined
				: `"${String(v)}" is not a domain name such as example.com`,
	},
	...domainAttributeFields('domainOptions').map((f) =>
		SEED_DEFAULTS[f.param] === undefined ? f : { ...f, default: SEED_DEFAULTS[f.param] },
	),
	{
		param: 'key_size',
		key: 'key_size',
		kind: 'int',
		label: 'DKIM Key Size',
		in: 'domainOptions',
		min: 0,
	},
	{
		param: 'dkim_selector',
		key: 'dkim_selector',
		kind: 'string',
		label: 'DKIM Selector',
		in: 'domainOptions',
	},
];

async function buildBody(this: IExecuteSingleFunctions, options: IHttpRequestOptions) {
	const body = readFields(this, FIELDS);
	checkDomainLimits(this, body);
	// mailcow stores the domain in lower case and punycode (add/domain converts it).
	setItemState(this, { summary: { domain: asciiDomain(String(body.domain).toLowerCase()) } });
	options.body = body;
	return options;
}

export const option: INodePropertyOptions = {
	name: 'Create',
	value: 'create',
	action: 'Create a domain',
	description:
		'Add a domain with its limits; mailcow also generates its DKIM key unless the key size is 0',
	routing: {
		request: { method: 'POST', url: '/add/domain' },
		send: { preSend: [buildBody] },
		output: { postReceive: [createResult] },
	},
};

export const description: INodeProperties[] = [
	{
		displayName: 'Domain Name',
		name: 'domainName',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'example.com',
		description: 'The new domain',
		displayOptions: { show },
	},
	{
		displayName: 'Options',
		name: 'domainOptions',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		description:
			'Unset limits are sent with the defaults: active, 400 aliases, 10 mailboxes, 3072 MiB default, 10240 MiB max and 10240 MiB domain quota',
		displayOptions: { show },
		options: sortByName([
			...domainAttributeOptions,
			{
				displayName: 'DKIM Key Size',
				name: 'key_size',
				type: 'options',
				default: 2048,
				options: [
					{ name: '1024 Bits', value: 1024 },
					{ name: '2048 Bits', value: 2048 },
					{ name: '3072 Bits', value: 3072 },
					{ name: '4096 Bits', value: 4096 },
					{ name: 'No DKIM Key', value: 0 },
				],
				description: 'Size of the DKIM key mailcow generates with the domain',
			},
			{
				displayName: 'DKIM Selector',
				name: 'dkim_selector',
				type: 'string',
				default: 'dkim',
				description: 'Selector of the generated DKIM key',
			},
		]),
	},
];
