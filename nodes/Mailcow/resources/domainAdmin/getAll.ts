import { getMany } from '../../shared/operation';
import { simplifyDomainAdmin } from './simplify';

export const getAll = getMany({
	name: 'Get Many',
	value: 'getAll',
	action: 'Get many domain admins',
	description: 'List the domain administrators',
	simplify: simplifyDomainAdmin,
	routes: ['/get/domain-admin/all'],
	request: (_context, _values, options) => {
		options.url = '/get/domain-admin/all';
	},
});
