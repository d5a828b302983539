import type {
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	INodeProperties,
	INodePropertyOptions,
} from 'n8n-workflow';
import { readFields } from '../../shared/fields';
import { setItemState } from '../../shared/state';
import { deleteBody, writeResult } from '../../shared/write';

async function buildBody(this: IExecuteSingleFunctions, options: IHttpRequestOptions) {
	const { usernames } = readFields(this, [
		{ param: 'adminUsernames', key: 'usernames', kind: 'list', label: 'Usernames', required: true },
	]);
	setItemState(this, { summary: { usernames } });
	return deleteBody(this, options, usernames as string[]);
}

export const option: INodePropertyOptions = {
	name: 'Delete',
	value: 'delete',
	action: 'Delete domain admins',
	description: 'Delete one or more domain administrators',
	routing: {
		request: { method: 'POST', url: '/delete/domain-admin' },
		send: { preSend: [buildBody] },
		output: { postReceive: [writeResult] },
	},
};

export const description: INodeProperties[] = [
	{
		displayName: 'Usernames',
		name: 'adminUsernames',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'acme_admin, beta_admin',
		description:
			'One or more admin usernames, separated by commas (an expression may also return an array). One request per item.',
		displayOptions: { show: { resource: ['domainAdmin'], operation: ['delete'] } },
	},
];
