import type { MailcowResource } from '../../shared/resource';
import { create } from './create';
import { del } from './delete';
import { getAll } from './getAll';
import { update } from './update';

export const forwardingHost: MailcowResource = {
	name: 'Forwarding Host',
	value: 'forwardingHost',
	default: 'create',
	operations: [create, del, getAll, update],
	successTexts: {
		forwarding_host_added: 'Forwarding host added',
		forwarding_host_removed: 'Forwarding host deleted',
	},
	messages: {
		invalid_host:
			'Mailcow could not resolve the host to an IP address (through its SPF, MX and A records): enter an IP address or a network such as 192.0.2.0/28.',
	},
};
