import { getMany } from '../../shared/operation';
import { simplifyTlsPolicyMap } from './simplify';

export const getAll = getMany({
	name: 'Get Many',
	value: 'getAll',
	action: 'Get many TLS policy maps',
	description: 'List the TLS policy maps with their IDs, destinations, policies and parameters',
	// get/tls-policy-map/{id} takes "all" too; recorded in mailcow-observed-2.md.
	routes: ['/get/tls-policy-map/all'],
	request: (_context, _values, options) => (options.url = '/get/tls-policy-map/all'),
	simplify: simplifyTlsPolicyMap,
});
