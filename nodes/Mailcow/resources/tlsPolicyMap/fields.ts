import { idLocator, numericIds } from '../../shared/descriptions';
import { activeFlag, type MailcowField } from '../../shared/fields';

/** Every field of the TLS Policy Map resource (outgoing TLS policy map overrides), declared once. */

export const destination: MailcowField = {
	key: 'dest',
	kind: 'string',
	required: true,
	property: {
		displayName: 'Destination',
		name: 'tlsPolicyMapDestination',
		type: 'string',
		default: '',
		placeholder: 'example.org',
		description:
			'The domain (or address) whose outgoing mail the policy applies to. Mailcow stores a domain in punycode and refuses a leading dot on create.',
	},
};

export const policy: MailcowField = {
	key: 'policy',
	kind: 'option',
	required: true,
	property: {
		displayName: 'Policy',
		name: 'tlsPolicyMapPolicy',
		type: 'options',
		default: 'encrypt',
		// The values of mailcow's policy column (the OpenAPI spec's "'dane" is dane-only, as
		// recorded in mailcow-observed-2.md); anything else fails inside mailcow with an empty answer.
		// The descriptions follow Postfix's TLS security levels, which these values name.
		options: [
			{
				name: 'DANE',
				value: 'dane',
				description: 'Use DANE (TLSA records) when the destination publishes them, else May',
			},
			{
				name: 'DANE Only',
				value: 'dane-only',
				description: 'Require DANE: no delivery without valid TLSA records',
			},
			{
				name: 'Encrypt',
				value: 'encrypt',
				description: 'Require TLS encryption, without checking the certificate',
			},
			{
				name: 'Fingerprint',
				value: 'fingerprint',
				description: 'Require a certificate with a fingerprint given in Parameters (match=…)',
			},
			{
				name: 'May',
				value: 'may',
				description: 'Use TLS when the server offers it (opportunistic)',
			},
			{ name: 'None', value: 'none', description: 'Never use TLS' },
			{
				name: 'Secure',
				value: 'secure',
				description:
					'Require a verified certificate matching the destination (or Parameters match=…)',
			},
			{
				name: 'Verify',
				value: 'verify',
				description: "Require a verified certificate matching the MX host's name",
			},
		],
	},
};

export const parameters: MailcowField = {
	key: 'parameters',
	kind: 'string',
	property: {
		displayName: 'Parameters',
		name: 'tlsPolicyMapParameters',
		type: 'string',
		default: '',
		placeholder: 'match=.example.org protocols=!SSLv2',
		description: 'Postfix TLS policy attributes as name=value, separated by spaces',
	},
};

const active = activeFlag('Whether the policy applies');

/** Create: Active always sent (mailcow stores an omitted `active` as 0). */
export const createOptions: MailcowField[] = [{ ...active, sendDefault: true }];

/** The TLS policy map a Get reads. */
export const tlsPolicyMap: MailcowField = {
	key: 'id',
	kind: 'string',
	required: true,
	check: numericIds,
	property: idLocator({
		name: 'tlsPolicyMap',
		displayName: 'TLS Policy Map',
		searchListMethod: 'searchTlsPolicyMaps',
	}),
};

/** The TLS policy maps an Update or Delete changes. */
export const tlsPolicyMaps: MailcowField = {
	key: 'ids',
	kind: 'list',
	required: true,
	check: numericIds,
	property: idLocator({
		name: 'tlsPolicyMaps',
		displayName: 'TLS Policy Maps',
		searchListMethod: 'searchTlsPolicyMaps',
		many: true,
	}),
};

/**
 * Update only (edit/tls-policy-map, undocumented). Mailcow does not convert the destination on
 * edit (sent as typed; a leading dot is accepted there).
 */
export const updateAttributes: MailcowField[] = [
	active,
	{
		key: 'dest',
		kind: 'string',
		notEmpty: true,
		property: {
			...destination.property,
			name: 'destination',
			description:
				'The domain (or address). Mailcow stores it as typed on update: type a domain in punycode.',
		},
	},
	{ key: 'parameters', kind: 'string', property: { ...parameters.property, name: 'parameters' } },
	{ key: 'policy', kind: 'option', property: { ...policy.property, name: 'policy' } },
];
