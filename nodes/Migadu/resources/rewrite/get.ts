import { domainLocator } from '../../shared/descriptions';
import { operation } from '../../shared/operation';
import { rewriteId, rewriteLabel, rewriteParameter, rewritesPath } from './fields';

export const get = operation({
	name: 'Get',
	value: 'get',
	action: 'Get a rewrite',
	description: 'Get one rewrite rule of a domain',
	method: 'GET',
	path: (r) => [...rewritesPath(r), rewriteId(r)],
	target: rewriteLabel,
	locators: [domainLocator, rewriteParameter],
});
