import {
	NodeApiError,
	type IDataObject,
	type IExecuteSingleFunctions,
	type JsonObject,
} from 'n8n-workflow';
import { collection, fieldGroups, topLevel } from '../../../shared/fields';
import { asciiName } from '../../shared/idn';
import { messageText, type MailcowEntry } from '../../shared/messages';
import { create as createOperation } from '../../shared/operation';
import { getItemState } from '../../shared/state';
import {
	address,
	applyDestination,
	createAttributes,
	destinations,
	destinationType,
} from './fields';

/**
 * add/alias answers ["alias_added", address, "<id>"]: the id edit and delete can use. Without
 * that entry nothing was added: mailcow skips an address that is also one of its destinations,
 * without a message ("Task completed").
 */
function newId(entries: MailcowEntry[], context: IExecuteSingleFunctions): IDataObject {
	const added = entries.find((e) => Array.isArray(e.msg) && e.msg[0] === 'alias_added');
	if (!added) throw notAdded(context, entries);
	const id = Number((added.msg as unknown[])[2]);
	return Number.isFinite(id) ? { id } : {};
}

function notAdded(context: IExecuteSingleFunctions, entries: MailcowEntry[]): NodeApiError {
	const itemIndex = context.getItemIndex();
	const address = String(getItemState(context).summary?.address ?? '');
	return new NodeApiError(
		context.getNode(),
		{ answer: entries.map(({ type, msg }) => ({ type, msg })) } as unknown as JsonObject,
		{
			message: `Mailcow added no alias "${address}" (item ${itemIndex})`,
			description: `Mailcow answered "${entries.map((e) => messageText(e.msg)).join('; ')}" without adding the alias: it skips an address that is also one of its destinations. Remove the address from Destinations.`,
			httpCode: '200',
			itemIndex,
		},
	);
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
});
