import type { INodeProperties } from 'n8n-workflow';
import { describeResources, resourceSelector as selectorOf } from '../../shared/describe';
import { batchingOption, paginationFields, simplifyField } from '../shared/descriptions';
import { explainMessages, explainSuccess } from '../shared/messages';
import type { MailcowResource } from '../shared/resource';
import { alias } from './alias';
import { aliasDomain } from './aliasDomain';
import { appPassword } from './appPassword';
import * as dkim from './dkim';
import { domain } from './domain';
import * as domainAdmin from './domainAdmin';
import { email } from './email';
import { forwardingHost } from './forwardingHost';
import { mailbox } from './mailbox';
import { rateLimit } from './rateLimit';
import { relayHost } from './relayHost';
import { transportMap } from './transportMap';
import { timeLimitedAlias } from './timeLimitedAlias';

/** Every resource of the node, registered once. */
export const RESOURCES: MailcowResource[] = [
	alias,
	domain,
	email,
	mailbox,
	rateLimit,
	relayHost,
	transportMap,
	forwardingHost,
	appPassword,
	aliasDomain,
	timeLimitedAlias,
];

for (const resource of RESOURCES) {
	if (resource.messages) explainMessages(resource.messages);
	if (resource.successTexts) explainSuccess(resource.successTexts);
}

export const resourceSelector: INodeProperties = {
	...selectorOf(RESOURCES, 'mailbox', {
		// Marks every request as "paginated", so RoutingNode hands it to the node's item runner.
		routing: { send: { paginate: true } },
	}),
	options: [
		{ name: 'Alias', value: 'alias' },
		{ name: 'Alias Domain', value: 'aliasDomain' },
		{ name: 'App Password', value: 'appPassword' },
		{ name: 'DKIM', value: 'dkim' },
		{ name: 'Domain', value: 'domain' },
		{ name: 'Domain Admin', value: 'domainAdmin' },
		{ name: 'Email', value: 'email' },
		{ name: 'Forwarding Host', value: 'forwardingHost' },
		{ name: 'Mailbox', value: 'mailbox' },
		{ name: 'Rate Limit', value: 'rateLimit' },
		{ name: 'Relay Host', value: 'relayHost' },
		{ name: 'Transport Map', value: 'transportMap' },
		{ name: 'Time-Limited Alias', value: 'timeLimitedAlias' },
	],
};

export const resourceProperties: INodeProperties[] = [
	...dkim.description,
	...domainAdmin.description,
	...describeResources(RESOURCES),
	...paginationFields,
	simplifyField,
	batchingOption,
];
