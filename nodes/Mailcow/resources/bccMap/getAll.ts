import { getMany } from '../../shared/operation';
import { simplifyBccMap } from './simplify';

export const getAll = getMany({
	name: 'Get Many',
	value: 'getAll',
	action: 'Get many BCC maps',
	description: 'List the BCC maps with their IDs, local and BCC destinations and types',
	// get/bcc/{id} documents "all" as an id; recorded in mailcow-observed-2.md.
	routes: ['/get/bcc/all'],
	request: (_context, _values, options) => (options.url = '/get/bcc/all'),
	simplify: simplifyBccMap,
});
