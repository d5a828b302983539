import { domainLocator } from '../../shared/descriptions';
import { getMany } from '../../shared/operation';
import { aliasesPath } from './fields';

export const getAll = getMany({
	action: 'Get many aliases',
	description: 'List the aliases of a domain',
	path: aliasesPath,
	target: (r) => `domain "${r.domain()}"`,
	locators: [domainLocator],
	// The envelope key is address_aliases, not aliases.
	list: 'address_aliases',
});
