import { getOne } from '../../shared/operation';
import { domain } from './fields';
import { simplifyDomain } from './simplify';

export const get = getOne({
	name: 'Get',
	value: 'get',
	action: 'Get a domain',
	description: 'Get one domain with its limits and usage',
	what: 'domain',
	route: ['get', 'domain'],
	locator: domain,
	identity: (r) => [r.domain_name],
	simplify: simplifyDomain,
});
