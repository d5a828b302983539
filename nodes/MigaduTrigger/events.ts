import type { IDataObject, INodePropertyOptions, IPollFunctions } from 'n8n-workflow';
import { assertMigaduSuccess } from '../Migadu/shared/errors';
import { migaduPath } from '../Migadu/shared/target';
import { migaduRequest } from '../Migadu/shared/transport';
import {
	deletedObjects,
	newObjects,
	seen,
	type Listed,
	type PollEvent,
	type Seen,
} from '../shared/poll';

/** What one event reads: one GET below the domain, so every event costs one request per poll. */
type Collection = 'mailboxes' | 'aliases' | 'rewrites' | 'diagnostics';

/** The parameters an event reads. */
export interface MigaduTriggerSettings {
	/** Punycode domain. */
	domain: string;
	/** Forwarding Unconfirmed: hours after the confirmation mail. */
	hours: number;
}

type Event = PollEvent<IDataObject, unknown> & { collection: Collection };

const list = (data: IDataObject, key: string) =>
	(Array.isArray(data[key]) ? data[key] : []) as IDataObject[];

// Migadu answers no creation time or id: objects are told apart by their address or name only,
// and Fetch Test Event shows the last one of the list.
const listed = (items: IDataObject[], key: (item: IDataObject) => string): Listed[] =>
	items.map((item) => ({ key: key(item), version: '', item }));
const lastFirst = () => 0;

const mailboxes = (data: IDataObject) => listed(list(data, 'mailboxes'), (m) => String(m.address));

/** Identities or forwardings of every mailbox (the mailbox list embeds them), with their mailbox. */
function children(data: IDataObject, kind: 'identities' | 'forwardings'): Listed[] {
	return list(data, 'mailboxes').flatMap((mailbox) =>
		(Array.isArray(mailbox[kind]) ? (mailbox[kind] as IDataObject[]) : []).map((child) => {
			const address = String(child.address);
			const owner = String(mailbox.address);
			return { key: `${owner} ${address}`, version: '', item: { ...child, mailbox: owner } };
		}),
	);
}

const childKey = (key: string) => {
	const [mailbox, address] = key.split(' ');
	return { mailbox, address };
};

/** Forwarding Unconfirmed: remembers the forwardings already reported (and still unconfirmed). */
function unconfirmed(settings: MigaduTriggerSettings): Omit<PollEvent<IDataObject, Seen>, 'read'> {
	const overdue = (data: IDataObject, now: number): Listed[] =>
		children(data, 'forwardings')
			.filter(({ item }) => !item.confirmed_at && item.confirmation_sent_at)
			.map((entry) => {
				const sent = Date.parse(String(entry.item.confirmation_sent_at));
				const hours = Math.floor((now - sent) / 3_600_000);
				return {
					// A new confirmation mail starts a new wait.
					key: entry.key,
					version: String(entry.item.confirmation_sent_at),
					item: { ...entry.item, hoursUnconfirmed: hours },
					sent,
				};
			})
			.filter(({ sent }) => !Number.isNaN(sent) && now - sent >= settings.hours * 3_600_000);
	return {
		baseline: (data, now) => seen(overdue(data, now)),
		changes: (before, data, now) => {
			const late = overdue(data, now);
			return {
				items: late.filter(({ key, version }) => before[key] !== version).map(({ item }) => item),
				state: seen(late),
			};
		},
		sample: (data, now) =>
			overdue(data, now)
				.sort((a, b) => Number(b.item.hoursUnconfirmed) - Number(a.item.hoursUnconfirmed))
				.map(({ item }) => item),
		nothingYet: `No forwarding of this domain has been waiting for confirmation for ${settings.hours} hours or more.`,
	};
}

/** The diagnostics' problems: `{mx: [...], spf: [...], …}`, each a list of texts (empty = OK). */
function problems(data: IDataObject): IDataObject {
	return Object.fromEntries(
		Object.entries(data).filter(([, value]) =>
			Array.isArray(value) ? value.length > 0 : Boolean(value) && typeof value !== 'object',
		),
	);
}

function dnsHealth(
	settings: MigaduTriggerSettings,
	wanted: 'failing' | 'healthy',
): Omit<PollEvent<IDataObject, { failing: boolean }>, 'read'> {
	const status = (data: IDataObject) => Object.keys(problems(data)).length > 0;
	const item = (data: IDataObject) => ({
		domain: settings.domain,
		status: status(data) ? 'failing' : 'healthy',
		problems: problems(data),
		diagnostics: data,
	});
	return {
		baseline: (data) => ({ failing: status(data) }),
		changes: (before, data) => {
			const failing = status(data);
			const fired = failing !== before.failing && failing === (wanted === 'failing');
			return { items: fired ? [item(data)] : [], state: { failing } };
		},
		sample: (data) => (status(data) === (wanted === 'failing') ? [item(data)] : []),
		nothingYet:
			wanted === 'failing'
				? `The DNS diagnostics of ${settings.domain} find no problem right now.`
				: `The DNS diagnostics of ${settings.domain} have not recovered from a failure since the trigger was activated, and they fail right now.`,
	};
}

function deleted(what: string, domain: string) {
	return `No ${what} of ${domain} has been deleted since the trigger was activated. Delete one and fetch again, or activate the workflow.`;
}

/** The events, by the value of the Event parameter. */
export function migaduEvent(event: string, settings: MigaduTriggerSettings): Event {
	const { domain } = settings;
	const none = (what: string) => `The domain ${domain} has no ${what} yet.`;
	const events: Record<string, () => Omit<Event, 'read'>> = {
		mailboxCreated: () => ({
			collection: 'mailboxes',
			...newObjects(mailboxes, none('mailbox'), lastFirst),
		}),
		mailboxDeleted: () => ({
			collection: 'mailboxes',
			...deletedObjects(mailboxes, (address) => ({ address }), deleted('mailbox', domain)),
		}),
		identityCreated: () => ({
			collection: 'mailboxes',
			...newObjects((d: IDataObject) => children(d, 'identities'), none('identity'), lastFirst),
		}),
		identityDeleted: () => ({
			collection: 'mailboxes',
			...deletedObjects(
				(d: IDataObject) => children(d, 'identities'),
				childKey,
				deleted('identity', domain),
			),
		}),
		forwardingCreated: () => ({
			collection: 'mailboxes',
			...newObjects((d: IDataObject) => children(d, 'forwardings'), none('forwarding'), lastFirst),
		}),
		forwardingDeleted: () => ({
			collection: 'mailboxes',
			...deletedObjects(
				(d: IDataObject) => children(d, 'forwardings'),
				childKey,
				deleted('forwarding', domain),
			),
		}),
		forwardingUnconfirmed: () => ({
			collection: 'mailboxes',
			...(unconfirmed(settings) as Omit<Event, 'read' | 'collection'>),
		}),
		aliasCreated: () => ({
			collection: 'aliases',
			...newObjects(
				(d: IDataObject) => listed(list(d, 'address_aliases'), (a) => String(a.address)),
				none('alias'),
				lastFirst,
			),
		}),
		aliasDeleted: () => ({
			collection: 'aliases',
			...deletedObjects(
				(d: IDataObject) => listed(list(d, 'address_aliases'), (a) => String(a.address)),
				(address) => ({ address }),
				deleted('alias', domain),
			),
		}),
		rewriteCreated: () => ({
			collection: 'rewrites',
			...newObjects(
				(d: IDataObject) => listed(list(d, 'rewrites'), (r) => String(r.name)),
				none('rewrite'),
				lastFirst,
			),
		}),
		rewriteDeleted: () => ({
			collection: 'rewrites',
			...deletedObjects(
				(d: IDataObject) => listed(list(d, 'rewrites'), (r) => String(r.name)),
				(name) => ({ name, domain_name: domain }),
				deleted('rewrite', domain),
			),
		}),
		dnsFailing: () => ({
			collection: 'diagnostics',
			...(dnsHealth(settings, 'failing') as Omit<Event, 'read' | 'collection'>),
		}),
		dnsHealthy: () => ({
			collection: 'diagnostics',
			...(dnsHealth(settings, 'healthy') as Omit<Event, 'read' | 'collection'>),
		}),
	};
	const chosen = (events[event] ?? events.mailboxCreated)() as Omit<Event, 'read'>;
	return {
		...chosen,
		read: async (ctx: IPollFunctions) => {
			const response = await migaduRequest(
				ctx,
				'GET',
				migaduPath(ctx, 'domains', { value: domain, label: 'Domain' }, chosen.collection),
			);
			assertMigaduSuccess(ctx.getNode(), response, `domain "${domain}"`);
			return (response.body ?? {}) as IDataObject;
		},
	};
}

/** The Event parameter's options (one GET per poll each). */
export const migaduEventOptions: INodePropertyOptions[] = (
	[
		{
			name: 'DNS Diagnostics Back to Healthy',
			value: 'dnsHealthy',
			description:
				'The domain’s DNS diagnostics found no problem after failing. 1 request per poll.',
		},
		{
			name: 'DNS Diagnostics Failing',
			value: 'dnsFailing',
			description:
				'The domain’s DNS diagnostics found a problem (MX, SPF, DKIM, DMARC). 1 request per poll.',
		},
		{ name: 'Alias Deleted', value: 'aliasDeleted', description: '1 request per poll' },
		{ name: 'Forwarding Deleted', value: 'forwardingDeleted', description: '1 request per poll' },
		{
			name: 'Forwarding Unconfirmed',
			value: 'forwardingUnconfirmed',
			description:
				'A forwarding whose destination has not confirmed it after the given hours. 1 request per poll.',
		},
		{ name: 'Identity Deleted', value: 'identityDeleted', description: '1 request per poll' },
		{ name: 'Mailbox Deleted', value: 'mailboxDeleted', description: '1 request per poll' },
		{ name: 'New Alias', value: 'aliasCreated', description: '1 request per poll' },
		{ name: 'New Forwarding', value: 'forwardingCreated', description: '1 request per poll' },
		{ name: 'New Identity', value: 'identityCreated', description: '1 request per poll' },
		{ name: 'New Mailbox', value: 'mailboxCreated', description: '1 request per poll' },
		{ name: 'New Rewrite', value: 'rewriteCreated', description: '1 request per poll' },
		{ name: 'Rewrite Deleted', value: 'rewriteDeleted', description: '1 request per poll' },
	] satisfies INodePropertyOptions[]
).sort((a, b) => a.name.localeCompare(b.name));
