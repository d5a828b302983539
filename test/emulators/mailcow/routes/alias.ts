// Aliases: add/edit/delete/alias, get/alias/{id|address|all}, get/alias/all/{domains}.
import type { Entry } from '../php';
import {
	asItems,
	echoItems,
	getAnswer,
	htmlEscape,
	idnAddress,
	idnToAscii,
	intval,
	isEmpty,
	isValidDomain,
	isValidEmail,
	now,
	splitList,
	str,
	writeAnswer,
} from '../php';
import type { MailcowAlias, MailcowState } from '../state';
import type { MailcowHandler, RouteTable } from './index';

const log = (action: string, data: unknown) => ['mailbox', action, 'alias', data, null];

function aliasView(state: MailcowState, a: MailcowAlias) {
	const catchAll = a.address.startsWith('@') ? 1 : 0;
	return {
		// The target domain when the alias lives in an alias domain.
		in_primary_domain: state.aliasDomains.get(a.domain)?.target_domain ?? '',
		id: a.id,
		domain: a.domain,
		public_comment: a.publicComment,
		private_comment: a.privateComment,
		goto: a.goto,
		address: a.address,
		is_catch_all: catchAll,
		internal: a.internal,
		active: a.active,
		active_int: a.active,
		sogo_visible: a.sogoVisible,
		sogo_visible_int: a.sogoVisible,
		sender_allowed: a.senderAllowed,
		created: a.created,
		modified: a.modified,
	};
}

/** An alias by numeric id or by address (mailcow accepts both wherever it takes an alias). */
function findAlias(state: MailcowState, item: unknown): MailcowAlias | undefined {
	const text = str(item).trim();
	if (/^\d+$/.test(text)) return state.aliases.get(Number(text));
	return state.aliasByAddress(text);
}

const getAlias: MailcowHandler = ({ state, rest }) => {
	const id = rest[0] ?? '';
	if (id === 'all') {
		const domains = rest[1] ? rest[1].toLowerCase().split(',') : undefined;
		const byId = (a: MailcowAlias, b: MailcowAlias) => a.id - b.id;
		// all/{d1,d2}: mailcow reads the aliases domain by domain in the order the path names them
		// (json_api.php), so a list of domains is not in id order as a whole.
		const list = domains
			? domains.flatMap((d) => state.aliasesIn(d).sort(byId))
			: [...state.aliases.values()].sort(byId);
		return getAnswer(list.map((a) => aliasView(state, a)));
	}
	const alias = findAlias(state, id);
	return getAnswer(alias && aliasView(state, alias));
};

/** goto_null/spam/ham replace the targets with mailcow's special addresses. */
function specialGoto(attr: Record<string, unknown>): string | undefined {
	if (intval(attr.goto_null) === 1) return 'null@localhost';
	if (intval(attr.goto_spam) === 1) return 'spam@localhost';
	if (intval(attr.goto_ham) === 1) return 'ham@localhost';
	return undefined;
}

const addAlias: MailcowHandler = ({ state, payload }) => {
	const attr = (payload && typeof payload === 'object' ? payload : {}) as Record<string, unknown>;
	const entryLog = log('add', attr);
	const danger = (msg: Entry['msg']): Entry => ({ type: 'danger', log: entryLog, msg });
	const entries: Entry[] = [];
	const sent = splitList(attr.goto);
	// *(code)* Each invalid target is reported and dropped; the alias gets the valid ones, and
	// nothing is added when none is left. mailcow rebuilds local@domain from the parts, so a
	// target without "@" is reported as "@".
	const valid = sent.filter((t) => isValidEmail(t.toLowerCase()));
	const special = specialGoto(attr);
	let goto = special;
	if (goto === undefined) {
		if (sent.length === 0) return writeAnswer([danger('goto_empty')]);
		for (const bad of sent.map((t) => t.toLowerCase()).filter((t) => !isValidEmail(t)))
			entries.push(danger(['goto_invalid', bad.includes('@') ? bad : '@']));
		if (valid.length === 0) return writeAnswer(entries);
		goto = [...new Set(valid.map((t) => t.toLowerCase()))].join(',');
	}
	for (const raw of splitList(attr.address)) {
		// *(code)* An address that is also one of the targets (as sent) is skipped without an
		// entry; with no other address the answer is "Task completed" and nothing is added.
		if ((special ? sent : valid).includes(raw)) continue;
		// add/alias converts a Unicode domain; get/alias, edit/alias and delete/alias do not.
		const address = idnAddress(raw.toLowerCase());
		const domain = address.slice(address.lastIndexOf('@') + 1);
		const local = address.slice(0, Math.max(0, address.lastIndexOf('@')));
		if (
			!address.includes('@') ||
			!isValidDomain(domain) ||
			(local !== '' && !isValidEmail(address))
		) {
			entries.push(danger(['alias_invalid', raw]));
			continue;
		}
		// An alias domain counts against its target domain's limits.
		const d =
			state.domains.get(domain) ??
			state.domains.get(state.aliasDomains.get(domain)?.target_domain ?? '');
		if (!d) {
			entries.push(danger(['domain_not_found', domain]));
			continue;
		}
		// A time-limited alias address is taken too.
		if (state.timeLimitedAliases.has(address)) {
			entries.push(danger(['is_spam_alias', address]));
			continue;
		}
		if (state.aliasByAddress(address) || state.mailboxes.has(address)) {
			entries.push(danger(['is_alias_or_mailbox', address]));
			continue;
		}
		if (state.aliasCount(domain) >= d.aliases) {
			entries.push(danger(['max_alias_exceeded', d.aliases]));
			continue;
		}
		// Every flag goes through intval: "true" and an omitted active both store 0.
		const alias = state.addAlias({
			address,
			goto,
			active: intval(attr.active),
			sogoVisible: intval(attr.sogo_visible),
			internal: intval(attr.internal),
			senderAllowed: intval(attr.sender_allowed),
			publicComment: attr.public_comment === undefined ? null : str(attr.public_comment),
			privateComment: attr.private_comment === undefined ? null : str(attr.private_comment),
		});
		// The id comes back as a string here, unlike in get/alias.
		entries.push({
			type: 'success',
			log: entryLog,
			msg: ['alias_added', address, String(alias.id)],
		});
	}
	return writeAnswer(entries);
};

/**
 * *(code)* edit/alias's `$address` for a New Address other than the alias's own: rebuilt as the
 * local part (case kept) + the ASCII domain (idn_to_ascii, which lowercases it); `@` without one.
 */
function newAddress(sent: string): string {
	const at = sent.indexOf('@');
	if (at < 0) return '@';
	return `${sent.slice(0, at)}@${idnToAscii(sent.slice(at + 1)).toLowerCase()}`;
}

/**
 * *(code)* Why edit/alias refuses a New Address, in mailcow's order, or undefined: a domain the
 * caller may not manage (for the API's admin: not a domain or alias domain of this mailcow, or
 * no valid domain at all) is a bare `access_denied`; then an address FILTER_VALIDATE_EMAIL refuses
 * (a catch-all `@domain` passes); then one another alias or a mailbox has (also through an alias
 * domain); then a time-limited alias's address.
 */
function renameRefusal(
	state: MailcowState,
	alias: MailcowAlias,
	address: string,
): Entry['msg'] | undefined {
	const at = address.indexOf('@');
	const local = address.slice(0, at);
	const domain = address.slice(at + 1);
	if (!isValidDomain(domain) || !(state.domains.has(domain) || state.aliasDomains.has(domain)))
		return 'access_denied';
	if (local !== '' && !isValidEmail(address)) return ['alias_invalid', address];
	const lower = address.toLowerCase();
	const target = state.aliasDomains.get(domain)?.target_domain;
	if (
		lower !== alias.address &&
		(state.aliasByAddress(lower) ||
			state.mailboxes.has(lower) ||
			(target !== undefined && state.mailboxes.has(`${local.toLowerCase()}@${target}`)))
	)
		return ['is_alias_or_mailbox', htmlEscape(address)];
	if (state.timeLimitedAliases.has(lower)) return ['is_spam_alias', htmlEscape(address)];
	return undefined;
}

const editAlias: MailcowHandler = ({ state, payload }) => {
	const { items, attr } = payload as { items?: unknown; attr?: unknown };
	const a = (attr && typeof attr === 'object' ? attr : {}) as Record<string, unknown>;
	const entryLog = log('edit', { id: echoItems(items), ...a });
	const entries: Entry[] = [];
	// *(code)* An unknown alias is reported with the `$address` left from the alias before it in
	// the same edit (a New Address as rebuilt, else its own), or null when no known alias came
	// before.
	let address: string | null = null;
	for (const item of asItems(items)) {
		const alias = findAlias(state, item);
		if (!alias) {
			entries.push({ type: 'danger', log: entryLog, msg: ['alias_invalid', address] });
			continue;
		}
		address = isEmpty(a.address) ? alias.address : str(a.address);
		if (address !== alias.address) {
			address = newAddress(address);
			const refusal = renameRefusal(state, alias, address);
			if (refusal !== undefined) {
				entries.push({ type: 'danger', log: entryLog, msg: refusal });
				continue;
			}
		}
		// *(code)* An empty goto takes the current one, checked again like a new one. Each invalid
		// target is reported and dropped, so is the alias's own address; when no target is left,
		// nothing at all is saved, and alias_modified is still answered. So an edit without goto
		// of a discard/spam/ham alias saves nothing: null@localhost fails FILTER_VALIDATE_EMAIL.
		let goto = specialGoto(a);
		if (goto === undefined) {
			const kept: string[] = [];
			for (const target of splitList(isEmpty(a.goto) ? alias.goto : a.goto)) {
				if (!isValidEmail(target.toLowerCase()))
					entries.push({ type: 'danger', log: entryLog, msg: ['goto_invalid', target] });
				// *(code)* Compared as sent (PHP's ==): another case of the address is kept.
				else if (target === address)
					entries.push({ type: 'danger', log: entryLog, msg: 'alias_goto_identical' });
				else kept.push(target.toLowerCase());
			}
			goto = [...new Set(kept)].join(',');
		}
		// *(code)* The message names `$address` (a New Address as rebuilt), saved or not.
		const modified: Entry = {
			type: 'success',
			log: entryLog,
			msg: ['alias_modified', htmlEscape(address)],
		};
		if (goto === '') {
			entries.push(modified);
			continue;
		}
		alias.goto = goto;
		if (address !== alias.address) state.renameAlias(alias, address);
		if (a.active !== undefined) alias.active = intval(a.active);
		if (a.sogo_visible !== undefined) alias.sogoVisible = intval(a.sogo_visible);
		if (a.internal !== undefined) alias.internal = intval(a.internal);
		if (a.sender_allowed !== undefined) alias.senderAllowed = intval(a.sender_allowed);
		if (a.public_comment !== undefined) alias.publicComment = str(a.public_comment);
		if (a.private_comment !== undefined) alias.privateComment = str(a.private_comment);
		alias.modified = now();
		entries.push(modified);
	}
	return writeAnswer(entries);
};

const deleteAlias: MailcowHandler = ({ state, payload }) => {
	const entryLog = log('delete', { id: echoItems(payload) });
	const entries: Entry[] = [];
	for (const item of asItems(payload)) {
		const alias = findAlias(state, item);
		if (!alias) {
			entries.push({ type: 'danger', log: entryLog, msg: 'access_denied' });
			continue;
		}
		state.removeAlias(alias.id);
		// The address is HTML-escaped in this message (amp&x@ → amp&amp;x@).
		entries.push({
			type: 'success',
			log: entryLog,
			msg: ['alias_removed', htmlEscape(alias.address)],
		});
	}
	return writeAnswer(entries);
};

export const aliasRoutes: RouteTable = {
	get: { alias: getAlias },
	add: { alias: addAlias },
	edit: { alias: editAlias },
	delete: { alias: deleteAlias },
};
