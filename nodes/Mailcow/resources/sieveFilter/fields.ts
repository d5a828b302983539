import type { INodeProperties } from 'n8n-workflow';
import type { Converted, Field, Kinds } from '../../../shared/fields';
import { mailboxLocator, numericIds } from '../../shared/descriptions';
import { MAILCOW_KINDS, type MailcowField, type MailcowKind } from '../../shared/fields';
import { bodyProblem, subjectProblem } from './vacation';

/** Every field of the Sieve Filter resource, declared once. */

/** The mailbox the filters belong to. */
export const mailbox: MailcowField = {
	key: 'username',
	kind: 'string',
	required: true,
	property: mailboxLocator('sieveFilterMailbox'),
};

const typeProperty: INodeProperties = {
	displayName: 'Filter Type',
	name: 'sieveFilterType',
	type: 'options',
	options: [
		{
			name: 'Prefilter',
			value: 'prefilter',
			description: "Runs before the mailbox user's own sieve filters",
		},
		{
			name: 'Postfilter',
			value: 'postfilter',
			description: "Runs after the mailbox user's own sieve filters",
		},
	],
	default: 'prefilter',
};

export const filterType: MailcowField = {
	key: 'filter_type',
	kind: 'option',
	sendDefault: true,
	property: typeProperty,
};

const descriptionProperty: INodeProperties = {
	displayName: 'Description',
	name: 'sieveFilterDescription',
	type: 'string',
	default: '',
	placeholder: 'Sort newsletters',
	description: 'A name for the filter, shown in mailcow',
};

export const description: MailcowField = {
	key: 'script_desc',
	kind: 'string',
	required: true,
	property: descriptionProperty,
};

const scriptProperty: INodeProperties = {
	displayName: 'Script',
	name: 'sieveFilterScript',
	type: 'string',
	typeOptions: { rows: 8 },
	default: '',
	placeholder: 'require "fileinto";\nif header :contains "Subject" "[news]" { fileinto "News"; }',
	description:
		'The sieve script (RFC 5228). Extensions need their require line; mailcow checks the script and refuses one with errors.',
};

// Sent as typed: a script's whitespace is its own.
export const script: MailcowField = {
	key: 'script_data',
	kind: 'text',
	required: true,
	property: scriptProperty,
};

const activeProperty: INodeProperties = {
	displayName: 'Active',
	name: 'sieveFilterActive',
	type: 'boolean',
	default: true,
	description:
		'Whether the filter runs. A mailbox has one active filter per type: activating this one deactivates the others of its type.',
};

// `active` omitted is stored as 0 by add/filter: always sent.
export const active: MailcowField = {
	key: 'active',
	kind: 'flag',
	sendDefault: true,
	property: activeProperty,
};

/** The filters an Update or Delete changes: mailcow's numeric ids (see Get Many). */
export const ids: MailcowField = {
	key: 'ids',
	kind: 'list',
	required: true,
	// Mailcow skips a non-numeric id silently.
	check: numericIds,
	property: {
		displayName: 'Filter IDs',
		name: 'sieveFilterIds',
		type: 'string',
		default: '',
		placeholder: '12, 13',
		description:
			'IDs of the filters, comma-separated (the ID field of Get Many); an expression may return an array',
	},
};

/** Update only: the attributes to change (omitted ones keep their value). */
export const updateAttributes: MailcowField[] = [
	{
		key: 'script_desc',
		kind: 'string',
		notEmpty: true,
		property: { ...descriptionProperty, name: 'sieveFilterNewDescription' },
	},
	{
		key: 'script_data',
		kind: 'text',
		notEmpty: true,
		property: { ...scriptProperty, name: 'sieveFilterNewScript' },
	},
	{ key: 'filter_type', kind: 'option', property: { ...typeProperty, name: 'sieveFilterNewType' } },
	{ key: 'active', kind: 'flag', property: { ...activeProperty, name: 'sieveFilterNewActive' } },
];

// ---- Set Vacation Reply ---------------------------------------------------------------------

export type VacationKind = MailcowKind | 'date';

const DAY = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T ])/;

/**
 * A day as YYYY-MM-DD: the date part of what n8n's date picker or an expression gives (an ISO
 * text, a Luxon DateTime, a Date), as written — no time-zone conversion.
 */
function toDay(raw: unknown): Converted {
	const value = raw as { toISODate?: () => string; toISOString?: () => string };
	const text =
		typeof value.toISODate === 'function'
			? value.toISODate()
			: typeof value.toISOString === 'function'
				? value.toISOString()
				: typeof raw === 'object'
					? ''
					: String(raw).trim();
	const match = DAY.exec(text);
	const [, year, month, day] = match ?? [];
	const date = match ? new Date(Date.UTC(+year, +month - 1, +day)) : undefined;
	if (!date || date.getUTCMonth() !== +month - 1 || date.getUTCDate() !== +day)
		return { error: `"${text}" is not a date such as 2026-12-24` };
	return { value: `${year}-${month}-${day}` };
}

export const VACATION_KINDS: Kinds<VacationKind> = { ...MAILCOW_KINDS, date: { convert: toDay } };

const check = (problem: (text: string) => string | undefined) => (value: unknown) =>
	problem(String(value));

export const subject: MailcowField = {
	key: 'subject',
	kind: 'text',
	check: check(subjectProblem),
	property: {
		displayName: 'Subject',
		name: 'sieveFilterVacationSubject',
		type: 'string',
		default: '',
		placeholder: 'Out of office',
		description:
			'Subject of the reply; empty: the server\'s default ("Auto: " and the original subject)',
	},
};

export const body: MailcowField = {
	key: 'body',
	kind: 'text',
	required: true,
	check: check(bodyProblem),
	property: {
		displayName: 'Body',
		name: 'sieveFilterVacationBody',
		type: 'string',
		typeOptions: { rows: 5 },
		default: '',
		placeholder: 'I am away until January 6 and will answer your message then.',
		description: 'Text of the reply (plain text, several lines allowed)',
	},
};

const dayHint = "Whole days in the mail server's time zone; the time of day is ignored.";

export const start: Field<VacationKind> = {
	key: 'start',
	kind: 'date',
	hint: dayHint,
	property: {
		displayName: 'Start Date',
		name: 'sieveFilterVacationStart',
		type: 'dateTime',
		default: '',
		description: "First day of the reply (in the mail server's time zone); empty: from now on",
	},
};

export const end: Field<VacationKind> = {
	key: 'end',
	kind: 'date',
	hint: dayHint,
	property: {
		displayName: 'End Date',
		name: 'sieveFilterVacationEnd',
		type: 'dateTime',
		default: '',
		description: 'Last day of the reply, included; empty: until the reply is removed',
	},
};

export const vacationOptions: MailcowField[] = [
	{
		key: 'days',
		kind: 'int',
		sendDefault: true,
		property: {
			displayName: 'Days Between Replies',
			name: 'sieveFilterVacationDays',
			type: 'number',
			typeOptions: { minValue: 1 },
			default: 7,
			description:
				'Days before the same sender gets the reply again (the mail server may cap this, often at 60)',
		},
	},
	{
		key: 'addresses',
		kind: 'addresses',
		property: {
			displayName: 'Additional Addresses',
			name: 'sieveFilterVacationAddresses',
			type: 'string',
			default: '',
			placeholder: 'info@example.com, jane.doe@example.com',
			description:
				"Other addresses of this mailbox (aliases), comma-separated: mail sent to them is answered too. The mailbox's own address is always included.",
		},
	},
];
