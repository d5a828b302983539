import { getOne } from '../../shared/operation';
import { one } from './fields';
import { simplifyAliasDomain } from './simplify';

export const get = getOne({
	name: 'Get',
	value: 'get',
	action: 'Get an alias domain',
	description: 'Get one alias domain with its target domain and rate limit',
	what: 'alias domain',
	route: ['get', 'alias-domain'],
	locator: one,
	identity: (r) => [r.alias_domain],
	simplify: simplifyAliasDomain,
});
