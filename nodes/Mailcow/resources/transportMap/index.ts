import type { MailcowResource } from '../../shared/resource';
import { relayHost } from '../relayHost';
import { create } from './create';
import { del } from './delete';
import { get } from './get';
import { getAll } from './getAll';
import { update } from './update';

export const transportMap: MailcowResource = {
	name: 'Transport Map',
	value: 'transportMap',
	default: 'get',
	operations: [create, del, get, getAll, update],
	messages: {
		// edit/transport answers relay host's key for an unknown id.
		relayhost_invalid: relayHost.messages!.relayhost_invalid,
		invalid_nexthop: 'The next hop is empty or invalid.',
		invalid_nexthop_authenticated:
			'Another transport map uses this next hop with a different username: mailcow keeps one login per next hop.',
		transport_dest_exists: 'Another transport map already has this destination.',
		invalid_destination:
			'The destination is not a domain, .domain, * or address (regular expressions need MX-Based).',
		next_hop_interferes: 'The next hop is itself a destination of this transport map.',
		next_hop_interferes_any: 'The next hop is a destination of a transport map.',
	},
};
