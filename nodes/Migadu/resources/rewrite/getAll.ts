import { domainLocator } from '../../shared/descriptions';
import { getMany } from '../../shared/operation';
import { rewritesPath } from './fields';

export const getAll = getMany({
	action: 'Get many rewrites',
	description: 'List the rewrite rules of a domain',
	path: rewritesPath,
	target: (r) => `domain "${r.domain()}"`,
	locators: [domainLocator],
	list: 'rewrites',
});
