import { domainLocator, mailboxLocator } from '../../shared/descriptions';
import { getMany } from '../../shared/operation';
import { identitiesPath } from './fields';

export const getAll = getMany({
	action: 'Get many identities',
	description: 'List the identities of a mailbox',
	path: identitiesPath,
	target: (r) => `mailbox "${r.mailboxAddress()}"`,
	locators: [domainLocator, mailboxLocator],
	list: 'identities',
});
