import { getMany } from '../../shared/operation';
import { simplifyRelayHost } from './simplify';

export const getAll = getMany({
	name: 'Get Many',
	value: 'getAll',
	action: 'Get many relay hosts',
	description: 'List the relay hosts with their IDs and the domains and mailboxes using them',
	routes: ['/get/relayhost/all'],
	request: (_context, _values, options) => (options.url = '/get/relayhost/all'),
	simplify: simplifyRelayHost,
	secrets: ['password', 'password_short'],
});
