import type { IDataObject } from 'n8n-workflow';
import { collection, fieldGroups, topLevel } from '../../../shared/fields';
import type { MailcowEntry } from '../../shared/messages';
import { create as createOperation } from '../../shared/operation';
import { createOptions, description, domain, kind } from './fields';

/** The address mailcow made of the description: `["resource_added", "Room1@example.com"]`. */
function newAddress(entries: MailcowEntry[]): IDataObject {
	for (const { msg } of entries)
		if (Array.isArray(msg) && msg[0] === 'resource_added') return { address: String(msg[1]) };
	return {};
}

export const create = createOperation({
	name: 'Create',
	value: 'create',
	action: 'Create a resource',
	description: 'Add a room, group or thing that SOGo users can book',
	route: '/add/resource',
	fields: fieldGroups(
		topLevel(domain, description, kind),
		collection(
			{ displayName: 'Options', name: 'resourceOptions', placeholder: 'Add Option' },
			createOptions,
		),
	),
	finish: (_context, body) => ({ description: body.description, kind: body.kind }),
	enrich: newAddress,
});
