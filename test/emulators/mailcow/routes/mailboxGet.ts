// Mailbox reads: get/mailbox/{u|all|reduced}[/{domains}]?tags= and the object mailcow shows.
import { MIB, getAnswer, phpJson } from '../php';
import type { MailcowMailbox, MailcowState } from '../state';
import type { MailcowHandler } from './index';
import { pushoverActive } from './mailboxExtra';
import { tagsMatch } from './tags';

export function mailboxView(state: MailcowState, m: MailcowMailbox, reduced = false) {
	const unlimited = m.quota === 0;
	const view: Record<string, unknown> = {
		username: m.username,
		active: m.active,
		active_int: m.active,
		domain: m.domain,
		name: m.name,
		local_part: m.localPart,
		quota: m.quota * MIB,
		messages: 0,
		attributes: { ...m.attributes },
		// An object when set, [] when empty.
		custom_attributes: phpJson({ ...state.customAttributes.get(m.username) }),
		quota_used: m.bytesUsed ?? 0,
		// mailcow: round(bytes / quota * 100), "- " for an unlimited mailbox.
		percent_in_use: unlimited ? '- ' : Math.round(((m.bytesUsed ?? 0) / (m.quota * MIB)) * 100),
		created: m.created,
		modified: m.modified,
		authsource: 'mailcow',
		percent_class: unlimited ? 'info' : 'success',
		last_imap_login: 0,
		last_smtp_login: 0,
		last_pop3_login: 0,
		last_sso_login: 0,
	};
	if (!reduced) {
		const d = state.domains.get(m.domain);
		const left = d ? d.quota - state.quotaUsed(m.domain, m.username) : 0;
		view.max_new_quota = d ? Math.max(0, Math.min(d.maxquota, left)) * MIB : 0;
		view.spam_aliases = [...state.timeLimitedAliases.values()].filter(
			(t) => t.goto === m.username,
		).length;
		view.pushover_active = pushoverActive(state, m.username);
		view.rl = m.rl || (d?.rl ?? false);
		view.rl_scope = m.rl ? 'mailbox' : 'domain';
		view.is_relayed = 0;
		view.sender_acl = [...m.senderAcl];
	}
	if (m.tags.size > 0) view.tags = [...m.tags].sort();
	return view;
}

const byName = (a: MailcowMailbox, b: MailcowMailbox) => (a.username < b.username ? -1 : 1);

export const getMailbox: MailcowHandler = ({ state, rest, request }) => {
	const id = (rest[0] ?? '').toLowerCase();
	const tags = request.query.tags;
	const filter = (list: MailcowMailbox[]) =>
		tags === undefined ? list : list.filter((m) => tagsMatch(m.tags, tags));
	if (id === 'all' || id === 'reduced') {
		const domains = rest[1] ? rest[1].toLowerCase().split(',') : undefined;
		// A domain mailcow does not know (a typo, a Unicode name) is no filter at all: the lookup
		// falls back to every mailbox the caller may see (mailcow-observed-2.md).
		const all = [...state.mailboxes.values()];
		const list = domains
			? domains.flatMap((d) => (state.domains.has(d) ? state.mailboxesIn(d) : all))
			: all;
		return getAnswer(
			filter(list)
				.sort(byName)
				.map((m) => mailboxView(state, m, id === 'reduced')),
		);
	}
	if (tags !== undefined && !id.includes('@')) {
		// With ?tags= the id is read as a domain, and this one answers [] rather than {}.
		const list = filter(state.mailboxesIn(id)).sort(byName);
		return { status: 200, body: list.map((m) => mailboxView(state, m)) };
	}
	const mailbox = state.mailboxes.get(id);
	// A resource is a mailbox row of its own kind: its database fields read as null.
	if (!mailbox && state.resources.has(id)) return { status: 200, body: RESOURCE_AS_MAILBOX };
	return getAnswer(mailbox && mailboxView(state, mailbox));
};

const RESOURCE_AS_MAILBOX = {
	username: null,
	active: null,
	active_int: null,
	domain: null,
	name: null,
	local_part: null,
	quota: null,
	messages: null,
	attributes: null,
	custom_attributes: null,
	quota_used: 0,
	percent_in_use: '- ',
	created: null,
	modified: null,
	authsource: 'mailcow',
	percent_class: 'info',
	last_imap_login: 0,
	last_smtp_login: 0,
	last_pop3_login: 0,
	last_sso_login: 0,
	max_new_quota: 0,
	spam_aliases: 0,
	pushover_active: 0,
	rl: false,
	rl_scope: 'domain',
	is_relayed: null,
	sender_acl: [],
};
