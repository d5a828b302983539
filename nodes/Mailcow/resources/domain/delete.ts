import type { INodeProperties } from 'n8n-workflow';
import { deleteOption } from '../../shared/write';

export const option = deleteOption({
	route: '/delete/domain',
	param: 'domains',
	key: 'domains',
	label: 'Domains',
	action: 'Permanently delete domains with their settings (refused while they have mailboxes)',
	description: 'Delete one or more domains (mailcow refuses domains that still have mailboxes)',
});

export const description: INodeProperties[] = [];
