import type { INodeProperties } from 'n8n-workflow';
import { domainLocator, mailboxLocator, RATE_LIMIT_FRAMES } from '../../shared/descriptions';
import type { MailcowField } from '../../shared/fields';

/** Whether the operation reads or sets the limit of a domain or of a mailbox. */
export const appliesTo: INodeProperties = {
	displayName: 'Applies To',
	name: 'rateLimitOf',
	type: 'options',
	noDataExpression: true,
	options: [
		{ name: 'Domain', value: 'domain', description: 'All mail sent from the domain' },
		{ name: 'Mailbox', value: 'mailbox', description: 'Mail sent by one mailbox' },
	],
	default: 'domain',
};

/** The domain (Get reads one name; Update sends it in mailcow's items list). */
export const domain: MailcowField = {
	key: 'domain',
	kind: 'string',
	required: true,
	property: domainLocator('rateLimitDomain'),
};
export const domains: MailcowField = { ...domain, key: 'domains', kind: 'list' };

export const mailbox: MailcowField = {
	key: 'mailbox',
	kind: 'string',
	required: true,
	property: mailboxLocator('rateLimitMailbox'),
};
export const mailboxes: MailcowField = { ...mailbox, key: 'mailboxes', kind: 'list' };

export const value: MailcowField = {
	key: 'rl_value',
	kind: 'int',
	required: true,
	property: {
		displayName: 'Messages',
		name: 'rateLimitValue',
		type: 'number',
		typeOptions: { minValue: 0 },
		default: 0,
		description: 'How many messages may be sent per time frame; 0 removes the limit',
	},
};

export const frame: MailcowField = {
	key: 'rl_frame',
	kind: 'option',
	sendDefault: true,
	property: {
		displayName: 'Per',
		name: 'rateLimitFrame',
		type: 'options',
		options: RATE_LIMIT_FRAMES,
		default: 'h',
		description: 'The time frame the number of messages applies to',
	},
};
