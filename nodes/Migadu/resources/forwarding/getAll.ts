import { domainLocator, mailboxLocator } from '../../shared/descriptions';
import { getMany } from '../../shared/operation';
import { forwardingsPath } from './fields';

export const getAll = getMany({
	action: 'Get many forwardings',
	description: 'List the forwardings of a mailbox',
	path: forwardingsPath,
	target: (r) => `mailbox "${r.mailboxAddress()}"`,
	locators: [domainLocator, mailboxLocator],
	list: 'forwardings',
});
