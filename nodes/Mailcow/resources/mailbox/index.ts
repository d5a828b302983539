import type { INodeProperties } from 'n8n-workflow';
import * as create from './create';
import * as del from './delete';
import * as get from './get';
import * as getAll from './getAll';
import * as update from './update';

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['mailbox'] } },
		options: [create.option, del.option, get.option, getAll.option, update.option],
		default: 'create',
	},
	{
		displayName: 'Mailboxes',
		name: 'mailboxes',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'jane@example.com, john@example.com',
		description:
			'One or more mailbox addresses, separated by commas (an expression may also return an array). One request per item.',
		displayOptions: { show: { resource: ['mailbox'], operation: ['update', 'delete'] } },
	},
	...create.description,
	...get.description,
	...getAll.description,
	...update.description,
	...del.description,
];
