import type { INodeProperties } from 'n8n-workflow';
import { deleteOption } from '../../shared/write';

export const option = deleteOption({
	route: '/delete/mailbox',
	param: 'mailboxes',
	key: 'mailboxes',
	label: 'Mailboxes',
	action: 'Permanently delete mailboxes and all their mail',
	description: 'Delete one or more mailboxes with their mail',
});

export const description: INodeProperties[] = [];
