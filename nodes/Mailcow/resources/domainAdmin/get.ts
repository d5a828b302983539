import { getOne } from '../../shared/operation';
import { username } from './fields';
import { simplifyDomainAdmin } from './simplify';

export const get = getOne({
	name: 'Get',
	value: 'get',
	action: 'Get a domain admin',
	description: 'Get one domain administrator with the domains it manages',
	what: 'domain admin',
	route: ['get', 'domain-admin'],
	locator: username,
	identity: (r) => [r.username],
	simplify: simplifyDomainAdmin,
});
