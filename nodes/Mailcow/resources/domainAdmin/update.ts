import type {
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	INodeProperties,
	INodePropertyOptions,
} from 'n8n-workflow';
import { fieldError, readFields, type FieldSpec } from '../../shared/fields';
import { asciiDomain } from '../../shared/idn';
import { setItemState } from '../../shared/state';
import { editBody, writeResult } from '../../shared/write';
import { checkUsername, USERNAME } from './shared';

const IN = 'adminUpdateFields';
const ATTRIBUTES: FieldSpec[] = [
	{ param: 'domains', key: 'domains', kind: 'list', label: 'Domains', in: IN },
	{ param: 'password', key: 'password', kind: 'secret', label: 'Password', in: IN },
	{ param: 'active', key: 'active', kind: 'flag', label: 'Active', in: IN },
	{
		param: 'username_new',
		key: 'username_new',
		kind: 'string',
		label: 'New Username',
		in: IN,
		check: checkUsername,
	},
];

async function buildBody(this: IExecuteSingleFunctions, options: IHttpRequestOptions) {
	const { username } = readFields(this, [USERNAME]);
	const attr = readFields(this, ATTRIBUTES);
	if (Object.keys(attr).length === 0)
		throw fieldError(this, 'Update Fields', 'add at least one field to change');
	if (attr.password !== undefined) attr.password2 = attr.password;
	// Domains as mailcow stores them (punycode).
	if (attr.domains !== undefined) attr.domains = (attr.domains as string[]).map(asciiDomain);
	setItemState(this, { summary: { username } });
	return editBody(this, options, [String(username)], attr);
}

export const option: INodePropertyOptions = {
	name: 'Update',
	value: 'update',
	action: 'Update a domain admin, overwriting the fields given (domains replace the current list)',
	description: 'Change the domains, password, status or name of a domain administrator',
	routing: {
		request: { method: 'POST', url: '/edit/domain-admin' },
		send: { preSend: [buildBody] },
		output: { postReceive: [writeResult] },
	},
};

export const description: INodeProperties[] = [
	{
		displayName: 'Update Fields',
		name: IN,
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		description: 'Attributes to change; the others keep their values',
		displayOptions: { show: { resource: ['domainAdmin'], operation: ['update'] } },
		options: [
			{
				displayName: 'Active',
				name: 'active',
				type: 'boolean',
				default: true,
				description: 'Whether the admin can log in',
			},
			{
				displayName: 'Domains',
				name: 'domains',
				type: 'string',
				default: '',
				placeholder: 'example.com, example.org',
				description: 'Comma-separated domains. They replace the current list.',
			},
			{
				displayName: 'New Username',
				name: 'username_new',
				type: 'string',
				default: '',
				description: 'Rename the admin; use letters, digits, dots, dashes and underscores only',
			},
			{
				displayName: 'Password',
				name: 'password',
				type: 'string',
				typeOptions: { password: true },
				default: '',
				description: "New password (must meet mailcow's password policy)",
			},
		],
	},
];
