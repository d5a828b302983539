import type { INodeProperties } from 'n8n-workflow';
import { deleteOption } from '../../shared/write';

export const option = deleteOption({
	route: '/delete/dkim',
	param: 'dkimDomains',
	key: 'domains',
	label: 'Domains',
	action:
		'Permanently delete the DKIM keys of domains (signing stops until a new key is published)',
	description: 'Delete the DKIM keys of one or more domains',
});

export const description: INodeProperties[] = [
	{
		displayName: 'Domains',
		name: 'dkimDomains',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'example.com, example.org',
		description:
			'One or more domain names, separated by commas (an expression may also return an array)',
		displayOptions: { show: { resource: ['dkim'], operation: ['delete'] } },
	},
];
