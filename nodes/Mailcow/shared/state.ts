import type { IDataObject, IExecuteSingleFunctions } from 'n8n-workflow';
import type { Listing } from './listing';

/**
 * What an operation's preSend hands to its postReceive for the same item. RoutingNode runs both
 * with the same per-item context object, so the values read and validated once in preSend (the
 * ids sent, a generated password) need not be read again.
 */
export interface ItemState {
	/** Fields shown in a write's output item (never a user-typed password). */
	summary?: IDataObject;
	/** The ids a multi-item write sent. */
	items?: string[];
	/** What those ids are (`["mailbox", "mailboxes"]`), to name them when mailcow does not. */
	objects?: [string, string];
	/** One more sentence for the description of a refusal (where a bare access_denied misleads). */
	hint?: string;
	/** Messages of extra calls the preSend made for the same item (tag removals). */
	messages?: string[];
	/** The object a create reads back (Return Created Record). */
	readBack?: string;
	/** The destinations an alias edit sent, to tell a partly saved edit from a skipped one. */
	destinations?: string[];
	/** What a Get asked for, for the not-found message. */
	wanted?: { what: string; value: string };
	/** Keys a read leaves out of every output item (secrets, unless Include Secrets is on). */
	hidden?: string[];
	/** Client-side filter of a Get Many (where mailcow cannot filter). */
	filter?: (record: IDataObject) => boolean;
	/** How a paged Get Many lists (search pages or the whole list) and what the item asked for. */
	listing?: Listing;
}

const states = new WeakMap<object, ItemState>();

export function setItemState(context: IExecuteSingleFunctions, state: ItemState): void {
	states.set(context, { ...states.get(context), ...state });
}

export function getItemState(context: IExecuteSingleFunctions): ItemState {
	return states.get(context) ?? {};
}
