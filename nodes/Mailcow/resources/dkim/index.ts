import type { INodeProperties } from 'n8n-workflow';
import * as create from './create';
import * as createAndGet from './createAndGet';
import * as del from './delete';
import * as duplicate from './duplicate';
import * as get from './get';
import { dkimFields } from './shared';

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['dkim'] } },
		options: [create.option, createAndGet.option, del.option, duplicate.option, get.option],
		default: 'get',
	},
	...dkimFields,
	...create.description,
	...createAndGet.description,
	...del.description,
	...duplicate.description,
	...get.description,
];
