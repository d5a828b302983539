import type {
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	INodeProperties,
	INodePropertyOptions,
} from 'n8n-workflow';
import { readFields, type FieldSpec } from '../../shared/fields';
import { generatePassword, generateUsername } from '../../shared/passwords';
import { createdObject } from '../../shared/errors';
import { asciiDomain } from '../../shared/idn';
import { getItemState, setItemState } from '../../shared/state';
import { writeOutput } from '../../shared/write';
import { checkUsername } from './shared';

const show = { resource: ['domainAdmin'], operation: ['create'] };

const FIELDS: FieldSpec[] = [
	{
		param: 'newAdminUsername',
		key: 'username',
		kind: 'string',
		label: 'Username',
		check: checkUsername,
	},
	{ param: 'adminDomains', key: 'domains', kind: 'list', label: 'Domains', required: true },
	{ param: 'adminPassword', key: 'password', kind: 'secret', label: 'Password' },
	{ param: 'adminActive', key: 'active', kind: 'flag', label: 'Active' },
];

async function buildBody(this: IExecuteSingleFunctions, options: IHttpRequestOptions) {
	const body = readFields(this, FIELDS);
	// Domains as mailcow stores them (punycode), in the request and in the output.
	body.domains = (body.domains as string[]).map(asciiDomain);
	const summary: Record<string, unknown> = {};
	if (body.username === undefined) {
		body.username = generateUsername();
		summary.generatedUsername = true;
	}
	if (body.password === undefined) {
		// Returned once in the output item, never logged.
		body.password = generatePassword();
		summary.generatedPassword = body.password;
	}
	body.password2 = body.password;
	setItemState(this, { summary: { username: body.username, domains: body.domains, ...summary } });
	options.body = body;
	return options;
}

/**
 * Mailcow answers `domain_invalid` for each unknown domain *and* `domain_admin_added`: the admin
 * exists with the known domains. The item then succeeds with the admin (and its generated
 * password) plus a warning per refused domain. When every domain is unknown no usable admin
 * exists (mailcow's lists do not show it): the item fails.
 */
const adminResult = writeOutput(undefined, (entries, context) => {
	const sent = (getItemState(context).summary?.domains as string[] | undefined) ?? [];
	const refused = entries.filter((e) => Array.isArray(e.msg) && e.msg[0] === 'domain_invalid');
	return createdObject(entries) && refused.length < sent.length;
});

export const option: INodePropertyOptions = {
	name: 'Create',
	value: 'create',
	action: 'Create a domain admin',
	description:
		'Create an administrator for some domains; username and password are generated when empty',
	routing: {
		request: { method: 'POST', url: '/add/domain-admin' },
		send: { preSend: [buildBody] },
		output: { postReceive: [adminResult] },
	},
};

export const description: INodeProperties[] = [
	{
		displayName: 'Username',
		name: 'newAdminUsername',
		type: 'string',
		default: '',
		placeholder: 'acme_admin',
		description:
			'Letters, digits and _ . - only. Leave empty to generate one (returned in the output).',
		displayOptions: { show },
	},
	{
		displayName: 'Domains',
		name: 'adminDomains',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'example.com, example.org',
		description:
			'Domains the admin manages, separated by commas (an expression may also return an array)',
		displayOptions: { show },
	},
	{
		displayName: 'Password',
		name: 'adminPassword',
		type: 'string',
		typeOptions: { password: true },
		default: '',
		description:
			'Leave empty to generate a strong password, returned as generatedPassword in the output item. n8n keeps output items in saved executions: treat them as secret, or turn off saving successful executions in the workflow settings.',
		displayOptions: { show },
	},
	{
		displayName: 'Active',
		name: 'adminActive',
		type: 'boolean',
		default: true,
		description: 'Whether the admin can log in',
		displayOptions: { show },
	},
];
