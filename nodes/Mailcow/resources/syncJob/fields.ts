import type { INodeProperties } from 'n8n-workflow';
import { collection } from '../../../shared/fields';
import { idLocator, mailboxLocator } from '../../shared/descriptions';
import type { MailcowField } from '../../shared/fields';

/**
 * Every field of the Sync Job resource, declared once. Keys are what add/edit/syncjob read
 * (mailcow-observed-2.md: the spec's `password`, `mins_internal`, `parameters` do not exist).
 * mailcow answers `access_denied` for a port, interval or encryption out of range and an invalid
 * exclude pattern, so these are checked before sending.
 */

/** The mailbox the mail is synced into (mailcow's `username`; `user2` in its answers). */
export const mailbox: MailcowField = {
	key: 'username',
	kind: 'string',
	required: true,
	property: mailboxLocator('syncJobMailbox'),
};

// A host name or an IPv4 address: edit/syncjob validates host1 as a host name, so a job made
// with anything else could never be edited.
const HOSTNAME =
	/^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$/i;

export const host: MailcowField = {
	key: 'host1',
	kind: 'string',
	required: true,
	check: (value) =>
		HOSTNAME.test(String(value))
			? undefined
			: `"${String(value)}" is not a host name or IP address`,
	property: {
		displayName: 'Host',
		name: 'syncJobHost',
		type: 'string',
		default: '',
		placeholder: 'imap.example.com',
		description: 'The IMAP server the mail is copied from',
	},
};

export const port: MailcowField = {
	key: 'port1',
	kind: 'int',
	sendDefault: true,
	property: {
		displayName: 'Port',
		name: 'syncJobPort',
		type: 'number',
		default: 993,
		typeOptions: { minValue: 1, maxValue: 65535 },
		description: "The IMAP server's port (993 for SSL, 143 for TLS or plain)",
	},
};

export const username: MailcowField = {
	key: 'user1',
	kind: 'string',
	required: true,
	property: {
		displayName: 'Username',
		name: 'syncJobUsername',
		type: 'string',
		default: '',
		placeholder: 'jane@old-provider.com',
		description: 'The login on the IMAP server',
	},
};

export const password: MailcowField = {
	key: 'password1',
	kind: 'secret',
	required: true,
	property: {
		displayName: 'Password',
		name: 'syncJobPassword',
		type: 'string',
		typeOptions: { password: true },
		default: '',
		description: 'The password on the IMAP server (never shown in the output)',
	},
};

export const encryption: MailcowField = {
	key: 'enc1',
	kind: 'option',
	sendDefault: true,
	property: {
		displayName: 'Encryption',
		name: 'syncJobEncryption',
		type: 'options',
		default: 'TLS',
		// Exactly these values: mailcow refuses lower case.
		options: [
			{ name: 'TLS (STARTTLS)', value: 'TLS' },
			{ name: 'SSL', value: 'SSL' },
			{ name: 'None (Plain)', value: 'PLAIN' },
		],
	},
};

export const interval: MailcowField = {
	key: 'mins_interval',
	kind: 'int',
	sendDefault: true,
	property: {
		displayName: 'Interval (Minutes)',
		name: 'syncJobInterval',
		type: 'number',
		default: 20,
		typeOptions: { minValue: 1, maxValue: 43800 },
		description: 'How often the job runs (at most 43800 minutes, about a month)',
	},
};

export const subfolder: MailcowField = {
	key: 'subfolder2',
	kind: 'string',
	sendDefault: true,
	property: {
		displayName: 'Target Subfolder',
		name: 'syncJobSubfolder',
		type: 'string',
		default: 'External',
		description:
			'The folder of the mailbox the mail is synced into (mailcow\'s "Sync into subfolder on destination"); empty: the mailbox\'s own folders',
	},
};

/** PCRE's inline flags are not JavaScript's: removed before the check. */
function regexProblem(value: unknown): string | undefined {
	try {
		new RegExp(String(value).replace(/\(\?[a-z]+\)/gi, ''));
		return undefined;
	} catch {
		return `"${String(value)}" is not a valid regular expression`;
	}
}

export const exclude: MailcowField = {
	key: 'exclude',
	kind: 'string',
	check: regexProblem,
	property: {
		displayName: 'Exclude Folders (Regex)',
		name: 'syncJobExclude',
		type: 'string',
		default: '(?i)spam|(?i)junk',
		description: 'Folders not synced, as a regular expression; empty: sync every folder',
	},
};

const flag = (
	key: string,
	name: string,
	displayName: string,
	description: string,
): MailcowField => ({
	key,
	kind: 'flag',
	property: { displayName, name, type: 'boolean', default: false, description },
});

export const deleteFromSource = flag(
	'delete1',
	'syncJobDeleteFromSource',
	'Delete From Source',
	'Whether mail is deleted on the IMAP server once it is copied (a move, not a copy)',
);

/** mailcow stores an omitted `active` as 0 (inactive): sent always, on by default. */
export const active: MailcowField = {
	key: 'active',
	kind: 'flag',
	property: {
		displayName: 'Active',
		name: 'syncJobActive',
		type: 'boolean',
		default: true,
		description: 'Whether the job runs',
	},
};

const number = (
	key: string,
	name: string,
	displayName: string,
	min: number,
	max: number,
	description: string,
): MailcowField => ({
	key,
	kind: 'int',
	notEmpty: true,
	property: {
		displayName,
		name,
		type: 'number',
		default: min,
		typeOptions: { minValue: min, maxValue: max },
		description,
	},
});

/** What users set less often (Options on Create, also in Update Fields). */
export const optionFields: MailcowField[] = [
	flag(
		'delete2duplicates',
		'syncJobDeleteDuplicates',
		'Delete Duplicates on Destination',
		'Whether duplicate messages in the mailbox are deleted',
	),
	flag(
		'delete2',
		'syncJobDeleteFromDestination',
		'Delete From Destination',
		'Whether messages that are not on the IMAP server are deleted from the mailbox',
	),
	flag(
		'automap',
		'syncJobAutomap',
		'Automap Folders',
		'Whether folder names are mapped ("Sent Items" → "Sent")',
	),
	flag(
		'skipcrossduplicates',
		'syncJobSkipCrossDuplicates',
		'Skip Cross-Folder Duplicates',
		'Whether a message already synced from another folder is skipped',
	),
	flag(
		'subscribeall',
		'syncJobSubscribeAll',
		'Subscribe All Folders',
		'Whether every synced folder is subscribed in the mailbox',
	),
	flag('dry', 'syncJobDryRun', 'Dry Run', 'Whether the job only simulates the sync'),
	number(
		'maxage',
		'syncJobMaxAge',
		'Max Age (Days)',
		0,
		32000,
		'Only mail younger than this; 0: all',
	),
	number(
		'maxbytespersecond',
		'syncJobMaxBytesPerSecond',
		'Max Bytes per Second',
		0,
		125000000,
		'Bandwidth limit; 0: none',
	),
	number('timeout1', 'syncJobTimeoutSource', 'Timeout Source (Seconds)', 1, 32000, 'Default 600'),
	number(
		'timeout2',
		'syncJobTimeoutDestination',
		'Timeout Destination (Seconds)',
		1,
		32000,
		'Default 600',
	),
	{
		key: 'custom_params',
		kind: 'string',
		property: {
			displayName: 'Custom Parameters',
			name: 'syncJobCustomParams',
			type: 'string',
			default: '',
			placeholder: '--maxsize=10000000 --nofoldersizes',
			description:
				"More imapsync options from mailcow's allowed list, each as --name or --name=value (no spaces inside an option)",
		},
	},
];

export const options = collection(
	{ displayName: 'Options', name: 'syncJobOptions', placeholder: 'Add Option' },
	optionFields,
);

/** The jobs an Update or Delete changes, as Get Many lists them (`id`). */
export const ids: MailcowField = {
	key: 'syncJobIds',
	kind: 'list',
	required: true,
	check: (value) => {
		const bad = (value as string[]).find((id) => !/^\d+$/.test(id));
		return bad === undefined ? undefined : `"${bad}" is not a sync job id`;
	},
	hint: 'Use the "id" Get Many lists for each job, e.g. 3 or 3, 4.',
	property: idLocator({
		name: 'syncJobIds',
		displayName: 'Sync Job IDs',
		searchListMethod: 'searchSyncJobs',
		many: true,
	}),
};

/** Update Fields: every field, only sent when added (edit/syncjob keeps what is omitted). */
const optional = (field: MailcowField): MailcowField => ({
	...field,
	required: false,
	sendDefault: false,
	notEmpty: field.kind !== 'flag',
});

export const updateFields = collection(
	{ displayName: 'Update Fields', name: 'syncJobUpdateFields' },
	[
		host,
		port,
		username,
		password,
		encryption,
		interval,
		subfolder,
		exclude,
		deleteFromSource,
		active,
		...optionFields,
	].map(optional),
);

/** The scope of Get Many: every job, or one mailbox's. */
export const scopeProperty: INodeProperties = {
	displayName: 'Sync Jobs Of',
	name: 'syncJobScope',
	type: 'options',
	default: 'all',
	options: [
		{ name: 'All Mailboxes', value: 'all' },
		{ name: 'One Mailbox', value: 'mailbox' },
	],
};

export const scope: MailcowField = {
	key: 'scope',
	kind: 'option',
	sendDefault: true,
	property: scopeProperty,
};

export const ofMailbox: MailcowField = {
	key: 'mailbox',
	kind: 'string',
	required: true,
	property: mailboxLocator('syncJobOfMailbox', { syncJobScope: ['mailbox'] }),
};
