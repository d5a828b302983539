import type { MailcowResource } from '../../shared/resource';
import { create } from './create';
import { del } from './delete';
import { get } from './get';
import { getAll } from './getAll';
import { update } from './update';

export const relayHost: MailcowResource = {
	name: 'Relay Host',
	value: 'relayHost',
	default: 'get',
	operations: [create, del, get, getAll, update],
	// add/relayhost and add/transport answer the same keys: words that fit both.
	successTexts: { relayhost_added: 'Added', relayhost_removed: 'Deleted' },
	messages: {
		// edit/relayhost and edit/transport answer the same key for an unknown id.
		relayhost_invalid: 'No relay host (or, on Transport Map, no transport map) has this ID.',
	},
};
