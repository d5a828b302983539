import { idLocator, numericIds } from '../../shared/descriptions';
import { activeFlag, type MailcowField } from '../../shared/fields';

/** Every field of the BCC Map resource (Address Rewriting → BCC maps in mailcow), declared once. */

export const localDestination: MailcowField = {
	key: 'local_dest',
	kind: 'string',
	required: true,
	property: {
		displayName: 'Local Destination',
		name: 'bccMapLocalDestination',
		type: 'string',
		default: '',
		placeholder: 'example.com or jane@example.com',
		description:
			'A domain of this mailcow (all its mail) or an existing mailbox or alias address. It cannot be changed later.',
	},
};

export const bccDestination: MailcowField = {
	key: 'bcc_dest',
	kind: 'string',
	required: true,
	property: {
		displayName: 'BCC Destination',
		name: 'bccMapDestination',
		type: 'string',
		default: '',
		placeholder: 'archive@example.net',
		description: 'The email address that receives a copy of each message',
	},
};

export const type: MailcowField = {
	key: 'type',
	kind: 'option',
	required: true,
	property: {
		displayName: 'BCC Type',
		name: 'bccMapType',
		type: 'options',
		default: 'sender',
		// mailcow's values; a domain or address can have one map of each type.
		options: [
			{
				name: 'Recipient Map',
				value: 'rcpt',
				description: 'Copy the mail received by the local destination',
			},
			{
				name: 'Sender Map',
				value: 'sender',
				description: 'Copy the mail sent from the local destination',
			},
		],
	},
};

const active = activeFlag('Whether the copies are sent');

/** Create: Active always sent (mailcow stores an omitted `active` as 0). */
export const createOptions: MailcowField[] = [{ ...active, sendDefault: true }];

/** The BCC map a Get reads. */
export const bccMap: MailcowField = {
	key: 'id',
	kind: 'string',
	required: true,
	check: numericIds,
	property: idLocator({
		name: 'bccMap',
		displayName: 'BCC Map',
		searchListMethod: 'searchBccMaps',
	}),
};

/** The BCC maps an Update or Delete changes. */
export const bccMaps: MailcowField = {
	key: 'ids',
	kind: 'list',
	required: true,
	check: numericIds,
	property: idLocator({
		name: 'bccMaps',
		displayName: 'BCC Maps',
		searchListMethod: 'searchBccMaps',
		many: true,
	}),
};

/** Update only (edit/bcc, undocumented): the local destination cannot be changed. */
export const updateAttributes: MailcowField[] = [
	active,
	{
		key: 'bcc_dest',
		kind: 'string',
		notEmpty: true,
		property: { ...bccDestination.property, name: 'bccDestination' },
	},
	{ key: 'type', kind: 'option', property: { ...type.property, name: 'type' } },
];
