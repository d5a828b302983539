import type { INodeProperties } from 'n8n-workflow';
import { deleteOption } from '../../shared/write';

export const option = deleteOption({
	route: '/delete/domain-admin',
	param: 'adminUsernames',
	key: 'usernames',
	label: 'Usernames',
	action: 'Permanently delete domain admins (their logins stop working)',
	description: 'Delete one or more domain administrators',
});

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
