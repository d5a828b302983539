import { remove } from '../../shared/operation';
import { mailboxes } from './fields';

export const del = remove({
	action: 'Permanently delete mailboxes and all their mail',
	description: 'Delete one or more mailboxes with their mail',
	route: '/delete/mailbox',
	ids: mailboxes,
	objects: ['mailbox', 'mailboxes'],
});
