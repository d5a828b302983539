import type { INodeProperties } from 'n8n-workflow';
import { deleteOption } from '../../shared/write';

export const option = deleteOption({
	route: '/delete/alias',
	param: 'aliases',
	key: 'aliases',
	label: 'Aliases',
	action: 'Permanently delete aliases (their mail is no longer forwarded)',
	description: 'Delete one or more aliases by ID or address',
});

export const description: INodeProperties[] = [];
