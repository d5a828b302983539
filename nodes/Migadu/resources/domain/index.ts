import type { INodeProperties } from 'n8n-workflow';

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['domain'] } },
		options: [
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many domains',
				description: 'List the domains of the account',
				routing: {
					request: { method: 'GET', url: '/domains' },
					output: { postReceive: [{ type: 'rootProperty', properties: { property: 'domains' } }] },
				},
			},
		],
		default: 'getAll',
	},
];
