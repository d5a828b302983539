import type { INodeProperties } from 'n8n-workflow';
import { deleteOption } from '../../shared/write';

export const option = deleteOption({
	route: '/delete/domain',
	param: 'domains',
	key: 'domains',
	label: 'Domains',
	action: 'Delete domains',
	description: 'Delete one or more domains (mailcow refuses domains that still have mailboxes)',
});

export const description: INodeProperties[] = [];
