import { idLocator, numericIds } from '../../shared/descriptions';
import type { MailcowField } from '../../shared/fields';

/** Every field of the Relay Host resource (sender-dependent transports), declared once. */

export const hostname: MailcowField = {
	key: 'hostname',
	kind: 'string',
	required: true,
	property: {
		displayName: 'Host',
		name: 'relayHostHostname',
		type: 'string',
		default: '',
		placeholder: '[smtp.relay.example]:587',
		description:
			'The relay server and port, as Postfix takes it; brackets skip the MX lookup of the name',
	},
};

export const username: MailcowField = {
	key: 'username',
	kind: 'string',
	property: {
		displayName: 'Username',
		name: 'relayHostUsername',
		type: 'string',
		default: '',
		description: 'Login at the relay server; empty = no authentication',
	},
};

export const password: MailcowField = {
	key: 'password',
	kind: 'secret',
	property: {
		displayName: 'Password',
		name: 'relayHostPassword',
		type: 'string',
		typeOptions: { password: true },
		default: '',
		description:
			'Password at the relay server. Mailcow stores it in clear and escapes a ":" in it twice.',
	},
};

/** The relay host a Get reads. */
export const relayHost: MailcowField = {
	key: 'id',
	kind: 'string',
	required: true,
	check: numericIds,
	property: idLocator({
		name: 'relayHost',
		displayName: 'Relay Host',
		searchListMethod: 'searchRelayHosts',
	}),
};

/** The relay hosts an Update or Delete changes. */
export const relayHosts: MailcowField = {
	key: 'ids',
	kind: 'list',
	required: true,
	check: numericIds,
	property: idLocator({
		name: 'relayHosts',
		displayName: 'Relay Hosts',
		searchListMethod: 'searchRelayHosts',
		many: true,
	}),
};

/** Update only (edit/relayhost takes these four attributes). */
export const updateAttributes: MailcowField[] = [
	{
		key: 'active',
		kind: 'flag',
		property: {
			displayName: 'Active',
			name: 'active',
			type: 'boolean',
			default: true,
			description: 'Whether domains and mailboxes using the relay host send through it',
		},
	},
	{
		key: 'hostname',
		kind: 'string',
		notEmpty: true,
		property: {
			displayName: 'Host',
			name: 'hostname',
			type: 'string',
			default: '',
			placeholder: '[smtp.relay.example]:587',
			description: 'The relay server and port',
		},
	},
	{
		key: 'password',
		kind: 'secret',
		property: {
			displayName: 'Password',
			name: 'password',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			description: 'New password at the relay server',
		},
	},
	{
		key: 'username',
		kind: 'string',
		property: {
			displayName: 'Username',
			name: 'username',
			type: 'string',
			default: '',
			description: 'New login at the relay server',
		},
	},
];
