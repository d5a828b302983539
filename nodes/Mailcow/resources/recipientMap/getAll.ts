import { getMany } from '../../shared/operation';
import { simplifyRecipientMap } from './simplify';

export const getAll = getMany({
	name: 'Get Many',
	value: 'getAll',
	action: 'Get many recipient maps',
	description: 'List the recipient maps with their IDs, original and new recipients',
	// get/recipient_map/{id} takes "all" too; recorded in mailcow-observed-2.md.
	routes: ['/get/recipient_map/all'],
	request: (_context, _values, options) => (options.url = '/get/recipient_map/all'),
	simplify: simplifyRecipientMap,
});
