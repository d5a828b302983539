import type { IDataObject, IExecuteSingleFunctions } from 'n8n-workflow';
import { fieldError } from '../../../shared/fields';
import { manyDescription, pickerOf } from '../../../shared/locators';
import { addressProblem } from '../../shared/addresses';
import { activeFlag, type MailcowField } from '../../shared/fields';
import { asciiName } from '../../shared/idn';

/** Every field of the Alias resource, declared once: the parameter and how mailcow takes it. */

/**
 * An address as mailcow's FILTER_VALIDATE_EMAIL takes it (addresses.ts), or `@domain.tld` for a
 * catch-all; a Unicode domain is checked in its punycode form, which add/alias and edit/alias
 * convert it to.
 */
function checkAliasAddress(value: unknown): string | undefined {
	const text = asciiName(String(value));
	const problem =
		text.indexOf('@') !== text.lastIndexOf('@')
			? 'it holds more than one address; give one alias per item'
			: addressProblem(text.startsWith('@') ? `catch-all${text}` : text);
	return problem
		? `"${String(value)}" is not an address such as info@example.com (or @example.com for a catch-all): ${problem}`
		: undefined;
}

export const address: MailcowField = {
	key: 'address',
	kind: 'string',
	required: true,
	check: checkAliasAddress,
	property: {
		displayName: 'Address',
		name: 'aliasAddress',
		type: 'string',
		default: '',
		placeholder: 'info@example.com',
		description: 'The alias address, or @example.com for a catch-all of the domain',
	},
};

/**
 * Mailcow's special alias targets are flags (`goto_null`, `goto_spam`, `goto_ham`) that store
 * null@localhost, spam@localhost or ham@localhost instead of a goto list.
 */
const SPECIAL_DESTINATIONS = [
	{ name: 'Discard (Null)', value: 'null', description: 'Accept the mail and silently drop it' },
	{
		name: 'Learn as Ham',
		value: 'ham',
		description: 'Train the spam filter that the mail is not spam',
	},
	{
		name: 'Learn as Spam',
		value: 'spam',
		description: 'Train the spam filter that the mail is spam',
	},
];

// Destination Type (Create) and Special Destination (Update) are not sent as such:
// applyDestination turns them into mailcow's goto_<special> flag.
export const destinationType: MailcowField = {
	key: 'destinationType',
	kind: 'option',
	sendDefault: true,
	property: {
		displayName: 'Destination Type',
		name: 'aliasDestinationType',
		type: 'options',
		default: 'addresses',
		options: [
			{ name: 'Addresses', value: 'addresses', description: 'Forward to one or more addresses' },
			...SPECIAL_DESTINATIONS,
		],
	},
};

/** Create: the destinations, shown for the type Addresses (required there, see applyDestination). */
export const destinations: MailcowField = {
	key: 'goto',
	kind: 'csv',
	property: {
		displayName: 'Destinations',
		name: 'aliasGoto',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'jane@example.com, john@example.org',
		description:
			'Addresses that receive the mail, separated by commas (an expression may also return an array)',
		displayOptions: { show: { aliasDestinationType: ['addresses'] } },
	},
};

/**
 * The alias picker: the list (value: the address), or IDs or addresses typed (@example.com for
 * a catch-all); mailcow's routes take either.
 */
function aliasPicker(name: string, many = false) {
	return pickerOf({
		displayName: many ? 'Aliases' : 'Alias',
		name,
		searchListMethod: 'searchAliases',
		typed: {
			name: 'address',
			displayName: many ? 'By Addresses or IDs' : 'By Address or ID',
			placeholder: many ? '17, info@example.com' : 'info@example.com',
		},
		many,
		description: many
			? manyDescription('alias', 'alias IDs or addresses')
			: 'ID or address of the alias (@example.com for a catch-all)',
	});
}

/** The aliases an Update or Delete changes. */
export const aliases: MailcowField = {
	key: 'aliases',
	kind: 'list',
	required: true,
	property: aliasPicker('aliases', true),
};

/** The alias a Get reads. */
export const alias: MailcowField = {
	key: 'alias',
	kind: 'string',
	required: true,
	property: aliasPicker('alias'),
};

const active = activeFlag('Whether the alias forwards mail');

const senderAllowed: MailcowField = {
	key: 'sender_allowed',
	kind: 'flag',
	property: {
		displayName: 'Allow Sending As Alias',
		name: 'sender_allowed',
		type: 'boolean',
		default: true,
		description:
			'Whether the mailboxes the alias forwards to may send mail with the alias address as sender (mailcow stores "off" when this is not sent, so Create always sends it)',
	},
};

/** Alias attributes shared by Create (options) and Update (fields to change). */
const attributes: MailcowField[] = [
	active,
	senderAllowed,
	{
		key: 'sogo_visible',
		kind: 'flag',
		property: {
			displayName: 'Visible in SOGo',
			name: 'sogo_visible',
			type: 'boolean',
			default: false,
			description: 'Whether users can pick the alias as sender in SOGo',
		},
	},
	{
		key: 'public_comment',
		kind: 'string',
		property: {
			displayName: 'Public Comment',
			name: 'public_comment',
			type: 'string',
			default: '',
			description: 'Note visible to the mailbox users',
		},
	},
	{
		key: 'private_comment',
		kind: 'string',
		property: {
			displayName: 'Private Comment',
			name: 'private_comment',
			type: 'string',
			default: '',
			description: 'Note visible to administrators only',
		},
	},
];

/**
 * Create always sends Active and Allow Sending As Alias: mailcow stores an omitted `active` as 0,
 * and since mailcow 2026-01 an omitted `sender_allowed` as 0 too (issue #7058), while its own
 * add-alias form sends 1.
 */
export const createAttributes: MailcowField[] = attributes.map((f) =>
	f === active || f === senderAllowed ? { ...f, sendDefault: true } : f,
);

/** Update only: a new address and new destinations. */
export const updateAttributes: MailcowField[] = [
	...attributes,
	{
		key: 'address',
		kind: 'string',
		check: checkAliasAddress,
		property: {
			displayName: 'New Address',
			name: 'address',
			type: 'string',
			default: '',
			description: 'Rename the alias to this address',
		},
	},
	{
		key: 'goto',
		kind: 'csv',
		property: {
			displayName: 'Destinations',
			name: 'goto',
			type: 'string',
			default: '',
			placeholder: 'jane@example.com',
			description: 'New comma-separated destination addresses (replace the current ones)',
		},
	},
	{
		key: 'special',
		kind: 'option',
		property: {
			displayName: 'Special Destination',
			name: 'special',
			type: 'options',
			default: 'null',
			options: SPECIAL_DESTINATIONS,
			description: 'Replace the destinations with a special one',
		},
	},
];

/**
 * Turns the destination fields read into what mailcow takes: `goto` (comma-joined addresses), or
 * the flag `goto_<special>` for a special destination (the value under `typeKey`: null, spam or
 * ham; "addresses" or unset means `goto`). Destinations beside a special one are refused; with
 * `required` (Create), so are no destinations at all. Changes the body in place.
 */
export function applyDestination(
	context: IExecuteSingleFunctions,
	body: IDataObject,
	typeKey: 'destinationType' | 'special',
	required: boolean,
): void {
	const special = body[typeKey] as string | undefined;
	delete body[typeKey];
	const label = destinations.property.displayName;
	if (special !== undefined && special !== 'addresses') {
		if (body.goto !== undefined)
			throw fieldError(context, label, `leave empty when the destination type is ${special}`);
		body[`goto_${special}`] = 1;
	} else if (body.goto === undefined && required) {
		throw fieldError(context, label, 'is required (or choose a special destination type)');
	}
}
