import { domainLocator } from '../../shared/descriptions';
import { operation } from '../../shared/operation';
import { aliasesPath, aliasId, aliasLabel, aliasParameter } from './fields';

export const get = operation({
	name: 'Get',
	value: 'get',
	action: 'Get an alias',
	description: 'Get one alias of a domain',
	method: 'GET',
	path: (r) => [...aliasesPath(r), aliasId(r)],
	target: aliasLabel,
	locators: [domainLocator, aliasParameter],
});
