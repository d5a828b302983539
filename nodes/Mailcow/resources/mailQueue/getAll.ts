import { getMany } from '../../shared/operation';
import { simplifyQueuedMessage } from './simplify';

export const getAll = getMany({
	name: 'Get Many',
	value: 'getAll',
	action: 'Get many queued messages',
	description: "List the messages waiting in postfix's queue, with the reason each is delayed",
	routes: ['/get/mailq/all'],
	request: (_context, _values, options) => (options.url = '/get/mailq/all'),
	simplify: simplifyQueuedMessage,
});
