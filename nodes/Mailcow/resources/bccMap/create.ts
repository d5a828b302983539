import { collection, fieldGroups, topLevel } from '../../../shared/fields';
import { create as createOperation } from '../../shared/operation';
import { bccDestination, createOptions, localDestination, type } from './fields';

export const create = createOperation({
	name: 'Create',
	value: 'create',
	action: 'Create a BCC map',
	description:
		'Send a copy of the mail sent from or received by a domain or address to another address',
	route: '/add/bcc',
	fields: fieldGroups(
		topLevel(localDestination, bccDestination, type),
		collection(
			{ displayName: 'Options', name: 'bccMapOptions', placeholder: 'Add Option' },
			createOptions,
		),
	),
	// Mailcow answers a bare "bcc_saved" without the new id (Get Many lists it).
	finish: (_context, body) => ({
		localDestination: body.local_dest,
		bccDestination: body.bcc_dest,
		type: body.type,
	}),
});
