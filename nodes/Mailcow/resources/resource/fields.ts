import { manyDescription, pickerOf } from '../../../shared/locators';
import { domainLocator } from '../../shared/descriptions';
import { activeFlag, type MailcowField } from '../../shared/fields';

/** Every field of the Resource resource (SOGo rooms, groups and things), declared once. */

export const domain: MailcowField = {
	key: 'domain',
	kind: 'string',
	required: true,
	property: domainLocator('resourceDomain'),
};

export const description: MailcowField = {
	key: 'description',
	kind: 'string',
	required: true,
	// Mailcow builds the address of the letters and digits (Room 1 → Room1@domain) and answers
	// resource_invalid when none are left.
	check: (value) =>
		/[A-Za-z0-9]/.test(String(value))
			? undefined
			: 'must contain a letter or digit (mailcow makes the address of them)',
	property: {
		displayName: 'Description',
		name: 'resourceDescription',
		type: 'string',
		default: '',
		placeholder: 'Meeting Room 2',
		description:
			'The name SOGo shows. The address is made of its letters and digits, case kept: Meeting Room 2 → MeetingRoom2@domain.',
	},
};

export const kind: MailcowField = {
	key: 'kind',
	kind: 'option',
	required: true,
	property: {
		displayName: 'Kind',
		name: 'resourceKind',
		type: 'options',
		default: 'location',
		options: [
			{ name: 'Group', value: 'group', description: 'A group of people, booked as one' },
			{ name: 'Location', value: 'location', description: 'A room or place' },
			{ name: 'Thing', value: 'thing', description: 'Equipment, such as a projector' },
		],
	},
};

/**
 * mailcow's multiple_bookings: a number, below -1 stored as -1 (mailcow-observed-2.md). What -1,
 * 0 and N mean is inferred from the OpenAPI spec's `-1 | 1 | custom` choices and SOGo's
 * SOGoResourceMultipleBookings setting, which mailcow writes it to.
 */
const multipleBookings: MailcowField = {
	key: 'multiple_bookings',
	kind: 'int',
	property: {
		displayName: 'Multiple Bookings',
		name: 'multipleBookings',
		type: 'number',
		typeOptions: { minValue: -1 },
		default: -1,
		description:
			'-1: any number of bookings, shown as busy once booked; 0: any number, always shown as free; N: at most N bookings at the same time',
	},
};

const active = activeFlag('Whether the resource can be booked');

/** Create: Active always sent (mailcow stores an omitted `active` as 0). */
export const createOptions: MailcowField[] = [{ ...active, sendDefault: true }, multipleBookings];

/** The resources an Update or Delete changes: from the list, or addresses typed or mapped. */
const resourcesProperty = pickerOf({
	displayName: 'Resources',
	name: 'resources',
	searchListMethod: 'searchResources',
	typed: {
		name: 'address',
		displayName: 'By Addresses',
		placeholder: 'Room1@example.com, Beamer@example.com',
	},
	pattern: {
		regex: '[^\\s/@,]+@[^\\s/@,]+',
		message: 'Enter addresses such as Room1@example.com, Beamer@example.com',
	},
	many: true,
	description: manyDescription('resource', 'resource addresses'),
});

export const resources: MailcowField = {
	key: 'addresses',
	kind: 'list',
	required: true,
	property: resourcesProperty,
};

/** Update only (edit/resource, undocumented): a new description keeps the address. */
export const updateAttributes: MailcowField[] = [
	active,
	{
		...description,
		required: false,
		notEmpty: true,
		property: {
			...description.property,
			name: 'description',
			description: 'The name SOGo shows; the address stays as it is',
		},
	},
	{ ...kind, required: false, property: { ...kind.property, name: 'kind' } },
	multipleBookings,
];
