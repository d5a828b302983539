import { getMany } from '../../shared/operation';
import { simplifyTransportMap } from './simplify';

export const getAll = getMany({
	name: 'Get Many',
	value: 'getAll',
	action: 'Get many transport maps',
	description: 'List the transport maps with their IDs, destinations and next hops',
	routes: ['/get/transport/all'],
	request: (_context, _values, options) => (options.url = '/get/transport/all'),
	simplify: simplifyTransportMap,
	secrets: ['password', 'password_short'],
});
