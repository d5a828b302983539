import {
	NodeConnectionTypes,
	NodeOperationError,
	type INodeExecutionData,
	type INodeType,
	type INodeTypeDescription,
	type IPollFunctions,
} from 'n8n-workflow';
import { pollEvent } from '../shared/poll';
import { mailcowEvent, type MailcowTriggerSettings } from './events';
import { mailcowEventOptions, mailcowTriggerFields } from './fields';

/**
 * Starts a workflow when something happens on a mailcow server. mailcow has no webhooks, so the
 * trigger polls through the Mailcow node's request and error path: one GET per poll (a log read
 * pages further only while every entry of a page is new). Requests are never retried, and after
 * the server refused the API key the trigger pauses instead of risking a fail2ban ban.
 */
export class MailcowTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Mailcow Trigger',
		name: 'mailcowTrigger',
		icon: { light: 'file:../../icons/mailcow.svg', dark: 'file:../../icons/mailcow.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle: '={{$parameter["event"]}}',
		description:
			'Starts the workflow when mailboxes, aliases, domains, domain admins or app passwords are added or deleted, mail is quarantined, a mailbox nears its quota, a container stops, fail2ban bans, a log gets entries or a sync job fails. Costs 1 request per poll.',
		defaults: { name: 'Mailcow Trigger' },
		polling: true,
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'mailcowApi', required: true }],
		properties: [
			{
				displayName: 'Event',
				name: 'event',
				type: 'options',
				options: mailcowEventOptions,
				default: 'mailboxCreated',
				description: 'What starts the workflow. Every event costs one GET request per poll.',
			},
			...mailcowTriggerFields,
		],
	};

	async poll(this: IPollFunctions): Promise<INodeExecutionData[][] | null> {
		const event = this.getNodeParameter('event') as string;
		const settings = readSettings(this, event);
		const key = [
			event,
			settings.domains.join(','),
			settings.tags.join(','),
			event === 'quotaAbove' ? settings.threshold : '',
			event === 'logEntry' ? `${settings.log}|${settings.text}` : '',
			event === 'appPasswordCreated' ? settings.mailbox : '',
		].join('|');
		return await pollEvent(this, mailcowEvent(event, settings), key);
	}
}

const list = (value: unknown) =>
	String(value ?? '')
		.split(',')
		.map((part) => part.trim().toLowerCase())
		.filter(Boolean);

/** Reads and checks the fields the event shows; a bad value names the field. */
function readSettings(ctx: IPollFunctions, event: string): MailcowTriggerSettings {
	const param = (name: string, fallback: unknown) => ctx.getNodeParameter(name, fallback);
	const fail = (field: string, problem: string) =>
		new NodeOperationError(ctx.getNode(), `${field} ${problem}`, {
			description: `Correct the ${field} field of the trigger.`,
		});
	const domains = list(param('domains', ''));
	const bad = domains.find((d) => !/^[^\s/@,]+\.[^\s/@,]+$/.test(d));
	if (bad) throw fail('Domains', `contains "${bad}", which is not a domain name`);
	const settings: MailcowTriggerSettings = {
		domains,
		tags: list(param('tags', '')),
		threshold: Number(param('threshold', 90)),
		log: String(param('log', 'api')),
		text: String(param('text', '')).trim(),
		pageSize: Math.floor(Number(param('pageSize', 100))),
		mailbox: String(param('mailbox', '')).trim().toLowerCase(),
	};
	if (event === 'quotaAbove' && !(settings.threshold > 0 && settings.threshold <= 100))
		throw fail('Threshold (%)', 'must be a number above 0 and at most 100');
	if (event === 'logEntry' && !(settings.pageSize >= 1 && settings.pageSize <= 1000))
		throw fail('Entries per Request', 'must be between 1 and 1000');
	if (event === 'appPasswordCreated' && !/^[^\s/@]+@[^\s/@]+$/.test(settings.mailbox))
		throw fail('Mailbox', 'must be a mailbox address such as jane@example.com');
	return settings;
}
