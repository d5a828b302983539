import type { MailcowResource } from '../../shared/resource';
import { create } from './create';
import { del } from './delete';
import { get } from './get';
import { getAll } from './getAll';
import { update } from './update';

export const recipientMap: MailcowResource = {
	name: 'Recipient Map',
	value: 'recipientMap',
	default: 'get',
	operations: [create, del, get, getAll, update],
	successTexts: {
		recipient_map_entry_saved: 'Recipient map saved',
		recipient_map_entry_deleted: 'Recipient map deleted',
	},
	messages: {
		invalid_recipient_map_old: 'The original recipient is neither an email address nor a domain.',
		invalid_recipient_map_new: 'The new recipient is neither an email address nor a domain.',
		// edit/tls-policy-map answers this key too when its destination is taken.
		recipient_map_entry_exists:
			'Another recipient map already has this original recipient (or, on TLS Policy Map, another policy has this destination). An Update stops at the first clash: the IDs before it were saved.',
	},
};
