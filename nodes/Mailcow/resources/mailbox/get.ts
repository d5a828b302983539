import { getOne } from '../../shared/operation';
import { mailbox } from './fields';
import { simplifyMailbox } from './simplify';

export const get = getOne({
	name: 'Get',
	value: 'get',
	action: 'Get a mailbox',
	description: 'Get one mailbox with its quota and settings',
	what: 'mailbox',
	route: ['get', 'mailbox'],
	locator: mailbox,
	identity: (r) => [r.username],
	simplify: simplifyMailbox,
	before: [
		{
			displayName: 'List Mailboxes of Domain',
			name: 'mailboxListDomain',
			type: 'string',
			default: '',
			placeholder: 'example.com',
			description: 'Only used to shorten the Mailbox list below; empty = all domains',
		},
	],
});
