import type { INodeProperties } from 'n8n-workflow';
import * as create from './create';
import * as del from './delete';
import * as editAcl from './editAcl';
import * as get from './get';
import * as getAll from './getAll';
import * as update from './update';

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['domainAdmin'] } },
		options: [create.option, del.option, editAcl.option, get.option, getAll.option, update.option],
		default: 'get',
	},
	{
		displayName: 'Username',
		name: 'adminUsername',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'acme_admin',
		description: 'Username of the domain administrator',
		displayOptions: {
			show: { resource: ['domainAdmin'], operation: ['get', 'update', 'editAcl'] },
		},
	},
	...create.description,
	...del.description,
	...editAcl.description,
	...get.description,
	...getAll.description,
	...update.description,
];
