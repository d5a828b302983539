import type { INodeProperties } from 'n8n-workflow';
import { describeResources, resourceSelector as selectorOf } from '../../shared/describe';
import { batchingOption } from '../shared/descriptions';
import { explainMessages, explainSuccess } from '../shared/messages';
import type { MailcowResource } from '../shared/resource';
import { alias } from './alias';
import { aliasDomain } from './aliasDomain';
import { appPassword } from './appPassword';
import { bccMap } from './bccMap';
import { cors } from './cors';
import { dkim } from './dkim';
import { domain } from './domain';
import { domainAdmin } from './domainAdmin';
import { email } from './email';
import { fail2ban } from './fail2ban';
import { forwardingHost } from './forwardingHost';
import { identityProvider } from './identityProvider';
import { log } from './log';
import { mailbox } from './mailbox';
import { mailboxPolicy } from './mailboxPolicy';
import { mailQueue } from './mailQueue';
import { oauth2Client } from './oauth2Client';
import { quarantine } from './quarantine';
import { rateLimit } from './rateLimit';
import { recipientMap } from './recipientMap';
import { relayHost } from './relayHost';
import { resource } from './resource';
import { sieveFilter } from './sieveFilter';
import { status } from './status';
import { syncJob } from './syncJob';
import { timeLimitedAlias } from './timeLimitedAlias';
import { tlsPolicyMap } from './tlsPolicyMap';
import { transportMap } from './transportMap';

/** Every resource of the node, registered once. */
export const RESOURCES: MailcowResource[] = [
	alias,
	aliasDomain,
	appPassword,
	bccMap,
	cors,
	dkim,
	domain,
	domainAdmin,
	email,
	fail2ban,
	forwardingHost,
	identityProvider,
	log,
	mailbox,
	mailboxPolicy,
	mailQueue,
	oauth2Client,
	quarantine,
	rateLimit,
	recipientMap,
	relayHost,
	resource,
	sieveFilter,
	status,
	syncJob,
	timeLimitedAlias,
	tlsPolicyMap,
	transportMap,
];

for (const resource of RESOURCES) {
	if (resource.messages) explainMessages(resource.messages);
	if (resource.successTexts) explainSuccess(resource.successTexts);
}

/** The Resource selector (options from RESOURCES). */
export const resourceSelector: INodeProperties = selectorOf(RESOURCES, 'mailbox', {
	// Marks every request as "paginated", so RoutingNode hands it to the node's item runner.
	routing: { send: { paginate: true } },
});

export const resourceProperties: INodeProperties[] = [
	...describeResources(RESOURCES),
	batchingOption,
];
