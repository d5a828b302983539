import { domainLocator } from '../../shared/descriptions';
import { getMany } from '../../shared/operation';

export const getAll = getMany({
	action: 'Get many mailboxes',
	description: 'List the mailboxes of a domain',
	path: (r) => ['domains', r.domain(), 'mailboxes'],
	target: (r) => `domain "${r.domain()}"`,
	locators: [domainLocator],
	list: 'mailboxes',
});
