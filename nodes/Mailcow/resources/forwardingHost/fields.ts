import type { INodeProperties } from 'n8n-workflow';
import type { MailcowField } from '../../shared/fields';

/** Every field of the Forwarding Host resource, declared once. */

export const hostname: MailcowField = {
	key: 'hostname',
	kind: 'string',
	required: true,
	property: {
		displayName: 'Host',
		name: 'forwardingHostHostname',
		type: 'string',
		default: '',
		placeholder: '192.0.2.10 or 2001:db8::/64',
		description:
			'An IP address or network; a host name is resolved by mailcow through its SPF, MX and A records',
	},
};

const filterSpamProperty: INodeProperties = {
	displayName: 'Filter Spam',
	name: 'forwardingHostFilterSpam',
	type: 'boolean',
	default: true,
	description: "Whether mail from the host goes through mailcow's spam filter",
};

/** Create sends filter_spam (1 = filter); mailcow stores an omitted one as "keep spam". */
export const filterSpam: MailcowField = {
	key: 'filter_spam',
	kind: 'flag',
	sendDefault: true,
	property: filterSpamProperty,
};

/** Update sends the inverse, keep_spam (edit/fwdhost's attribute), from the same parameter. */
export const keepSpam: MailcowField = {
	key: 'keep_spam',
	kind: 'flag',
	sendDefault: true,
	property: filterSpamProperty,
};

/** The hosts an Update or Delete changes, as Get Many lists them (`host`). */
export const hosts: MailcowField = {
	key: 'hosts',
	kind: 'list',
	required: true,
	property: {
		displayName: 'Hosts',
		name: 'forwardingHosts',
		type: 'string',
		default: '',
		placeholder: '192.0.2.10, 2001:db8::/64',
		description:
			'One or more hosts as Get Many lists them (its "host"), comma-separated, or an array from an expression',
	},
};
