import { domainLocator, mailboxLocator } from '../../shared/descriptions';
import { operation } from '../../shared/operation';
import { forwardingId, forwardingLabel, forwardingParameter, forwardingsPath } from './fields';

export const get = operation({
	name: 'Get',
	value: 'get',
	action: 'Get a forwarding',
	description: 'Get one forwarding of a mailbox',
	method: 'GET',
	path: (r) => [...forwardingsPath(r), forwardingId(r)],
	target: forwardingLabel,
	locators: [domainLocator, mailboxLocator, forwardingParameter],
});
