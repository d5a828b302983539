import type { MailcowField } from '../../shared/fields';

/** Every field of the Quarantine resource, declared once. */

/**
 * The quarantine items a Release, Learn or Delete acts on, as Get Many lists them (`id`).
 * mailcow answers a non-numeric id with access_denied, so such an id is refused before sending.
 */
export const quarantineIds: MailcowField = {
	key: 'items',
	kind: 'list',
	required: true,
	check: (value) => {
		const bad = (value as string[]).find((id) => !/^\d+$/.test(id));
		return bad === undefined ? undefined : `"${bad}" is not a quarantine item id`;
	},
	hint: 'Use the "id" Get Many lists for each message, e.g. 12 or 12, 13.',
	property: {
		displayName: 'Quarantine Item IDs',
		name: 'quarantineIds',
		type: 'string',
		default: '',
		placeholder: '12, 13',
		description:
			'One or more quarantine item IDs as Get Many lists them, comma-separated, or an array from an expression',
	},
};

/** One quarantine item (Get), as Get Many lists it (`id`). */
export const quarantineId: MailcowField = {
	key: 'id',
	kind: 'string',
	required: true,
	check: (value) =>
		/^\d+$/.test(String(value)) ? undefined : `"${String(value)}" is not a quarantine item id`,
	hint: 'Use the "id" Get Many lists for the message, e.g. 12.',
	property: {
		displayName: 'Quarantine Item ID',
		name: 'quarantineId',
		type: 'string',
		default: '',
		placeholder: '12',
		description: 'The quarantine item ID as Get Many lists it',
	},
};
