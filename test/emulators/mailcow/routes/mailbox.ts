// Mailbox writes: add/edit/delete/mailbox and delete/mailbox/tag/{u} (reads in ./mailboxGet).
import type { Entry, Msg } from '../php';
import {
	asItems,
	echoItems,
	genericError,
	intval,
	idnToAscii,
	isValidDomain,
	isValidEmail,
	masked,
	now,
	phpJson,
	str,
	writeAnswer,
} from '../php';
import type { MailcowMailbox, MailcowState } from '../state';
import type { MailcowHandler, RouteTable } from './index';
import { getMailbox } from './mailboxGet';
import { passwordProblem } from './password';
import { checkThenInsertGap, duplicateKey } from './race';
import { duplicateTagAnswer } from './tags';

const log = (action: string, data: unknown, type = 'mailbox') => [
	'mailbox',
	action,
	type,
	data,
	null,
];

/** Attributes stored as strings; flags go through intval like mailcow's. */
const FLAG_ATTRIBUTES = [
	'force_pw_update',
	'force_tfa',
	'tls_enforce_in',
	'tls_enforce_out',
	'sogo_access',
	'imap_access',
	'pop3_access',
	'smtp_access',
	'sieve_access',
	'eas_access',
	'dav_access',
];
const TEXT_ATTRIBUTES = ['quarantine_notification', 'quarantine_category', 'relayhost'];

function applyAttributes(mailbox: MailcowMailbox, attr: Record<string, unknown>) {
	for (const key of FLAG_ATTRIBUTES)
		if (attr[key] !== undefined) mailbox.attributes[key] = String(intval(attr[key]));
	for (const key of TEXT_ATTRIBUTES)
		if (attr[key] !== undefined) mailbox.attributes[key] = str(attr[key]);
}

function addCheck(state: MailcowState, attr: Record<string, unknown>): Msg | Entry {
	const localPart = str(attr.local_part).trim().toLowerCase();
	if (localPart === '') return 'mailbox_invalid';
	// add/mailbox converts a Unicode domain (idn_to_ascii); the answer names the punycode form.
	const domainName = idnToAscii(str(attr.domain).trim().toLowerCase());
	if (!isValidDomain(domainName)) return 'domain_invalid';
	const domain = state.domains.get(domainName);
	// mailcow answers a domain it does not host with access_denied, not domain_not_found.
	if (!domain) return 'access_denied';
	const username = `${localPart}@${domainName}`;
	if (!isValidEmail(username)) return 'mailbox_invalid';
	if (state.mailboxes.has(username)) return ['object_exists', username];
	if (state.aliasByAddress(username)) return ['is_alias', username];
	const password = passwordProblem(state, attr.password, attr.password2);
	if (password) return password;
	const count = state.mailboxCount(domainName);
	if (count >= domain.mailboxes) return ['max_mailbox_exceeded', count, domain.mailboxes];
	const quota = intval(attr.quota);
	if (quota > domain.maxquota) return ['mailbox_quota_exceeded', domain.maxquota];
	const left = domain.quota - state.quotaUsed(domainName);
	if (quota > left) return ['mailbox_quota_left_exceeded', left];
	return ['ok', username];
}

const addMailbox: MailcowHandler = async ({ state, payload, session }) => {
	const attr = (payload && typeof payload === 'object' ? payload : {}) as Record<string, unknown>;
	const entryLog = log('add', phpJson(masked(attr)));
	const check = addCheck(state, attr);
	if (!Array.isArray(check)) {
		return writeAnswer([
			typeof check === 'object' ? check : { type: 'danger', log: entryLog, msg: check },
		]);
	}
	if (check[0] !== 'ok') return writeAnswer([{ type: 'danger', log: entryLog, msg: check }]);
	const username = check[1] as string;
	// mailcow checks limits and duplicates, then inserts: not atomic. Requests handled by other
	// PHP workers meanwhile pass the same checks (the recorded overshoot: 4 mailboxes of 3).
	await checkThenInsertGap();
	// The primary key catches a duplicate that slipped through: PDO's error goes to the session,
	// the answer is an empty body.
	if (state.mailboxes.has(username)) return duplicateKey(session, entryLog, username);
	// Omitting quota gives 0 (unlimited), not the domain's default quota.
	const mailbox = state.addMailbox({
		username,
		password: str(attr.password),
		name: str(attr.name),
		quota: intval(attr.quota),
		active: attr.active === undefined ? 1 : intval(attr.active),
		tags: asItems(attr.tags).map(str).filter(Boolean),
	});
	applyAttributes(mailbox, attr);
	const rlValue = attr.rl_value === undefined ? '' : str(attr.rl_value);
	const rlFrame = attr.rl_frame === undefined ? 's' : str(attr.rl_frame);
	if (rlValue !== '') mailbox.rl = { value: String(intval(rlValue)), frame: rlFrame };
	return writeAnswer([
		{
			type: 'success',
			log: [
				'ratelimit',
				'edit',
				'mailbox',
				{ object: username, rl_frame: rlFrame, rl_value: rlValue },
			],
			msg: ['rl_saved', username],
		},
		{ type: 'success', log: entryLog, msg: ['mailbox_added', username] },
	]);
};

/** Validates sender_acl entries; invalid ones become danger entries, valid ones replace the list. */
function senderAcl(
	state: MailcowState,
	value: unknown,
	entries: Entry[],
	entryLog: unknown[],
): string[] {
	const valid: string[] = [];
	for (const entry of asItems(value)
		.map((v) => str(v).trim().toLowerCase())
		.filter(Boolean)) {
		const domain = entry.startsWith('@') ? entry.slice(1) : entry.slice(entry.lastIndexOf('@') + 1);
		const ok =
			entry === '*' ||
			((entry.startsWith('@') || isValidEmail(entry)) && state.domains.has(domain));
		if (ok) valid.push(entry);
		else entries.push({ type: 'danger', log: entryLog, msg: ['sender_acl_invalid', entry] });
	}
	return valid;
}

const editMailbox: MailcowHandler = (context) => {
	const { state } = context;
	const { items, attr } = context.payload as { items?: unknown; attr?: unknown };
	const a = (attr && typeof attr === 'object' ? attr : {}) as Record<string, unknown>;
	const entryLog = log('edit', { username: echoItems(items), ...(masked(a) as object) });
	const entries: Entry[] = [];
	for (const item of asItems(items)) {
		const username = str(item).toLowerCase();
		if (!isValidEmail(username)) {
			entries.push({ type: 'danger', log: entryLog, msg: ['username_invalid', str(item)] });
			continue;
		}
		const mailbox = state.mailboxes.get(username);
		if (!mailbox) {
			entries.push({ type: 'danger', log: entryLog, msg: 'access_denied' });
			continue;
		}
		if (a.password !== undefined || a.password2 !== undefined) {
			// A bad password stops the whole edit: nothing else in the request is saved.
			const problem = passwordProblem(state, a.password, a.password2);
			if (problem) return writeAnswer([...entries, problem]);
		}
		const domain = state.domains.get(mailbox.domain);
		if (a.quota !== undefined && domain) {
			const quota = intval(a.quota);
			const left = domain.quota - state.quotaUsed(mailbox.domain, username);
			if (quota > left) {
				entries.push({ type: 'danger', log: entryLog, msg: ['mailbox_quota_left_exceeded', left] });
				continue;
			}
			if (quota > domain.maxquota) {
				entries.push({
					type: 'danger',
					log: entryLog,
					msg: ['mailbox_quota_exceeded', domain.maxquota],
				});
				continue;
			}
			mailbox.quota = quota;
		}
		if (a.sender_acl !== undefined)
			mailbox.senderAcl = senderAcl(state, a.sender_acl, entries, entryLog);
		if (a.name !== undefined) mailbox.name = str(a.name);
		if (a.active !== undefined) mailbox.active = intval(a.active);
		if (a.password !== undefined) state.setMailboxPassword(mailbox, str(a.password));
		applyAttributes(mailbox, a);
		if (!('recovery_email' in mailbox.attributes)) mailbox.attributes.recovery_email = null;
		mailbox.modified = now();
		for (const tag of asItems(a.tags).map(str).filter(Boolean)) {
			if (mailbox.tags.has(tag)) {
				duplicateTagAnswer(context, `${tag}-${username}`);
				return { status: 200, body: '' };
			}
			mailbox.tags.add(tag);
		}
		entries.push({ type: 'success', log: entryLog, msg: ['mailbox_modified', username] });
	}
	return writeAnswer(entries);
};

const deleteMailbox: MailcowHandler = ({ state, payload, rest }) => {
	if (rest[0] === 'tag') {
		const username = rest[1] === undefined ? null : rest[1].toLowerCase();
		// An object body is echoed as sent: accepted, and removes nothing.
		const tags = Array.isArray(payload) ? payload.map(str) : payload;
		const entryLog = log('delete', { tags, username }, 'tags_mailbox');
		const danger = (msg: string) => writeAnswer([{ type: 'danger', log: entryLog, msg }]);
		if (username === null || !isValidEmail(username)) return danger('email invalid');
		if (Array.isArray(tags) && tags.length === 0) return genericError('delete');
		const mailbox = state.mailboxes.get(username);
		if (!mailbox) return danger('access_denied');
		// Tags the mailbox does not have are "removed" too.
		if (Array.isArray(tags)) for (const tag of tags) mailbox.tags.delete(tag);
		return writeAnswer([{ type: 'success', log: entryLog, msg: ['mailbox_modified', username] }]);
	}
	const entryLog = log('delete', { username: echoItems(payload) });
	const entries: Entry[] = [];
	for (const item of asItems(payload)) {
		const username = typeof item === 'string' ? item.toLowerCase() : '';
		if (!isValidEmail(username) || !state.mailboxes.has(username)) {
			entries.push({ type: 'danger', log: entryLog, msg: 'access_denied' });
			continue;
		}
		state.removeMailbox(username);
		entries.push({ type: 'success', log: entryLog, msg: ['mailbox_removed', username] });
	}
	return writeAnswer(entries);
};

export const mailboxRoutes: RouteTable = {
	get: { mailbox: getMailbox },
	add: { mailbox: addMailbox },
	edit: { mailbox: editMailbox },
	delete: { mailbox: deleteMailbox },
};
