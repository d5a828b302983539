import type {
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	INodeProperties,
	INodePropertyOptions,
} from 'n8n-workflow';
import { fieldError, readFields, type FieldSpec } from '../../shared/fields';
import { setItemState } from '../../shared/state';
import { editWithTagRemoval, removeTagsOption } from '../../shared/tags';
import { writeResult } from '../../shared/write';
import { expandProtocols, mailboxAttributeFields, mailboxAttributeOptions } from './attributes';

const show = { resource: ['mailbox'], operation: ['update'] };

const ATTRIBUTES: FieldSpec[] = [
	{ param: 'name', key: 'name', kind: 'string', label: 'Name', in: 'mailboxUpdateFields' },
	{
		param: 'quota',
		key: 'quota',
		kind: 'int',
		label: 'Quota (MiB)',
		in: 'mailboxUpdateFields',
		min: 0,
	},
	{
		param: 'password',
		key: 'password',
		kind: 'secret',
		label: 'Password',
		in: 'mailboxUpdateFields',
	},
	{
		param: 'sender_acl',
		key: 'sender_acl',
		kind: 'list',
		label: 'Allowed Senders',
		in: 'mailboxUpdateFields',
	},
	...mailboxAttributeFields('mailboxUpdateFields'),
	{
		param: 'removeTags',
		key: 'removeTags',
		kind: 'list',
		label: 'Remove Tags',
		in: 'mailboxUpdateFields',
	},
];

async function buildBody(this: IExecuteSingleFunctions, options: IHttpRequestOptions) {
	const { mailboxes } = readFields(this, [
		{ param: 'mailboxes', key: 'mailboxes', kind: 'list', label: 'Mailboxes', required: true },
	]);
	const attr = expandProtocols(readFields(this, ATTRIBUTES));
	if (Object.keys(attr).length === 0)
		throw fieldError(this, 'Update Fields', 'add at least one field to change');
	// A password change needs both copies; a weak one makes mailcow drop the whole edit.
	if (attr.password !== undefined) attr.password2 = attr.password;
	setItemState(this, { summary: { mailboxes } });
	return await editWithTagRemoval(this, options, 'mailbox', mailboxes as string[], attr);
}

export const option: INodePropertyOptions = {
	name: 'Update',
	value: 'update',
	action:
		'Update mailboxes, overwriting the fields given (allowed senders replace the list; tags are added)',
	description:
		'Change quota, password, name, flags, allowed senders or tags of one or more mailboxes',
	routing: {
		request: { method: 'POST', url: '/edit/mailbox' },
		send: { preSend: [buildBody] },
		output: { postReceive: [writeResult] },
	},
};

export const description: INodeProperties[] = [
	{
		displayName: 'Update Fields',
		name: 'mailboxUpdateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		description: 'Attributes to change; the others keep their values',
		displayOptions: { show },
		options: mailboxAttributeOptions([
			removeTagsOption,
			{
				displayName: 'Allowed Senders',
				name: 'sender_acl',
				type: 'string',
				default: '',
				placeholder: 'info@example.com, @example.org',
				description:
					'Addresses and @domains this mailbox may send as (comma-separated). Replaces the current list.',
			},
			{
				displayName: 'Name',
				name: 'name',
				type: 'string',
				default: '',
				description: 'Full name of the user',
			},
			{
				displayName: 'Password',
				name: 'password',
				type: 'string',
				typeOptions: { password: true },
				default: '',
				description: "New password (must meet mailcow's password policy)",
			},
			{
				displayName: 'Quota (MiB)',
				name: 'quota',
				type: 'number',
				typeOptions: { minValue: 0 },
				default: 3072,
				description: 'New mailbox size in MiB (0 = unlimited)',
			},
		]),
	},
];
