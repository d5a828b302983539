import type { INodeProperties } from 'n8n-workflow';
import * as send from './send';

const showOnlyForEmail = { resource: ['email'] };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: showOnlyForEmail },
		options: [send.option],
		default: 'send',
	},
	...send.description,
];
