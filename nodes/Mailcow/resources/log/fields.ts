import type { MailcowField } from '../../shared/fields';

/** The logs get/logs/{log}/{count} offers (documented), by mailcow's UI names. */
export const LOGS = [
	{ name: 'ACME', value: 'acme', description: "Let's Encrypt certificate requests and renewals" },
	{ name: 'API', value: 'api', description: 'Requests to the mailcow API (this node included)' },
	{
		name: 'Autodiscover',
		value: 'autodiscover',
		description: 'Mail clients fetching their settings',
	},
	{ name: 'Dovecot', value: 'dovecot', description: 'IMAP and POP3 logins and mailbox access' },
	{ name: 'Netfilter', value: 'netfilter', description: 'Bans and unbans of addresses (Fail2ban)' },
	{ name: 'Postfix', value: 'postfix', description: 'Mail sent and received (SMTP)' },
	{ name: 'Ratelimited', value: 'ratelimited', description: 'Messages held back by a rate limit' },
	{
		name: 'Rspamd History',
		value: 'rspamd-history',
		description: "Spam filter verdicts (read live from rspamd's history)",
	},
	{ name: 'SOGo', value: 'sogo', description: 'Webmail, calendar and contacts' },
	{ name: 'Watchdog', value: 'watchdog', description: 'Health checks of the containers' },
];

export const log: MailcowField = {
	key: 'log',
	kind: 'option',
	required: true,
	property: {
		displayName: 'Log',
		name: 'logName',
		type: 'options',
		options: LOGS,
		default: 'postfix',
		description: 'Which log to read, newest entries first',
	},
};
