import type {
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	INodeProperties,
	INodePropertyOptions,
} from 'n8n-workflow';
import { mailboxLocator } from '../../shared/descriptions';
import { readFields } from '../../shared/fields';
import { readOne } from '../../shared/read';
import { simplifyMailbox } from '../../shared/simplify';
import { setItemState } from '../../shared/state';
import { mailcowPath } from '../../shared/transport';

async function setUrl(this: IExecuteSingleFunctions, options: IHttpRequestOptions) {
	const { username } = readFields(this, [
		{ param: 'mailbox', key: 'username', kind: 'string', label: 'Mailbox', required: true },
	]);
	setItemState(this, { wanted: { what: 'mailbox', value: String(username) } });
	options.url = mailcowPath(this, 'get', 'mailbox', { value: String(username), label: 'Mailbox' });
	return options;
}

export const option: INodePropertyOptions = {
	name: 'Get',
	value: 'get',
	action: 'Get a mailbox',
	description: 'Get one mailbox with its quota and settings',
	routing: {
		request: { method: 'GET' },
		send: { preSend: [setUrl] },
		output: { postReceive: [readOne(simplifyMailbox, (r) => [r.username])] },
	},
};

const show = { resource: ['mailbox'], operation: ['get'] };

export const description: INodeProperties[] = [
	{
		displayName: 'List Mailboxes of Domain',
		name: 'mailboxListDomain',
		type: 'string',
		default: '',
		placeholder: 'example.com',
		description: 'Only used to shorten the Mailbox list below; empty = all domains',
		displayOptions: { show },
	},
	mailboxLocator('mailbox', show),
];
