import { getMany } from '../../shared/operation';
import { simplifyResource } from './simplify';

export const getAll = getMany({
	name: 'Get Many',
	value: 'getAll',
	action: 'Get many resources',
	description: 'List the resources (rooms, groups, things) with their addresses and kinds',
	routes: ['/get/resource/all'],
	request: (_context, _values, options) => (options.url = '/get/resource/all'),
	simplify: simplifyResource,
});
