import type { IDataObject } from 'n8n-workflow';
import { collection, fieldGroups, topLevel } from '../../../shared/fields';
import { asciiName } from '../../shared/idn';
import type { MailcowEntry } from '../../shared/messages';
import { create as createOperation } from '../../shared/operation';
import {
	address,
	applyDestination,
	createAttributes,
	destinations,
	destinationType,
} from './fields';

/**
 * add/alias answers ["alias_added", address, "<id>"]: the id edit and delete can use (none when
 * mailcow added nothing; the write then fails, see `skipped` below).
 */
function newId(entries: MailcowEntry[]): IDataObject {
	const added = entries.find((e) => Array.isArray(e.msg) && e.msg[0] === 'alias_added');
	const id = Number((added?.msg as unknown[] | undefined)?.[2]);
	return Number.isFinite(id) ? { id } : {};
}

export const create = createOperation({
	name: 'Create',
	value: 'create',
	action: 'Create an alias',
	description:
		'Create an alias (or a catch-all @domain) that forwards to addresses or a special destination',
	route: '/add/alias',
	fields: fieldGroups(
		topLevel(address, destinationType, destinations),
		collection(
			{ displayName: 'Options', name: 'aliasOptions', placeholder: 'Add Option' },
			createAttributes,
		),
	),
	finish: (context, body) => {
		applyDestination(context, body, 'destinationType', true);
		// As mailcow stores it: lower case, the domain in punycode (add/alias converts it).
		return {
			address: asciiName(String(body.address).toLowerCase()),
			senderAllowed: body.sender_allowed === 1,
		};
	},
	enrich: newId,
	// mailcow skips an address that is also one of its destinations, answering only "Task completed".
	skipped: {
		key: 'address',
		reason:
			'it skips an address that is also one of its destinations. Remove the address from Destinations.',
	},
});
