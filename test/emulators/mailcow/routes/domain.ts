// Domains: add/edit/delete/domain, delete/domain/tag/{d}, get/domain/{d|all}?tags=.
import type { Entry, Msg } from '../php';
import {
	MIB,
	asItems,
	echoItems,
	getAnswer,
	idnToAscii,
	idnToUnicode,
	intval,
	isEmpty,
	isValidDomain,
	now,
	str,
	writeAnswer,
} from '../php';
import type { MailcowDomain, MailcowState } from '../state';
import type { MailcowHandler, MailcowRouteContext, RouteTable } from './index';
import { duplicateTagAnswer, tagsMatch } from './tags';

const log = (action: string, data: unknown, type = 'domain') => [
	'mailbox',
	action,
	type,
	data,
	null,
];

export function domainView(state: MailcowState, d: MailcowDomain) {
	const used = state.quotaUsed(d.name);
	const left = Math.max(0, d.quota - used);
	const maxNew = Math.min(d.maxquota, left);
	const admins = [...state.domainAdmins.values()]
		.filter((a) => a.domains.includes(d.name))
		.map((a) => a.username);
	const mailboxCount = state.mailboxCount(d.name);
	const aliasCount = state.aliasCount(d.name);
	const view: Record<string, unknown> = {
		max_new_mailbox_quota: maxNew * MIB,
		def_new_mailbox_quota: Math.min(d.defquota, maxNew) * MIB,
		// SUM() comes back from SQL as a string.
		quota_used_in_domain: String(used * MIB),
		bytes_total: 0,
		msgs_total: 0,
		mboxes_in_domain: mailboxCount,
		mboxes_left: d.mailboxes - mailboxCount,
		domain_name: d.name,
		domain_h_name: idnToUnicode(d.name),
		description: d.description,
		max_num_aliases_for_domain: d.aliases,
		max_num_mboxes_for_domain: d.mailboxes,
		def_quota_for_mbox: d.defquota * MIB,
		max_quota_for_mbox: d.maxquota * MIB,
		max_quota_for_domain: d.quota * MIB,
		relayhost: d.relayhost ?? '0',
		backupmx: d.backupmx,
		backupmx_int: d.backupmx,
		gal: d.gal,
		gal_int: d.gal,
		rl: d.rl,
		active: d.active,
		active_int: d.active,
		relay_all_recipients: d.relayAllRecipients,
		relay_all_recipients_int: d.relayAllRecipients,
		relay_unknown_only: d.relayUnknownOnly,
		relay_unknown_only_int: d.relayUnknownOnly,
		created: d.created,
		modified: d.modified,
		aliases_in_domain: aliasCount,
		aliases_left: d.aliases - aliasCount,
		domain_admins: admins.length > 0 ? admins.join(',') : '-',
	};
	// The key is absent, not empty, when the domain has no tags.
	if (d.tags.size > 0) view.tags = [...d.tags].sort();
	return view;
}

const getDomain: MailcowHandler = ({ state, rest, request }) => {
	// get/domain trims the name ("rec.test%20" finds rec.test) and converts a Unicode name,
	// unlike get/mailbox and get/alias.
	const id = idnToAscii((rest[0] ?? '').trim().toLowerCase());
	if (id === 'all') {
		const wanted = request.query.tags;
		const list = [...state.domains.values()]
			.filter((d) => wanted === undefined || tagsMatch(d.tags, wanted))
			.sort((a, b) => (a.name < b.name ? -1 : 1));
		return getAnswer(list.map((d) => domainView(state, d)));
	}
	const domain = state.domains.get(id);
	return getAnswer(domain && domainView(state, domain));
};

/** The quota checks add and edit share, in mailcow's order. */
function quotaError(defquota: number, maxquota: number, quota: number): Msg | undefined {
	if (defquota > maxquota) return 'mailbox_defquota_exceeds_mailbox_maxquota';
	if (maxquota > quota) return 'mailbox_quota_exceeds_domain_quota';
	if (defquota === 0) return 'defquota_empty';
	if (maxquota === 0) return 'maxquota_empty';
	return undefined;
}

const addDomain: MailcowHandler = ({ state, payload }) => {
	const attr = (payload ?? {}) as Record<string, unknown>;
	const entryLog = log('add', attr);
	const danger = (msg: Msg): Entry[] => [{ type: 'danger', log: entryLog, msg }];
	const num = (key: string, fallback: number) =>
		attr[key] === undefined ? fallback : intval(attr[key]);
	const defquota = num('defquota', 3072);
	const maxquota = num('maxquota', 10240);
	const quota = num('quota', 10240);
	const quotaMsg = quotaError(defquota, maxquota, quota);
	if (quotaMsg) return writeAnswer(danger(quotaMsg));
	const name = idnToAscii(str(attr.domain).trim().toLowerCase());
	if (!isValidDomain(name)) return writeAnswer(danger('domain_invalid'));
	if (state.domains.has(name) || state.aliasDomains.has(name))
		return writeAnswer(danger(['domain_exists', name]));

	const entries: Entry[] = [];
	let rl: MailcowDomain['rl'] = false;
	if (!isEmpty(attr.rl_value) && !isEmpty(attr.rl_frame)) {
		rl = { value: String(intval(attr.rl_value)), frame: str(attr.rl_frame) };
		entries.push({
			type: 'success',
			log: [
				'ratelimit',
				'edit',
				'domain',
				{ rl_value: intval(attr.rl_value), rl_frame: rl.frame, object: name },
			],
			msg: ['rl_saved', name],
		});
	}
	const keySize = num('key_size', 2048);
	if (keySize !== 0) {
		if (state.dkim.has(name)) {
			entries.push({ type: 'success', log: entryLog, msg: 'domain_add_dkim_available' });
		} else {
			const selector = str(attr.dkim_selector) || 'dkim';
			state.addDkim(name, selector, keySize);
			entries.push({
				type: 'success',
				log: ['dkim', 'add', { key_size: keySize, dkim_selector: selector, domains: name }],
				msg: ['dkim_added', name],
			});
		}
	}
	state.addDomain({
		name,
		description: attr.description === undefined ? name : str(attr.description),
		aliases: num('aliases', 400),
		mailboxes: num('mailboxes', 10),
		defquota,
		maxquota,
		quota,
		active: num('active', 1),
		gal: num('gal', 1),
		backupmx: num('backupmx', 0),
		relayAllRecipients: num('relay_all_recipients', 0),
		relayUnknownOnly: num('relay_unknown_only', 0),
		rl,
		tags: asItems(attr.tags).map(str).filter(Boolean),
	});
	entries.push({ type: 'success', log: entryLog, msg: ['domain_added', name] });
	return writeAnswer(entries);
};

/** Edits one domain; a plain message or a failure key means danger, `done` the success entry. */
function editOne(
	context: MailcowRouteContext,
	name: string,
	attr: Record<string, unknown>,
): Msg | { done: Msg } | 'duplicate' {
	const { state } = context;
	const d = state.domains.get(name);
	if (!isValidDomain(name) || !d) return 'domain_invalid';
	const num = (key: string, current: number) =>
		attr[key] === undefined ? current : intval(attr[key]);
	const next = {
		defquota: num('defquota', d.defquota),
		maxquota: num('maxquota', d.maxquota),
		quota: num('quota', d.quota),
		mailboxes: num('mailboxes', d.mailboxes),
		aliases: num('aliases', d.aliases),
	};
	const quotaMsg = quotaError(next.defquota, next.maxquota, next.quota);
	if (quotaMsg) return quotaMsg;
	const mailboxes = state.mailboxesIn(name);
	if (next.mailboxes < mailboxes.length) return ['mailboxes_in_use', mailboxes.length];
	const biggest = mailboxes.reduce((max, m) => Math.max(max, m.quota), 0);
	if (next.maxquota < biggest) return ['max_quota_in_use', biggest];
	const used = state.quotaUsed(name);
	if (next.quota < used) return ['domain_quota_m_in_use', used];
	const aliasCount = state.aliasCount(name);
	if (next.aliases < aliasCount) return ['aliases_in_use', aliasCount];

	Object.assign(d, next);
	if (attr.description !== undefined) d.description = str(attr.description);
	d.active = num('active', d.active);
	d.gal = num('gal', d.gal);
	d.backupmx = num('backupmx', d.backupmx);
	d.relayAllRecipients = num('relay_all_recipients', d.relayAllRecipients);
	d.relayUnknownOnly = num('relay_unknown_only', d.relayUnknownOnly);
	if (attr.relayhost !== undefined) d.relayhost = String(intval(attr.relayhost));
	d.modified = now();
	for (const tag of asItems(attr.tags).map(str).filter(Boolean)) {
		if (d.tags.has(tag)) {
			duplicateTagAnswer(context, `${tag}-${name}`);
			return 'duplicate';
		}
		d.tags.add(tag);
	}
	return { done: ['domain_modified', name] };
}

const editDomain: MailcowHandler = (context) => {
	const { items, attr } = context.payload as { items?: unknown; attr?: unknown };
	const attributes = (attr && typeof attr === 'object' ? attr : {}) as Record<string, unknown>;
	const list = asItems(items);
	const entryLog = log('edit', { domain: echoItems(items), ...attributes });
	const entries: Entry[] = [];
	for (const item of list) {
		const msg = editOne(context, idnToAscii(str(item).toLowerCase()), attributes);
		// A duplicate tag is a database exception: mailcow prints nothing at all.
		if (msg === 'duplicate') return { status: 200, body: '' };
		if (typeof msg === 'object' && 'done' in msg)
			entries.push({ type: 'success', log: entryLog, msg: msg.done });
		else entries.push({ type: 'danger', log: entryLog, msg });
	}
	return writeAnswer(entries);
};

const deleteDomain: MailcowHandler = ({ state, payload, rest }) => {
	if (rest[0] === 'tag') {
		const name = (rest[1] ?? '').toLowerCase();
		const tags = asItems(payload).map(str);
		const d = state.domains.get(name);
		const entryLog = log('delete', { tags, domain: name }, 'tags_domain');
		if (!d) return writeAnswer([{ type: 'danger', log: entryLog, msg: 'domain_invalid' }]);
		for (const tag of tags) d.tags.delete(tag);
		return writeAnswer([{ type: 'success', log: entryLog, msg: ['domain_modified', name] }]);
	}
	const list = asItems(payload);
	const entryLog = log('delete', { domain: echoItems(payload) });
	const entries: Entry[] = [];
	for (const item of list) {
		const name = idnToAscii(str(item).toLowerCase());
		if (!isValidDomain(name)) {
			entries.push({ type: 'danger', log: entryLog, msg: 'domain_invalid' });
		} else if (state.mailboxCount(name) > 0) {
			entries.push({ type: 'danger', log: entryLog, msg: ['domain_not_empty', name] });
		} else {
			// No existence check in mailcow: a domain that never existed is "removed" too.
			state.removeDomain(name);
			entries.push({ type: 'success', log: entryLog, msg: ['domain_removed', name] });
		}
	}
	return writeAnswer(entries);
};

export const domainRoutes: RouteTable = {
	get: { domain: getDomain },
	add: { domain: addDomain },
	edit: { domain: editDomain },
	delete: { domain: deleteDomain },
};
