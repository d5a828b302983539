import type { INodeProperties } from 'n8n-workflow';
import * as get from './get';

const showOnlyForDomain = { resource: ['domain'] };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: showOnlyForDomain },
		options: [get.option],
		default: 'get',
	},
	...get.description,
];
