import { collection, fieldGroups, topLevel } from '../../../shared/fields';
import { create as createOperation } from '../../shared/operation';
import { createOptions, destination, nexthop, password, username } from './fields';

export const create = createOperation({
	name: 'Create',
	value: 'create',
	action: 'Create transport maps, replacing the login of other maps with the same next hop',
	description:
		'Route mail for domains or addresses through a next hop, one transport map per destination',
	route: '/add/transport',
	fields: fieldGroups(
		topLevel(destination, nexthop, username, password),
		collection(
			{ displayName: 'Options', name: 'transportMapOptions', placeholder: 'Add Option' },
			createOptions,
		),
	),
	// Mailcow splits the destinations itself and answers without the new ids (Get Many lists them).
	finish: (_context, body) => ({
		destination: String(body.destination).split(','),
		nexthop: body.nexthop,
	}),
});
