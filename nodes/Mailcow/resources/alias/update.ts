import type {
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	INodeProperties,
	INodePropertyOptions,
} from 'n8n-workflow';
import { fieldError, readFields, type FieldSpec } from '../../shared/fields';
import { setItemState } from '../../shared/state';
import { editBody, writeResult } from '../../shared/write';
import { applyDestination, checkAliasAddress, SPECIAL_DESTINATIONS } from './destinations';
import { ALLOW_SENDING_AS_ALIAS } from './senderAllowed';

const IN = 'aliasUpdateFields';
const ATTRIBUTES: FieldSpec[] = [
	{
		param: 'address',
		key: 'address',
		kind: 'string',
		label: 'New Address',
		in: IN,
		check: checkAliasAddress,
	},
	{ param: 'goto', key: 'goto', kind: 'csv', label: 'Destinations', in: IN },
	{ param: 'special', key: 'special', kind: 'string', label: 'Special Destination', in: IN },
	{ param: 'active', key: 'active', kind: 'flag', label: 'Active', in: IN },
	{
		param: 'sender_allowed',
		key: 'sender_allowed',
		kind: 'flag',
		label: 'Allow Sending As Alias',
		in: IN,
	},
	{ param: 'sogo_visible', key: 'sogo_visible', kind: 'flag', label: 'Visible in SOGo', in: IN },
	{
		param: 'public_comment',
		key: 'public_comment',
		kind: 'string',
		label: 'Public Comment',
		in: IN,
	},
	{
		param: 'private_comment',
		key: 'private_comment',
		kind: 'string',
		label: 'Private Comment',
		in: IN,
	},
];

async function buildBody(this: IExecuteSingleFunctions, options: IHttpRequestOptions) {
	const { aliases } = readFields(this, [
		{ param: 'aliases', key: 'aliases', kind: 'list', label: 'Aliases', required: true },
	]);
	const { special, goto, ...attr } = readFields(this, ATTRIBUTES);
	applyDestination(this, attr, special as string | undefined, goto as string | undefined, false);
	if (Object.keys(attr).length === 0)
		throw fieldError(this, 'Update Fields', 'add at least one field to change');
	setItemState(this, { summary: { aliases } });
	return editBody(this, options, aliases as string[], attr);
}

export const option: INodePropertyOptions = {
	name: 'Update',
	value: 'update',
	action: 'Update aliases, overwriting the fields given (destinations replace the current ones)',
	description: 'Change destinations, address, flags or comments of one or more aliases',
	routing: {
		request: { method: 'POST', url: '/edit/alias' },
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
		displayOptions: { show: { resource: ['alias'], operation: ['update'] } },
		options: [
			{
				displayName: 'Active',
				name: 'active',
				type: 'boolean',
				default: true,
				description: 'Whether the alias forwards mail',
			},
			ALLOW_SENDING_AS_ALIAS,
			{
				displayName: 'Destinations',
				name: 'goto',
				type: 'string',
				default: '',
				placeholder: 'jane@example.com',
				description: 'New comma-separated destination addresses (replace the current ones)',
			},
			{
				displayName: 'New Address',
				name: 'address',
				type: 'string',
				default: '',
				description: 'Rename the alias to this address',
			},
			{
				displayName: 'Private Comment',
				name: 'private_comment',
				type: 'string',
				default: '',
				description: 'Note visible to administrators only',
			},
			{
				displayName: 'Public Comment',
				name: 'public_comment',
				type: 'string',
				default: '',
				description: 'Note visible to the mailbox users',
			},
			{
				displayName: 'Special Destination',
				name: 'special',
				type: 'options',
				default: 'null',
				options: SPECIAL_DESTINATIONS,
				description: 'Replace the destinations with a special one',
			},
			{
				displayName: 'Visible in SOGo',
				name: 'sogo_visible',
				type: 'boolean',
				default: false,
				description: 'Whether users can pick the alias as sender in SOGo',
			},
		],
	},
];
