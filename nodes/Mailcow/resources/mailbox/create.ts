import type {
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	INodeProperties,
	INodePropertyOptions,
} from 'n8n-workflow';
import { domainLocator } from '../../shared/descriptions';
import { readFields, type FieldSpec } from '../../shared/fields';
import { generatePassword } from '../../shared/passwords';
import { asciiName } from '../../shared/idn';
import { setItemState } from '../../shared/state';
import { createResult } from '../../shared/write';
import { expandProtocols, mailboxAttributeFields, mailboxAttributeOptions } from './attributes';

const show = { resource: ['mailbox'], operation: ['create'] };

const FIELDS: FieldSpec[] = [
	{ param: 'mailboxDomain', key: 'domain', kind: 'string', label: 'Domain', required: true },
	{
		param: 'localPart',
		key: 'local_part',
		kind: 'string',
		label: 'Local Part',
		required: true,
		check: (v) =>
			/^[^\s@,;/]+$/.test(String(v))
				? undefined
				: 'enter only the part before the @, without spaces',
	},
	{ param: 'mailboxName', key: 'name', kind: 'string', label: 'Name' },
	{ param: 'mailboxPassword', key: 'password', kind: 'secret', label: 'Password' },
	// Without quota mailcow creates an unlimited mailbox (not the domain default): always send one.
	{ param: 'mailboxQuota', key: 'quota', kind: 'int', label: 'Quota (MiB)', min: 0, default: 3072 },
	...mailboxAttributeFields('mailboxOptions').map((f) =>
		f.param === 'active' ? { ...f, default: 1 } : f,
	),
	// TLS enforcement can only be set on create: edit/mailbox ignores it (it needs edit/tls_policy).
	{
		param: 'tls_enforce_in',
		key: 'tls_enforce_in',
		kind: 'flag',
		label: 'TLS Enforce Inbound',
		in: 'mailboxOptions',
	},
	{
		param: 'tls_enforce_out',
		key: 'tls_enforce_out',
		kind: 'flag',
		label: 'TLS Enforce Outbound',
		in: 'mailboxOptions',
	},
];

async function buildBody(this: IExecuteSingleFunctions, options: IHttpRequestOptions) {
	const body = expandProtocols(readFields(this, FIELDS));
	// Mailcow stores addresses in lower case, the domain in punycode (add/mailbox converts it).
	const username = asciiName(`${String(body.local_part)}@${String(body.domain)}`.toLowerCase());
	if (body.password === undefined) {
		// Generated here, returned once in the output item, never logged.
		const password = generatePassword();
		body.password = password;
		setItemState(this, { summary: { username, generatedPassword: password } });
	} else {
		setItemState(this, { summary: { username } });
	}
	body.password2 = body.password;
	options.body = body;
	return options;
}

export const option: INodePropertyOptions = {
	name: 'Create',
	value: 'create',
	action: 'Create a mailbox',
	description: 'Create a mailbox; a strong password is generated when none is given',
	routing: {
		request: { method: 'POST', url: '/add/mailbox' },
		send: { preSend: [buildBody] },
		output: { postReceive: [createResult] },
	},
};

export const description: INodeProperties[] = [
	domainLocator('mailboxDomain', show),
	{
		displayName: 'Local Part',
		name: 'localPart',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'jane.doe',
		description: 'The part of the address before the @',
		displayOptions: { show },
	},
	{
		displayName: 'Name',
		name: 'mailboxName',
		type: 'string',
		default: '',
		placeholder: 'Jane Doe',
		description: 'Full name of the user',
		displayOptions: { show },
	},
	{
		displayName: 'Password',
		name: 'mailboxPassword',
		type: 'string',
		typeOptions: { password: true },
		default: '',
		description:
			'Leave empty to generate a strong password, returned as generatedPassword in the output item. n8n keeps output items in saved executions: treat them as secret, or turn off saving successful executions in the workflow settings.',
		displayOptions: { show },
	},
	{
		displayName: 'Quota (MiB)',
		name: 'mailboxQuota',
		type: 'number',
		typeOptions: { minValue: 0 },
		default: 3072,
		description:
			"Mailbox size in MiB (0 = unlimited, needs the unlimited-quota permission). Must fit the domain's limits.",
		displayOptions: { show },
	},
	{
		displayName: 'Options',
		name: 'mailboxOptions',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		displayOptions: { show },
		options: mailboxAttributeOptions([
			{
				displayName: 'TLS Enforce Inbound',
				name: 'tls_enforce_in',
				type: 'boolean',
				default: false,
				description: 'Whether mail to this mailbox must arrive over TLS',
			},
			{
				displayName: 'TLS Enforce Outbound',
				name: 'tls_enforce_out',
				type: 'boolean',
				default: false,
				description: 'Whether mail from this mailbox must leave over TLS',
			},
		]),
	},
];
