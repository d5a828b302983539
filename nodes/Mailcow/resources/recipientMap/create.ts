import { collection, fieldGroups, topLevel } from '../../../shared/fields';
import { create as createOperation } from '../../shared/operation';
import { createOptions, newRecipient, originalRecipient } from './fields';

export const create = createOperation({
	name: 'Create',
	value: 'create',
	action: 'Create a recipient map',
	description: 'Deliver the mail for an address or domain to another address or domain',
	route: '/add/recipient_map',
	fields: fieldGroups(
		topLevel(originalRecipient, newRecipient),
		collection(
			{ displayName: 'Options', name: 'recipientMapOptions', placeholder: 'Add Option' },
			createOptions,
		),
	),
	// Mailcow answers the original recipient as stored, without the new id (Get Many lists it).
	finish: (_context, body) => ({
		originalRecipient: body.recipient_map_old,
		newRecipient: body.recipient_map_new,
	}),
});
