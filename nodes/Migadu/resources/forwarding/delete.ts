import { domainLocator, mailboxLocator } from '../../shared/descriptions';
import { operation } from '../../shared/operation';
import { forwardingId, forwardingLabel, forwardingParameter, forwardingsPath } from './fields';

export const del = operation({
	name: 'Delete',
	value: 'delete',
	action: 'Permanently delete a forwarding (mail stops being forwarded there)',
	description: 'Stop forwarding a mailbox to an address',
	method: 'DELETE',
	path: (r) => [...forwardingsPath(r), forwardingId(r)],
	target: forwardingLabel,
	locators: [domainLocator, mailboxLocator, forwardingParameter],
	deleted: (r) => ({ address: forwardingId(r), mailbox: r.mailboxAddress(), deleted: true }),
});
