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
		displayOptions: { show: { resource: ['domain'] } },
		options: [create.option, del.option, get.option, getAll.option, update.option],
		default: 'get',
	},
	{
		displayName: 'Domains',
		name: 'domains',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'example.com, example.org',
		description:
			'One or more domain names, separated by commas (an expression may also return an array). One request per item.',
		displayOptions: { show: { resource: ['domain'], operation: ['update', 'delete'] } },
	},
	...create.description,
	...get.description,
	...getAll.description,
	...update.description,
	...del.description,
];
