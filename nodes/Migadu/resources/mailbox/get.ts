import { domainLocator, mailboxLocator } from '../../shared/descriptions';
import { operation } from '../../shared/operation';
import { mailboxLabel } from './fields';

export const get = operation({
	name: 'Get',
	value: 'get',
	action: 'Get a mailbox',
	description: 'Get the settings of a mailbox',
	method: 'GET',
	path: (r) => ['domains', r.domain(), 'mailboxes', r.mailbox()],
	target: mailboxLabel,
	locators: [domainLocator, mailboxLocator],
});
