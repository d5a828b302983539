import { createHash } from 'crypto';
import type { IDataObject, IPollFunctions } from 'n8n-workflow';
import { hasAnyTag } from '../Mailcow/resources/mailbox/getAll';
import { mailcowApiRequest, mailcowPath } from '../Mailcow/shared/transport';
import {
	deletedObjects,
	newObjects,
	seen,
	type Listed,
	type PollEvent,
	type Seen,
} from '../shared/poll';

/** The parameters an event reads (already checked by the node). */
export interface MailcowTriggerSettings {
	/** Lowercased domains to watch; empty = all. */
	domains: string[];
	/** Tags (mailcow matches parts of tags); empty = no tag filter. */
	tags: string[];
	/** Quota: percentage of the mailbox quota. */
	threshold: number;
	/** Log Entry: which log, the text an entry must contain, entries per request. */
	log: string;
	text: string;
	pageSize: number;
	/** New App Password: the mailbox whose app passwords are watched. */
	mailbox: string;
}

type Event = PollEvent<unknown, unknown>;
type Parts<D, S> = Omit<PollEvent<D, S>, 'read'>;

/** Mailcow's list answers: an array, or `{}` when there is nothing. */
const rows = (body: unknown): IDataObject[] =>
	Array.isArray(body) ? (body as IDataObject[]).filter((r) => r && typeof r === 'object') : [];

const get = async (ctx: IPollFunctions, path: string, qs = '') =>
	await mailcowApiRequest.call(ctx, 'GET', path + qs);

const domainOf = (address: unknown) =>
	String(address ?? '')
		.split('@')
		.pop()!
		.toLowerCase();

/** The read (one GET) and the parts of an event. */
function event<D, S>(read: (ctx: IPollFunctions) => Promise<D>, parts: Parts<D, S>): Event {
	return { read, ...parts } as Event;
}

/** Mailboxes of the chosen domains and tags: get/mailbox/reduced (lighter than `all`). */
function mailboxes(settings: MailcowTriggerSettings) {
	const { domains, tags } = settings;
	return async (ctx: IPollFunctions) => {
		const path = domains.length
			? mailcowPath(ctx, 'get', 'mailbox', 'reduced', { value: domains, label: 'Domains' })
			: '/get/mailbox/reduced';
		// A domain mailcow does not know makes it answer every mailbox: filter here as well. The
		// reduced listing takes no tag filter: tags are matched here, as mailcow matches them.
		return rows(await get(ctx, path)).filter(
			(m) =>
				(!domains.length || domains.includes(String(m.domain).toLowerCase())) &&
				(!tags.length || hasAnyTag(tags)(m)),
		);
	};
}

const mailboxList = (list: IDataObject[]): Listed[] =>
	list.map((m) => ({ key: String(m.username), version: String(m.created ?? ''), item: m }));

/** Mailbox use in % of its quota, or undefined for an unlimited mailbox. */
function percentInUse(mailbox: IDataObject): number | undefined {
	const quota = Number(mailbox.quota);
	if (!(quota > 0)) return undefined;
	return Math.round((Number(mailbox.quota_used ?? 0) / quota) * 1000) / 10;
}

function quotaAbove(settings: MailcowTriggerSettings): Parts<IDataObject[], Seen> {
	const above = (list: IDataObject[]): Listed[] =>
		list
			.map((m) => ({ m, percent: percentInUse(m) }))
			.filter(({ percent }) => percent !== undefined && percent >= settings.threshold)
			.map(({ m, percent }) => ({
				key: String(m.username),
				version: '',
				item: { ...m, percentInUse: percent, threshold: settings.threshold },
			}));
	return {
		baseline: (list) => seen(above(list)),
		// A mailbox fires when it crosses the threshold; falling below re-arms it.
		changes: (before, list) => ({
			items: above(list)
				.filter(({ key }) => !(key in before))
				.map(({ item }) => item),
			state: seen(above(list)),
		}),
		sample: (list) =>
			above(list)
				.sort((a, b) => Number(b.item.percentInUse) - Number(a.item.percentInUse))
				.map(({ item }) => item),
		nothingYet: `No mailbox is at or above ${settings.threshold}% of its quota right now.`,
	};
}

/** Container status: name → state (`running`, `exited`, …; `missing` when no longer listed). */
type Containers = Record<string, string>;

/**
 * States after which a container that is no longer listed is still remembered (as `missing`):
 * one that went missing while running is "running again" when it returns.
 */
const REMEMBERED_WHEN_MISSING = new Set(['running', 'missing']);

function containers(wanted: 'stopped' | 'running'): Parts<IDataObject, Containers> {
	const states = (body: IDataObject): Containers =>
		Object.fromEntries(
			Object.entries(body)
				.filter(([, c]) => c && typeof c === 'object')
				.map(([name, c]) => [name, String((c as IDataObject).state ?? 'unknown')]),
		);
	const item = (body: IDataObject, name: string, previousState: string) => ({
		...((body[name] as IDataObject) ?? { container: name, state: 'missing' }),
		container: name,
		previousState,
	});
	return {
		baseline: states,
		changes: (before, body) => {
			const now = states(body);
			for (const name of Object.keys(before)) now[name] ??= 'missing';
			const items = Object.keys(now)
				.sort()
				.filter((name) => {
					const was = before[name] === 'running';
					const is = now[name] === 'running';
					return wanted === 'stopped' ? was && !is : before[name] !== undefined && !was && is;
				})
				.map((name) => item(body, name, before[name]));
			// A container that is gone and was not running is forgotten; one that went missing while
			// running stays missing until it returns, which is then "running again".
			for (const name of Object.keys(now)) {
				if (now[name] === 'missing' && !REMEMBERED_WHEN_MISSING.has(before[name])) delete now[name];
			}
			return { items, state: now };
		},
		sample: (body) =>
			Object.entries(states(body))
				.filter(([, state]) => (wanted === 'stopped' ? state !== 'running' : state === 'running'))
				.map(([name, state]) => item(body, name, wanted === 'stopped' ? 'running' : state)),
		nothingYet:
			wanted === 'stopped'
				? 'Every container mailcow reports is running.'
				: 'No container has come back since the trigger was activated.',
	};
}

/** Banned networks: the active bans (with their time left) and the permanent ones. */
function bans(body: IDataObject): Listed[] {
	const active = rows(body.active_bans).map((ban) => ({
		key: String(ban.network ?? ban.ip),
		version: '',
		item: { ...ban, network: String(ban.network ?? ban.ip), permanent: false },
	}));
	// mailcow lists permanent bans as {network, ip} (older releases: the network as a string).
	const permanent = (Array.isArray(body.perm_bans) ? (body.perm_bans as unknown[]) : []).map(
		(ban) => {
			const network = String(
				typeof ban === 'object' && ban !== null ? ((ban as IDataObject).network ?? '') : ban,
			);
			return { key: network, version: '', item: { network, permanent: true } };
		},
	);
	return [...active, ...permanent];
}

/** A log entry's time (unix seconds) and identity. */
const entryTime = (entry: IDataObject) => Number(entry.time ?? entry.unix_time ?? 0);
const fingerprint = (entry: IDataObject) =>
	createHash('sha1').update(JSON.stringify(entry)).digest('hex').slice(0, 16);

/** The log cursor: the newest time seen and the entries seen at exactly that time. */
interface LogCursor {
	time: number;
	at: string[];
}

const MAX_LOG_PAGES = 10;

/**
 * Log entries newer than the cursor, newest first. get/logs/{log}/{from-to} pages newest first;
 * a poll reads further pages only while a whole page is newer than the cursor (at most 10).
 */
async function readLog(
	ctx: IPollFunctions,
	settings: MailcowTriggerSettings,
	cursor: LogCursor | undefined,
): Promise<IDataObject[]> {
	const size = settings.pageSize;
	const entries: IDataObject[] = [];
	for (let page = 0; page < MAX_LOG_PAGES; page++) {
		const range = `${page * size + 1}-${(page + 1) * size}`;
		const answer = rows(await get(ctx, mailcowPath(ctx, 'get', 'logs', settings.log, range)));
		entries.push(...answer);
		const oldest = answer[answer.length - 1];
		if (answer.length < size || !cursor || !oldest || entryTime(oldest) < cursor.time) break;
	}
	return entries;
}

function logEntries(settings: MailcowTriggerSettings): PollEvent<IDataObject[], LogCursor> {
	// Every poll of the API log is itself logged there: those reads are left out.
	const ownRead = (entry: IDataObject) =>
		settings.log === 'api' && String(entry.uri ?? '').startsWith('/api/v1/get/logs/api');
	const matches = (entry: IDataObject) =>
		!ownRead(entry) &&
		(!settings.text || JSON.stringify(entry).toLowerCase().includes(settings.text.toLowerCase()));
	const named = (entry: IDataObject) => ({ ...entry, log: settings.log });
	const cursorOf = (entries: IDataObject[], before?: LogCursor): LogCursor => {
		const time = Math.max(before?.time ?? 0, ...entries.map(entryTime));
		const at = entries.filter((e) => entryTime(e) === time).map(fingerprint);
		const kept = before?.time === time ? before.at : [];
		return { time, at: [...new Set([...kept, ...at])] };
	};
	const fresh = (entries: IDataObject[], before: LogCursor) =>
		[...new Map(entries.map((e) => [fingerprint(e), e])).entries()]
			.filter(
				([print, e]) =>
					entryTime(e) > before.time ||
					(entryTime(e) === before.time && !before.at.includes(print)),
			)
			.map(([, e]) => e);
	return {
		read: async (ctx, cursor) => await readLog(ctx, settings, cursor),
		baseline: (entries) => cursorOf(entries),
		changes: (before, entries) => ({
			// The log answers newest first; events go out oldest first.
			items: fresh(entries, before).filter(matches).reverse().map(named),
			state: cursorOf(entries, before),
		}),
		sample: (entries) => entries.filter(matches).map(named),
		nothingYet: `The ${settings.log} log has no entry${settings.text ? ` containing "${settings.text}"` : ''} yet.`,
	};
}

/** Sync jobs whose last run ended with a failure since the last poll. */
function syncJobFailed(): Parts<IDataObject[], Seen> {
	const failed = (job: IDataObject) =>
		job.last_run !== null &&
		job.last_run !== undefined &&
		job.last_run !== '' &&
		!(job.success === 1 || job.success === '1' || job.success === true);
	const runs = (jobs: IDataObject[]): Listed[] =>
		jobs.map((job) => ({ key: String(job.id), version: String(job.last_run ?? ''), item: job }));
	return {
		baseline: (jobs) => seen(runs(jobs)),
		changes: (before, jobs) => ({
			items: runs(jobs)
				.filter(({ key, version, item }) => before[key] !== version && failed(item))
				.map(({ item }) => item),
			state: seen(runs(jobs)),
		}),
		sample: (jobs) =>
			jobs.filter(failed).sort((a, b) => (String(a.last_run) < String(b.last_run) ? 1 : -1)),
		nothingYet: 'No sync job has a failed last run.',
	};
}

function deletedText(what: string) {
	return `No ${what} has been deleted since the trigger was activated. Delete one and fetch again, or activate the workflow.`;
}

/** The events, by the value of the Event parameter. */
export function mailcowEvent(name: string, settings: MailcowTriggerSettings): Event {
	const { domains, tags } = settings;
	const inDomains = (domain: unknown) =>
		!domains.length || domains.includes(String(domain ?? '').toLowerCase());
	const readMailboxes = mailboxes(settings);
	const readAliases = async (ctx: IPollFunctions) =>
		rows(
			await get(
				ctx,
				domains.length
					? mailcowPath(ctx, 'get', 'alias', 'all', { value: domains, label: 'Domains' })
					: '/get/alias/all',
			),
		).filter((a) => inDomains(a.domain));
	const aliasList = (list: IDataObject[]): Listed[] =>
		list.map((a) => ({ key: String(a.address), version: String(a.id), item: a }));
	const byId = (a: Listed, b: Listed) => Number(b.version) - Number(a.version);
	const nothing = (what: string) => `mailcow has no ${what} matching the filters yet.`;

	switch (name) {
		case 'mailboxDeleted':
			return event(
				readMailboxes,
				deletedObjects(mailboxList, (username) => ({ username }), deletedText('mailbox')),
			);
		case 'quotaAbove':
			return event(readMailboxes, quotaAbove(settings));
		case 'aliasCreated':
			return event(readAliases, newObjects(aliasList, nothing('alias'), byId));
		case 'aliasDeleted':
			return event(
				readAliases,
				deletedObjects(aliasList, (address) => ({ address }), deletedText('alias')),
			);
		case 'domainCreated':
			return event(
				async (ctx) =>
					rows(
						await get(
							ctx,
							'/get/domain/all',
							tags.length ? `?tags=${encodeURIComponent(tags.join(','))}` : '',
						),
					).filter((d) => inDomains(d.domain_name)),
				newObjects(
					(list: IDataObject[]) =>
						list.map((d) => ({
							key: String(d.domain_name),
							version: String(d.created ?? ''),
							item: d,
						})),
					nothing('domain'),
				),
			);
		case 'domainAdminCreated':
			return event(
				async (ctx) =>
					rows(await get(ctx, '/get/domain-admin/all')).filter(
						(a) =>
							!domains.length ||
							(Array.isArray(a.selected_domains) && a.selected_domains.some(inDomains)),
					),
				newObjects(
					(list: IDataObject[]) =>
						list.map((a) => ({
							key: String(a.username),
							version: String(a.created ?? ''),
							item: a,
						})),
					nothing('domain administrator'),
				),
			);
		case 'appPasswordCreated':
			return event(
				async (ctx) =>
					rows(
						await get(
							ctx,
							mailcowPath(ctx, 'get', 'app-passwd', 'all', {
								value: settings.mailbox,
								label: 'Mailbox',
							}),
						),
					),
				newObjects(
					(list: IDataObject[]) =>
						// Never hand on the password hash mailcow includes.
						list.map((p) => {
							const item = { ...p };
							delete item.password;
							return { key: String(p.id), version: String(p.id), item };
						}),
					`The mailbox ${settings.mailbox} has no app password yet.`,
					byId,
				),
			);
		case 'quarantined':
			return event(
				async (ctx) =>
					rows(await get(ctx, '/get/quarantine/all')).filter((q) => inDomains(domainOf(q.rcpt))),
				{
					baseline: (list: IDataObject[]) => ({
						id: Math.max(0, ...list.map((q) => Number(q.id))),
					}),
					// Quarantine ids only grow: everything above the highest id seen is new.
					changes: (before: { id: number }, list: IDataObject[]) => ({
						items: list
							.filter((q) => Number(q.id) > before.id)
							.sort((a, b) => Number(a.id) - Number(b.id)),
						state: { id: Math.max(before.id, ...list.map((q) => Number(q.id))) },
					}),
					sample: (list: IDataObject[]) => [...list].sort((a, b) => Number(b.id) - Number(a.id)),
					nothingYet: 'The quarantine holds no message for the chosen domains.',
				},
			);
		case 'containerStopped':
		case 'containerRunning':
			return event(
				async (ctx) => ((await get(ctx, '/get/status/containers')) ?? {}) as IDataObject,
				containers(name === 'containerStopped' ? 'stopped' : 'running'),
			);
		case 'fail2banBanned':
			return event(
				async (ctx) => ((await get(ctx, '/get/fail2ban')) ?? {}) as IDataObject,
				newObjects(bans, 'fail2ban has no banned network right now.', () => 0),
			);
		case 'logEntry':
			return logEntries(settings) as Event;
		case 'syncJobFailed':
			return event(
				async (ctx) =>
					rows(await get(ctx, '/get/syncjobs/all/no_log')).filter((j) =>
						inDomains(domainOf(j.user2)),
					),
				syncJobFailed(),
			);
		default:
			return event(readMailboxes, newObjects(mailboxList, nothing('mailbox')));
	}
}
