import { getOne } from '../../shared/operation';
import { relayHost } from './fields';
import { simplifyRelayHost } from './simplify';

export const get = getOne({
	name: 'Get',
	value: 'get',
	action: 'Get a relay host',
	description: 'Get one relay host with the domains and mailboxes using it',
	what: 'relay host',
	route: ['get', 'relayhost'],
	locator: relayHost,
	identity: (r) => [r.id],
	simplify: simplifyRelayHost,
	// Mailcow answers the password in clear, and its first 3 characters as password_short.
	secrets: ['password', 'password_short'],
});
