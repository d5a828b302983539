import { idLocator, numericIds } from '../../shared/descriptions';
import { activeFlag, type MailcowField } from '../../shared/fields';

/** Every field of the Recipient Map resource (Address Rewriting → Recipient maps), declared once. */

export const originalRecipient: MailcowField = {
	key: 'recipient_map_old',
	kind: 'string',
	required: true,
	property: {
		displayName: 'Original Recipient',
		name: 'recipientMapOriginal',
		type: 'string',
		default: '',
		placeholder: 'info@example.com or example.com',
		description:
			'The address or domain (with or without "@") whose mail is redirected; mailcow stores it in lower case, a domain as @domain',
	},
};

export const newRecipient: MailcowField = {
	key: 'recipient_map_new',
	kind: 'string',
	required: true,
	property: {
		displayName: 'New Recipient',
		name: 'recipientMapNew',
		type: 'string',
		default: '',
		placeholder: 'jane@example.net or example.net',
		description: 'The address or domain that receives the mail instead',
	},
};

const active = activeFlag('Whether the mail is redirected');

/** Create: Active always sent (mailcow stores an omitted `active` as 0). */
export const createOptions: MailcowField[] = [{ ...active, sendDefault: true }];

/** The recipient map a Get reads. */
export const recipientMap: MailcowField = {
	key: 'id',
	kind: 'string',
	required: true,
	check: numericIds,
	property: idLocator({
		name: 'recipientMap',
		displayName: 'Recipient Map',
		searchListMethod: 'searchRecipientMaps',
	}),
};

/** The recipient maps an Update or Delete changes. */
export const recipientMaps: MailcowField = {
	key: 'ids',
	kind: 'list',
	required: true,
	check: numericIds,
	property: idLocator({
		name: 'recipientMaps',
		displayName: 'Recipient Maps',
		searchListMethod: 'searchRecipientMaps',
		many: true,
	}),
};

/** Update only (edit/recipient_map, undocumented). */
export const updateAttributes: MailcowField[] = [
	active,
	{
		key: 'recipient_map_new',
		kind: 'string',
		notEmpty: true,
		property: { ...newRecipient.property, name: 'newRecipient' },
	},
	{
		key: 'recipient_map_old',
		kind: 'string',
		notEmpty: true,
		property: { ...originalRecipient.property, name: 'originalRecipient' },
	},
];
