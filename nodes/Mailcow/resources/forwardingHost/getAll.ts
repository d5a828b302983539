import { getMany } from '../../shared/operation';
import { simplifyForwardingHost } from './simplify';

// There is no Get: get/fwdhost/{host} cannot reach a network (its "/" splits the path).
export const getAll = getMany({
	name: 'Get Many',
	value: 'getAll',
	action: 'Get many forwarding hosts',
	description: 'List the forwarding hosts with their spam filter setting',
	routes: ['/get/fwdhost/all'],
	request: (_context, _values, options) => (options.url = '/get/fwdhost/all'),
	simplify: simplifyForwardingHost,
});
