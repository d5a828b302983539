import type { MailcowResource } from '../../shared/resource';
import { create } from './create';
import { del } from './delete';
import { get } from './get';
import { getAll } from './getAll';
import { update } from './update';

// A destination another policy has is answered with recipient_map_entry_exists on Update: the
// Recipient Map resource's text covers both.
export const tlsPolicyMap: MailcowResource = {
	name: 'TLS Policy Map',
	value: 'tlsPolicyMap',
	default: 'get',
	operations: [create, del, get, getAll, update],
	successTexts: {
		tls_policy_map_entry_saved: 'TLS policy map saved',
		tls_policy_map_entry_deleted: 'TLS policy map deleted',
	},
	messages: {
		tls_policy_map_dest_invalid:
			'The destination is empty, ".", "*" or "@", or starts with a dot (refused on create) or is not a valid domain.',
		tls_policy_map_parameter_invalid:
			'The parameters must be name=value pairs separated by spaces (such as match=.example.org).',
		tls_policy_map_entry_exists: 'Another TLS policy map already has this destination.',
	},
};
