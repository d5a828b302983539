import type { IDataObject, IExecuteSingleFunctions, INodeProperties } from 'n8n-workflow';
import { sortByName } from '../../shared/descriptions';
import { collectionField, fieldError, type FieldSpec } from '../../shared/fields';
import { ADD_TAGS_DESCRIPTION } from '../../shared/tags';

/**
 * Domain attributes shared by Create (options) and Update (fields to change). Quotas are MiB on
 * every mailcow write route.
 */
const ATTRIBUTE_OPTIONS: INodeProperties[] = [
	{
		displayName: 'Active',
		name: 'active',
		type: 'boolean',
		default: true,
		description: 'Whether the domain receives and sends mail',
	},
	{
		displayName: 'Backup MX',
		name: 'backupmx',
		type: 'boolean',
		default: false,
		description:
			'Whether mailcow only relays mail for this domain (backup MX) instead of delivering it',
	},
	{
		displayName: 'Default Mailbox Quota (MiB)',
		name: 'defquota',
		type: 'number',
		typeOptions: { minValue: 1 },
		default: 3072,
		description:
			'Quota a new mailbox gets when none is given. Must not exceed the max mailbox quota.',
	},
	{
		displayName: 'Description',
		name: 'description',
		type: 'string',
		default: '',
		description: 'Free text shown in mailcow (mailcow uses the domain name when empty)',
	},
	{
		displayName: 'Global Address List',
		name: 'gal',
		type: 'boolean',
		default: true,
		description: "Whether SOGo shows the domain's mailboxes as shared contacts",
	},
	{
		displayName: 'Language',
		name: 'lang',
		type: 'string',
		default: '',
		placeholder: 'en',
		description: 'Language code sent to mailcow as lang',
	},
	{
		displayName: 'Max Aliases',
		name: 'aliases',
		type: 'number',
		typeOptions: { minValue: 0 },
		default: 400,
		description: 'Maximum number of aliases in the domain',
	},
	{
		displayName: 'Max Mailbox Quota (MiB)',
		name: 'maxquota',
		type: 'number',
		typeOptions: { minValue: 1 },
		default: 10240,
		description: 'Largest quota one mailbox may have. Must not exceed the domain quota.',
	},
	{
		displayName: 'Max Mailboxes',
		name: 'mailboxes',
		type: 'number',
		typeOptions: { minValue: 0 },
		default: 10,
		description: 'Maximum number of mailboxes in the domain',
	},
	{
		displayName: 'Quota (MiB)',
		name: 'quota',
		type: 'number',
		typeOptions: { minValue: 1 },
		default: 10240,
		description: 'Total quota of all mailboxes of the domain together',
	},
	{
		displayName: 'Rate Limit Frame',
		name: 'rl_frame',
		type: 'options',
		default: 'h',
		options: [
			{ name: 'Per Day', value: 'd' },
			{ name: 'Per Hour', value: 'h' },
			{ name: 'Per Minute', value: 'm' },
			{ name: 'Per Second', value: 's' },
		],
		description: 'Time frame of the rate limit. Used together with Rate Limit Value.',
	},
	{
		displayName: 'Rate Limit Value',
		name: 'rl_value',
		type: 'number',
		typeOptions: { minValue: 0 },
		default: 0,
		description:
			'Messages the domain may send per time frame (0 = no limit). Used together with Rate Limit Frame.',
	},
	{
		displayName: 'Relay All Recipients',
		name: 'relay_all_recipients',
		type: 'boolean',
		default: false,
		description:
			'Whether to relay mail for every address of the domain, not only existing mailboxes',
	},
	{
		displayName: 'Relay Unknown Recipients Only',
		name: 'relay_unknown_only',
		type: 'boolean',
		default: false,
		description:
			'Whether to relay only mail for addresses without a mailbox; existing mailboxes get it locally',
	},
	{
		displayName: 'Relay Host ID',
		name: 'relayhost',
		type: 'number',
		typeOptions: { minValue: 0 },
		default: 0,
		description: 'ID of a sender-dependent transport (Configuration → Routing); 0 = none',
	},
	{
		displayName: 'Tags',
		name: 'tags',
		type: 'string',
		default: '',
		placeholder: 'prod, eu',
		description: ADD_TAGS_DESCRIPTION,
	},
];

export const domainAttributeOptions = sortByName(ATTRIBUTE_OPTIONS);

/** The field table of those attributes, read from the collection `collection`. */
export function domainAttributeFields(collection: string): FieldSpec[] {
	const f = collectionField(collection);
	return [
		f('description', 'string', 'Description'),
		f('active', 'flag', 'Active'),
		f('aliases', 'int', 'Max Aliases', { min: 0 }),
		f('mailboxes', 'int', 'Max Mailboxes', { min: 0 }),
		f('defquota', 'int', 'Default Mailbox Quota (MiB)', { min: 1 }),
		f('maxquota', 'int', 'Max Mailbox Quota (MiB)', { min: 1 }),
		f('quota', 'int', 'Quota (MiB)', { min: 1 }),
		f('backupmx', 'flag', 'Backup MX'),
		f('relay_all_recipients', 'flag', 'Relay All Recipients'),
		f('relay_unknown_only', 'flag', 'Relay Unknown Recipients Only'),
		f('gal', 'flag', 'Global Address List'),
		f('relayhost', 'int', 'Relay Host ID', { min: 0 }),
		f('rl_value', 'int', 'Rate Limit Value', { min: 0 }),
		f('rl_frame', 'string', 'Rate Limit Frame', { options: ['s', 'm', 'h', 'd'] }),
		f('lang', 'string', 'Language'),
		f('tags', 'list', 'Tags'),
	];
}

/**
 * Mailcow checks defquota ≤ maxquota ≤ quota (and > 0) but answers with a bare message key; the
 * same rules here name the field. On Update only the figures sent can be compared.
 */
export function checkDomainLimits(context: IExecuteSingleFunctions, body: IDataObject): void {
	const { defquota, maxquota, quota } = body as Record<string, number | undefined>;
	if (defquota !== undefined && maxquota !== undefined && defquota > maxquota) {
		throw fieldError(
			context,
			'Default Mailbox Quota (MiB)',
			`${defquota} is above the max mailbox quota (${maxquota})`,
		);
	}
	if (maxquota !== undefined && quota !== undefined && maxquota > quota) {
		throw fieldError(
			context,
			'Max Mailbox Quota (MiB)',
			`${maxquota} is above the domain quota (${quota})`,
		);
	}
	if ((body.rl_value === undefined) !== (body.rl_frame === undefined)) {
		const missing = body.rl_value === undefined ? 'Rate Limit Value' : 'Rate Limit Frame';
		throw fieldError(context, missing, 'is needed together with the other rate limit field');
	}
}
