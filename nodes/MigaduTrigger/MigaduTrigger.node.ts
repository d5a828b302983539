import {
	NodeConnectionTypes,
	NodeOperationError,
	type INodeExecutionData,
	type INodeType,
	type INodeTypeDescription,
	type IPollFunctions,
} from 'n8n-workflow';
import { searchDomains } from '../Migadu/listSearch/searchDomains';
import { toAsciiDomain } from '../Migadu/shared/convert';
import { domainLocator, throttlingOption } from '../Migadu/shared/descriptions';
import { pollEvent } from '../shared/poll';
import { migaduEvent, migaduEventOptions } from './events';

/**
 * Starts a workflow when something changes in a Migadu domain. Migadu has no webhooks, so the
 * trigger polls: each poll sends one GET (mailboxes, aliases, rewrites or diagnostics of the
 * domain) through the Migadu node's rate limiter, which counts it against the same 60 requests per
 * 2 minutes as the node's own requests.
 */
export class MigaduTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Migadu Trigger',
		name: 'migaduTrigger',
		icon: { light: 'file:../../icons/migadu.svg', dark: 'file:../../icons/migadu.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle: '={{$parameter["event"]}}',
		description:
			'Starts the workflow when a mailbox, alias, identity, forwarding or rewrite of a Migadu domain is created or deleted, a forwarding stays unconfirmed, or the DNS diagnostics change. Costs 1 request per poll.',
		defaults: { name: 'Migadu Trigger' },
		polling: true,
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'migaduApi', required: true }],
		properties: [
			{
				displayName: 'Event',
				name: 'event',
				type: 'options',
				options: migaduEventOptions,
				default: 'mailboxCreated',
				description:
					'What starts the workflow. Every event costs one request per poll, counted against Migadu’s limit of about 60 requests per 2 minutes.',
			},
			{ ...domainLocator, description: 'The domain to watch. ' + domainLocator.description },
			{
				displayName: 'Hours Unconfirmed',
				name: 'hours',
				type: 'number',
				typeOptions: { minValue: 0 },
				default: 24,
				description: 'Hours after the confirmation mail was sent',
				displayOptions: { show: { event: ['forwardingUnconfirmed'] } },
			},
			throttlingOption,
		],
	};

	methods = { listSearch: { searchDomains } };

	async poll(this: IPollFunctions): Promise<INodeExecutionData[][] | null> {
		const event = this.getNodeParameter('event') as string;
		const chosen = String(this.getNodeParameter('domain', '', { extractValue: true }) ?? '');
		const domain = toAsciiDomain(chosen);
		if ('error' in domain) {
			throw new NodeOperationError(this.getNode(), `Domain ${domain.error}`, {
				description: 'Choose the Migadu domain to watch.',
			});
		}
		const hours = Number(this.getNodeParameter('hours', 24));
		const settings = { domain: domain.value, hours };
		const key = [event, domain.value, event === 'forwardingUnconfirmed' ? hours : ''].join('|');
		return await pollEvent(this, migaduEvent(event, settings), key);
	}
}
