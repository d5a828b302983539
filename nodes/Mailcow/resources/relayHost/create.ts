import { topLevel } from '../../../shared/fields';
import { create as createOperation } from '../../shared/operation';
import { hostname, password, username } from './fields';

export const create = createOperation({
	name: 'Create',
	value: 'create',
	action: 'Create a relay host',
	description:
		'Add a sender-dependent transport that domains and mailboxes can send through (stored active)',
	route: '/add/relayhost',
	fields: topLevel(hostname, username, password),
	// Mailcow answers without the new id: Get Many lists it.
	finish: (_context, body) => ({ hostname: body.hostname, username: body.username ?? '' }),
});
