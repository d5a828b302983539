import type {
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	INodeProperties,
	INodePropertyOptions,
} from 'n8n-workflow';
import { readFields, type FieldSpec } from '../../shared/fields';
import { asciiName } from '../../shared/idn';
import { setItemState } from '../../shared/state';
import { createdObject } from '../../shared/errors';
import { writeOutput } from '../../shared/write';
import { applyDestination, checkAliasAddress, SPECIAL_DESTINATIONS } from './destinations';
import { ALLOW_SENDING_AS_ALIAS } from './senderAllowed';

const show = { resource: ['alias'], operation: ['create'] };

const FIELDS: FieldSpec[] = [
	{
		param: 'aliasAddress',
		key: 'address',
		kind: 'string',
		label: 'Address',
		required: true,
		check: checkAliasAddress,
	},
	{
		param: 'aliasDestinationType',
		key: 'destinationType',
		kind: 'string',
		label: 'Destination Type',
		default: 'addresses',
	},
	{ param: 'aliasGoto', key: 'goto', kind: 'csv', label: 'Destinations' },
	// Mailcow stores an omitted `active` as 0 (inactive): always send it.
	{ param: 'active', key: 'active', kind: 'flag', label: 'Active', in: 'aliasOptions', default: 1 },
	// Since mailcow 2026-01 an omitted sender_allowed is stored as 0 (issue #7058): the mailboxes
	// behind the alias could not send as it. Mailcow's own form sends 1: always send it.
	{
		param: 'sender_allowed',
		key: 'sender_allowed',
		kind: 'flag',
		label: 'Allow Sending As Alias',
		in: 'aliasOptions',
		default: 1,
	},
	{
		param: 'sogo_visible',
		key: 'sogo_visible',
		kind: 'flag',
		label: 'Visible in SOGo',
		in: 'aliasOptions',
	},
	{
		param: 'public_comment',
		key: 'public_comment',
		kind: 'string',
		label: 'Public Comment',
		in: 'aliasOptions',
	},
	{
		param: 'private_comment',
		key: 'private_comment',
		kind: 'string',
		label: 'Private Comment',
		in: 'aliasOptions',
	},
];

async function buildBody(this: IExecuteSingleFunctions, options: IHttpRequestOptions) {
	const { destinationType, goto, ...body } = readFields(this, FIELDS);
	applyDestination(this, body, destinationType as string, goto as string | undefined, true);
	setItemState(this, {
		// As mailcow stores it: lower case, the domain in punycode (add/alias converts it).
		summary: {
			address: asciiName(String(body.address).toLowerCase()),
			senderAllowed: body.sender_allowed === 1,
		},
	});
	options.body = body;
	return options;
}

// add/alias answers ["alias_added", address, "<id>"]: the id edit and delete can use.
const withId = writeOutput((entries) => {
	const added = entries.find((e) => Array.isArray(e.msg) && e.msg[0] === 'alias_added');
	const id = Array.isArray(added?.msg) ? Number(added.msg[2]) : NaN;
	return Number.isFinite(id) ? { id } : {};
}, createdObject);

export const option: INodePropertyOptions = {
	name: 'Create',
	value: 'create',
	action: 'Create an alias',
	description:
		'Create an alias (or a catch-all @domain) that forwards to addresses or a special destination',
	routing: {
		request: { method: 'POST', url: '/add/alias' },
		send: { preSend: [buildBody] },
		output: { postReceive: [withId] },
	},
};

export const description: INodeProperties[] = [
	{
		displayName: 'Address',
		name: 'aliasAddress',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'info@example.com',
		description: 'The alias address, or @example.com for a catch-all of the domain',
		displayOptions: { show },
	},
	{
		displayName: 'Destination Type',
		name: 'aliasDestinationType',
		type: 'options',
		default: 'addresses',
		options: [
			{ name: 'Addresses', value: 'addresses', description: 'Forward to one or more addresses' },
			...SPECIAL_DESTINATIONS,
		],
		displayOptions: { show },
	},
	{
		displayName: 'Destinations',
		name: 'aliasGoto',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'jane@example.com, john@example.org',
		description:
			'Addresses that receive the mail, separated by commas (an expression may also return an array)',
		displayOptions: { show: { ...show, aliasDestinationType: ['addresses'] } },
	},
	{
		displayName: 'Options',
		name: 'aliasOptions',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		displayOptions: { show },
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
				displayName: 'Visible in SOGo',
				name: 'sogo_visible',
				type: 'boolean',
				default: false,
				description: 'Whether users can pick the alias as sender in SOGo',
			},
		],
	},
];
