import { getMany } from '../../shared/operation';
import { simplifyQuarantineItem } from './simplify';

// mailcow answers [] (not {}) for an empty quarantine; both are no items.
export const getAll = getMany({
	name: 'Get Many',
	value: 'getAll',
	action: 'Get many quarantined messages',
	description: 'List the messages held in the quarantine with sender, recipient and spam score',
	routes: ['/get/quarantine/all'],
	request: (_context, _values, options) => (options.url = '/get/quarantine/all'),
	simplify: simplifyQuarantineItem,
});
