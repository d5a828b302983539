import { idLocator, numericIds } from '../../shared/descriptions';
import { activeFlag, type MailcowField } from '../../shared/fields';

/** Every field of the Transport Map resource, declared once. */

export const destination: MailcowField = {
	key: 'destination',
	kind: 'csv',
	required: true,
	property: {
		displayName: 'Destinations',
		name: 'transportMapDestination',
		type: 'string',
		default: '',
		placeholder: 'example.org, .sub.example.org',
		description:
			'Domains, .domain (its subdomains), * (everything) or addresses, comma-separated: one transport map each. With MX-Based on, regular expressions matched against MX names.',
	},
};

export const nexthop: MailcowField = {
	key: 'nexthop',
	kind: 'string',
	required: true,
	property: {
		displayName: 'Next Hop',
		name: 'transportMapNexthop',
		type: 'string',
		default: '',
		placeholder: '[smtp.example.net]:587',
		description: 'Where the mail is handed over; mailcow brackets a bare IP address',
	},
};

export const username: MailcowField = {
	key: 'username',
	kind: 'string',
	property: {
		displayName: 'Username',
		name: 'transportMapUsername',
		type: 'string',
		default: '',
		description:
			'Login at the next hop; empty = no authentication. Mailcow keeps one login per next hop: another username for a next hop already in use is refused.',
	},
};

export const password: MailcowField = {
	key: 'password',
	kind: 'secret',
	property: {
		displayName: 'Password',
		name: 'transportMapPassword',
		type: 'string',
		typeOptions: { password: true },
		default: '',
		description:
			'Password at the next hop. Mailcow sets it on every transport map with the same next hop.',
	},
};

const mxBased: MailcowField = {
	key: 'is_mx_based',
	kind: 'flag',
	property: {
		displayName: 'MX-Based',
		name: 'is_mx_based',
		type: 'boolean',
		default: false,
		description:
			"Whether the destinations are matched against the recipient domain's MX names (regular expressions allowed) instead of the domain itself",
	},
};

const active = activeFlag('Whether mail to the destinations goes through the next hop');

/** Create: both flags always sent (mailcow stores an omitted `active` as 0). */
export const createOptions: MailcowField[] = [
	{ ...active, sendDefault: true },
	{ ...mxBased, sendDefault: true },
];

/** The transport map a Get reads. */
export const transportMap: MailcowField = {
	key: 'id',
	kind: 'string',
	required: true,
	check: numericIds,
	property: idLocator({
		name: 'transportMap',
		displayName: 'Transport Map',
		searchListMethod: 'searchTransportMaps',
	}),
};

/** The transport maps an Update or Delete changes. */
export const transportMaps: MailcowField = {
	key: 'ids',
	kind: 'list',
	required: true,
	check: numericIds,
	property: idLocator({
		name: 'transportMaps',
		displayName: 'Transport Maps',
		searchListMethod: 'searchTransportMaps',
		many: true,
	}),
};

/** Update only (edit/transport, undocumented). */
export const updateAttributes: MailcowField[] = [
	active,
	mxBased,
	{
		key: 'destination',
		kind: 'string',
		notEmpty: true,
		property: {
			displayName: 'Destination',
			name: 'destination',
			type: 'string',
			default: '',
			placeholder: 'example.org',
			description: 'One destination (a domain, .domain, * or an address)',
		},
	},
	{
		key: 'nexthop',
		kind: 'string',
		notEmpty: true,
		property: {
			displayName: 'Next Hop',
			name: 'nexthop',
			type: 'string',
			default: '',
			placeholder: '[smtp.example.net]:587',
			description: 'Where the mail is handed over',
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
			description: 'New password at the next hop',
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
			description: 'New login at the next hop; empty removes the login and the password',
		},
	},
];
