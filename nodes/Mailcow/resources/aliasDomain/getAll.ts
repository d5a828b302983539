import { getMany } from '../../shared/operation';
import { simplifyAliasDomain } from './simplify';

export const getAll = getMany({
	name: 'Get Many',
	value: 'getAll',
	action: 'Get many alias domains',
	description: 'List every alias domain with its target domain',
	routes: ['/get/alias-domain/all'],
	simplify: simplifyAliasDomain,
	request: (_context, _values, options) => {
		options.url = '/get/alias-domain/all';
	},
});
