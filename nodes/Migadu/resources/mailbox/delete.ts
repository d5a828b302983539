import type { INodeProperties } from 'n8n-workflow';
import { operation } from '../../shared/operation';
import { mailboxLabel } from './fields';

export const option = operation({
	name: 'Delete',
	value: 'delete',
	action: 'Permanently delete a mailbox and all its mail',
	description: 'Delete a mailbox and all its mail',
	method: 'DELETE',
	path: (r) => ['domains', r.domain(), 'mailboxes', r.mailbox()],
	target: mailboxLabel,
	deleted: (r) => ({ address: r.mailboxAddress(), deleted: true }),
});

export const description: INodeProperties[] = [];
