import { domainLocator, mailboxLocator } from '../../shared/descriptions';
import { operation } from '../../shared/operation';
import { mailboxLabel } from './fields';

export const del = operation({
	name: 'Delete',
	value: 'delete',
	action: 'Permanently delete a mailbox and all its mail',
	description: 'Delete a mailbox and all its mail',
	method: 'DELETE',
	path: (r) => ['domains', r.domain(), 'mailboxes', r.mailbox()],
	target: mailboxLabel,
	locators: [domainLocator, mailboxLocator],
	deleted: (r) => ({ address: r.mailboxAddress(), deleted: true }),
});
