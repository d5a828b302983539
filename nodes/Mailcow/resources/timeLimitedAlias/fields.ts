import type { IDataObject, IExecuteSingleFunctions, INodeProperties } from 'n8n-workflow';
import { fieldError } from '../../../shared/fields';
import { mailboxLocator } from '../../shared/descriptions';
import type { MailcowField } from '../../shared/fields';

/** Every field of the Time-Limited Alias resource, declared once. */

export const mailbox: MailcowField = {
	key: 'username',
	kind: 'string',
	required: true,
	property: mailboxLocator('timeLimitedAliasMailbox'),
};

export const description: MailcowField = {
	key: 'description',
	kind: 'string',
	property: {
		displayName: 'Description',
		name: 'timeLimitedAliasDescription',
		type: 'string',
		default: '',
		placeholder: 'Shop sign-up',
		description: 'What the alias is used for (cannot be changed later)',
	},
};

const validityProperty: INodeProperties = {
	displayName: 'Validity',
	name: 'timeLimitedAliasValidity',
	type: 'number',
	typeOptions: { minValue: 1 },
	default: 365,
	description:
		'How long the alias receives mail, in Validity Unit (at most 87600 hours = 3650 days)',
};

const unitProperty: INodeProperties = {
	displayName: 'Validity Unit',
	name: 'timeLimitedAliasValidityUnit',
	type: 'options',
	options: [
		{ name: 'Days', value: 'days' },
		{ name: 'Hours', value: 'hours' },
	],
	default: 'days',
};

export const validity: MailcowField = {
	key: 'validity',
	kind: 'int',
	sendDefault: true,
	property: validityProperty,
};

export const unit: MailcowField = {
	key: 'validityUnit',
	kind: 'option',
	sendDefault: true,
	property: unitProperty,
};

const permanentProperty: INodeProperties = {
	displayName: 'Permanent',
	name: 'timeLimitedAliasPermanent',
	type: 'boolean',
	default: false,
	description: 'Whether the alias never expires (the validity is then ignored)',
};

export const createOptions: MailcowField[] = [
	{ key: 'permanent', kind: 'flag', property: permanentProperty },
	{
		key: 'domain',
		kind: 'string',
		property: {
			displayName: 'Domain',
			name: 'timeLimitedAliasDomain',
			type: 'string',
			default: '',
			placeholder: 'example.org',
			description: "The alias's domain: the mailbox's domain (default) or one of its alias domains",
		},
	},
];

/** The aliases an Update or Delete changes. */
export const addresses: MailcowField = {
	key: 'addresses',
	kind: 'list',
	required: true,
	property: {
		displayName: 'Aliases',
		name: 'timeLimitedAliases',
		type: 'string',
		default: '',
		placeholder: 'bubago.cusegusu@example.com',
		description:
			'Addresses of time-limited aliases, comma-separated (the address field of Get Many); an expression may return an array',
	},
};

export const updateAttributes: MailcowField[] = [
	{
		key: 'permanent',
		kind: 'flag',
		property: { ...permanentProperty, name: 'timeLimitedAliasNewPermanent' },
	},
	{
		key: 'validity',
		kind: 'int',
		property: {
			...validityProperty,
			name: 'timeLimitedAliasNewValidity',
			description:
				'New validity counted from now, in Validity Unit (Days unless set); ends permanence',
		},
	},
	{
		key: 'validityUnit',
		kind: 'option',
		property: { ...unitProperty, name: 'timeLimitedAliasNewValidityUnit' },
	},
];

const MAX_HOURS = 87600;

/**
 * Mailcow takes the validity in whole hours, 1 to 87600 (`validity_missing` otherwise): converts
 * Validity + Validity Unit in place (the unit is not sent).
 */
export function toHours(context: IExecuteSingleFunctions, body: IDataObject): void {
	const unitGiven = body.validityUnit;
	delete body.validityUnit;
	if (body.validity === undefined) {
		if (unitGiven !== undefined)
			throw fieldError(context, 'Validity', 'is required with a Validity Unit');
		return;
	}
	const hours = Number(body.validity) * (unitGiven === 'hours' ? 1 : 24);
	if (hours < 1 || hours > MAX_HOURS)
		throw fieldError(context, 'Validity', 'must be between 1 hour and 87600 hours (3650 days)');
	body.validity = hours;
}
