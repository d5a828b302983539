import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

/** The Event parameter's options; every event costs one GET per poll (logs: see its field). */
export const mailcowEventOptions: INodePropertyOptions[] = (
	[
		{ name: 'Alias Deleted', value: 'aliasDeleted', description: 'Reads get/alias/all' },
		{
			name: 'Container Running Again',
			value: 'containerRunning',
			description: 'A container that was not running runs again. Reads get/status/containers.',
		},
		{
			name: 'Container Stopped',
			value: 'containerStopped',
			description: 'A running container stopped or disappeared. Reads get/status/containers.',
		},
		{ name: 'Mailbox Deleted', value: 'mailboxDeleted', description: 'Reads get/mailbox/reduced' },
		{
			name: 'Mailbox Over Quota Threshold',
			value: 'quotaAbove',
			description:
				'A mailbox reached the threshold (once; it fires again after dropping below). Reads get/mailbox/reduced.',
		},
		{ name: 'New Alias', value: 'aliasCreated', description: 'Reads get/alias/all' },
		{
			name: 'New App Password',
			value: 'appPasswordCreated',
			description: 'An app password of one mailbox. Reads get/app-passwd/all/{mailbox}.',
		},
		{ name: 'New Domain', value: 'domainCreated', description: 'Reads get/domain/all' },
		{
			name: 'New Domain Admin',
			value: 'domainAdminCreated',
			description: 'Reads get/domain-admin/all',
		},
		{
			name: 'New Fail2ban Ban',
			value: 'fail2banBanned',
			description: 'A network banned by fail2ban (active or permanent). Reads get/fail2ban.',
		},
		{
			name: 'New Log Entry',
			value: 'logEntry',
			description: 'New entries of a log, optionally containing a text. Reads get/logs/{log}.',
		},
		{ name: 'New Mailbox', value: 'mailboxCreated', description: 'Reads get/mailbox/reduced' },
		{
			name: 'New Quarantined Message',
			value: 'quarantined',
			description: 'Sender, recipient, subject and spam score. Reads get/quarantine/all.',
		},
		{
			name: 'Sync Job Failed',
			value: 'syncJobFailed',
			description: 'A sync job’s last run failed. Reads get/syncjobs/all/no_log.',
		},
	] satisfies INodePropertyOptions[]
).sort((a, b) => a.name.localeCompare(b.name));

const DOMAIN_EVENTS = [
	'mailboxCreated',
	'mailboxDeleted',
	'quotaAbove',
	'aliasCreated',
	'aliasDeleted',
	'domainCreated',
	'domainAdminCreated',
	'quarantined',
	'syncJobFailed',
];
const TAG_EVENTS = ['mailboxCreated', 'mailboxDeleted', 'quotaAbove', 'domainCreated'];

const LOGS = [
	'acme',
	'api',
	'autodiscover',
	'cron',
	'dovecot',
	'netfilter',
	'postfix',
	'ratelimited',
	'rspamd-history',
	'sasl',
	'sogo',
	'ui',
	'watchdog',
];

/** The filters and settings of the events. */
export const mailcowTriggerFields: INodeProperties[] = [
	{
		displayName: 'Domains',
		name: 'domains',
		type: 'string',
		default: '',
		placeholder: 'example.com, example.org',
		description:
			'Only objects of these comma-separated domains (quarantine: the recipient’s, sync jobs: the mailbox’s); empty = all domains',
		displayOptions: { show: { event: DOMAIN_EVENTS } },
	},
	{
		displayName: 'Tags',
		name: 'tags',
		type: 'string',
		default: '',
		placeholder: 'vip, sales',
		description:
			'Only mailboxes (or domains) having any of these comma-separated tags; mailcow matches parts of tags too',
		displayOptions: { show: { event: TAG_EVENTS } },
	},
	{
		displayName: 'Threshold (%)',
		name: 'threshold',
		type: 'number',
		typeOptions: { minValue: 1, maxValue: 100 },
		default: 90,
		description: 'Percentage of the mailbox quota in use that fires the event',
		displayOptions: { show: { event: ['quotaAbove'] } },
	},
	{
		displayName: 'Mailbox',
		name: 'mailbox',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'jane@example.com',
		description: 'Mailbox whose app passwords are watched (mailcow lists them per mailbox)',
		displayOptions: { show: { event: ['appPasswordCreated'] } },
	},
	{
		displayName: 'Log',
		name: 'log',
		type: 'options',
		options: LOGS.map((log) => ({ name: log, value: log })),
		default: 'api',
		description: 'Which of mailcow’s logs to watch',
		displayOptions: { show: { event: ['logEntry'] } },
	},
	{
		displayName: 'Containing Text',
		name: 'text',
		type: 'string',
		default: '',
		placeholder: 'rejected',
		description:
			'Only entries containing this text (case-insensitive, anywhere in the entry); empty = every entry',
		displayOptions: { show: { event: ['logEntry'] } },
	},
	{
		displayName: 'Entries per Request',
		name: 'pageSize',
		type: 'number',
		typeOptions: { minValue: 1, maxValue: 1000 },
		default: 100,
		description:
			'Newest entries read per request. A poll reads further pages (at most 10) only while a whole page is new.',
		displayOptions: { show: { event: ['logEntry'] } },
	},
];
