import { collection, fieldGroups, topLevel } from '../../../shared/fields';
import { create as createOperation } from '../../shared/operation';
import { createOptions, destination, parameters, policy } from './fields';

export const create = createOperation({
	name: 'Create',
	value: 'create',
	action: 'Create a TLS policy map',
	description: 'Set how outgoing mail to a domain is secured, overriding the server default',
	route: '/add/tls-policy-map',
	fields: fieldGroups(
		topLevel(destination, policy, parameters),
		collection(
			{ displayName: 'Options', name: 'tlsPolicyMapOptions', placeholder: 'Add Option' },
			createOptions,
		),
	),
	// Mailcow answers the destination as stored (punycode), without the new id (Get Many lists it).
	finish: (_context, body) => ({ destination: body.dest, policy: body.policy }),
});
