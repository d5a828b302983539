import { getOne } from '../../shared/operation';
import { transportMap } from './fields';
import { simplifyTransportMap } from './simplify';

export const get = getOne({
	name: 'Get',
	value: 'get',
	action: 'Get a transport map',
	description: 'Get one transport map by its ID',
	what: 'transport map',
	route: ['get', 'transport'],
	locator: transportMap,
	identity: (r) => [r.id],
	simplify: simplifyTransportMap,
	// Mailcow answers the password in clear, and its first 3 characters as password_short.
	secrets: ['password', 'password_short'],
});
