// Time-limited aliases: add/edit/delete/time_limited_alias, get/time_limited_aliases/{mailbox}.
import { randomInt } from 'node:crypto';
import type { Entry } from '../php';
import {
	asItems,
	echoItems,
	editPayload,
	getAnswer,
	intval,
	now,
	record,
	str,
	unixNow,
	writeAnswer,
} from '../php';
import type { MailcowState, MailcowTimeLimitedAlias } from '../state';
import type { MailcowHandler, RouteTable } from './index';

const log = (action: string, data: unknown) => [
	'mailbox',
	action,
	'time_limited_alias',
	data,
	null,
];
const HOUR = 3600;

/** Pronounceable random words, like mailcow's (`bubago.cusegusu`). */
function randomAddress(domain: string): string {
	const word = () =>
		Array.from(
			{ length: 2 + randomInt(3) },
			() => 'bcdfghjklmnprstvwz'[randomInt(18)] + 'aeiou'[randomInt(5)],
		).join('');
	return `${word()}.${word()}@${domain}`;
}

/** PHP's FILTER_VALIDATE_BOOLEAN: true, "yes", "on", "1", 1. */
const truthy = (value: unknown) =>
	value === true || value === 1 || ['1', 'true', 'yes', 'on'].includes(str(value).toLowerCase());

const view = (t: MailcowTimeLimitedAlias) => ({
	address: t.address,
	goto: t.goto,
	description: t.description,
	validity: t.validity,
	created: t.created,
	modified: t.modified,
	permanent: t.permanent,
});

/** Only unexpired or permanent ones; ordered by address. */
const getTimeLimited: MailcowHandler = ({ state, rest }) => {
	const mailbox = (rest[0] ?? '').toLowerCase();
	const time = unixNow();
	const list = [...state.timeLimitedAliases.values()]
		.filter((t) => t.goto === mailbox && (t.permanent === 1 || t.validity > time))
		.sort((a, b) => (a.address < b.address ? -1 : 1));
	return getAnswer(list.map(view));
};

/** Stores a time-limited alias (also the seeding helper of tests and the demo). */
export function addTimeLimitedAlias(
	state: MailcowState,
	seed: { goto: string; description?: string; validityHours?: number; permanent?: boolean },
): MailcowTimeLimitedAlias {
	const domain = seed.goto.slice(seed.goto.lastIndexOf('@') + 1);
	const alias: MailcowTimeLimitedAlias = {
		address: state.nextTimeLimitedAddresses.shift() ?? randomAddress(domain),
		goto: seed.goto,
		description: seed.description ?? '',
		validity: unixNow() + (seed.validityHours ?? 8760) * HOUR,
		permanent: seed.permanent ? 1 : 0,
		created: now(),
		modified: null,
	};
	state.timeLimitedAliases.set(alias.address, alias);
	return alias;
}

/** The generated address is not returned; read it with get. */
const addRoute: MailcowHandler = ({ state, payload }) => {
	const attr = record(payload);
	const entry = (type: Entry['type'], msg: Entry['msg']) =>
		writeAnswer([{ type, log: log('add', attr), msg }]);
	if (attr.username === undefined) return entry('danger', 'domain_invalid');
	const username = str(attr.username).toLowerCase();
	const mailbox = state.mailboxes.get(username);
	if (!mailbox) return entry('danger', 'access_denied');
	const validity = attr.validity === undefined ? '8760' : str(attr.validity);
	if (!/^\d+$/.test(validity) || +validity < 1 || +validity > 87600)
		return entry('danger', 'validity_missing');
	// The domain must be the mailbox's own or one of its alias domains.
	const domain = str(attr.domain).toLowerCase();
	const aliasDomain = state.aliasDomains.get(domain);
	if (domain !== mailbox.domain && aliasDomain?.target_domain !== mailbox.domain)
		return entry('danger', 'domain_invalid');
	addTimeLimitedAlias(state, {
		goto: username,
		description: str(attr.description),
		validityHours: Number(validity),
		permanent: truthy(attr.permanent),
	});
	return entry('success', ['mailbox_modified', username]);
};

/** permanent:true sets validity 0; validity N sets now + N hours and permanent 0 (negative expires it). */
const editRoute: MailcowHandler = ({ state, payload }) => {
	const { items, attr } = editPayload(payload);
	if (attr.validity === undefined && attr.permanent === undefined) return writeAnswer([]);
	const entryLog = log('edit', { address: echoItems(items), ...attr });
	const entries: Entry[] = [];
	for (const address of asItems(items).map(str)) {
		const alias = state.timeLimitedAliases.get(address.toLowerCase());
		if (!alias) {
			entries.push({ type: 'danger', log: entryLog, msg: 'access_denied' });
			continue;
		}
		if (attr.permanent !== undefined && truthy(attr.permanent)) {
			alias.permanent = 1;
			alias.validity = 0;
		} else if (attr.validity !== undefined) {
			alias.permanent = 0;
			alias.validity = unixNow() + intval(attr.validity) * HOUR;
		}
		alias.modified = now();
		entries.push({ type: 'success', log: entryLog, msg: ['mailbox_modified', ''] });
	}
	return writeAnswer(entries);
};

/** Expired ones are deleted too. */
const deleteRoute: MailcowHandler = ({ state, payload }) => {
	const entryLog = log('delete', { address: echoItems(payload) });
	const entries: Entry[] = [];
	for (const address of asItems(payload).map(str)) {
		const alias = state.timeLimitedAliases.get(address.toLowerCase());
		if (!alias) {
			entries.push({ type: 'danger', log: entryLog, msg: 'access_denied' });
			continue;
		}
		state.timeLimitedAliases.delete(alias.address);
		entries.push({ type: 'success', log: entryLog, msg: ['mailbox_modified', alias.goto] });
	}
	return writeAnswer(entries);
};

export const timeLimitedAliasRoutes: RouteTable = {
	get: { time_limited_aliases: getTimeLimited },
	add: { time_limited_alias: addRoute },
	edit: { time_limited_alias: editRoute },
	delete: { time_limited_alias: deleteRoute },
};
