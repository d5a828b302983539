// Spam filter white/blacklists of domains and mailboxes: add/delete/domain-policy,
// add/delete/mailbox-policy, get/policy_{wl,bl}_{domain,mailbox}/{object}.
import type { Entry } from '../php';
import { asItems, echoItems, getAnswer, isValidDomain, record, str, writeAnswer } from '../php';
import type { MailcowPolicyEntry, MailcowState } from '../state';
import type { MailcowHandler, RouteTable } from './index';

type Kind = 'domain' | 'mailbox';
const log = (action: string, kind: Kind, data: unknown) => ['policy', action, kind, data];

/** The domain a policy object belongs to. */
const domainOf = (object: string) => object.slice(object.lastIndexOf('@') + 1);

function addPolicy(kind: Kind): MailcowHandler {
	return ({ state, payload }) => {
		const attr = record(payload);
		const entry = (type: Entry['type'], msg: Entry['msg']) =>
			writeAnswer([{ type, log: log('add', kind, attr), msg }]);
		const value = str(attr.object_from).trim().toLowerCase();
		if (value === '' || !/^[a-z0-9@_.*-]+$/.test(value))
			return entry('danger', 'policy_list_from_invalid');
		const object = str(kind === 'domain' ? attr.domain : attr.username).toLowerCase();
		const known =
			kind === 'domain'
				? isValidDomain(object) && state.domains.has(object)
				: state.mailboxes.has(object);
		const list = attr.object_list;
		// An invalid list name is refused like an unknown object.
		if (!known || (list !== 'wl' && list !== 'bl')) return entry('danger', 'access_denied');
		// The same value on either list of the object is a duplicate.
		if ([...state.policies.values()].some((p) => p.object === object && p.value === value))
			return entry('danger', 'policy_list_from_exists');
		addPolicyEntry(state, { object, list, value });
		return entry('success', [kind === 'domain' ? 'domain_modified' : 'mailbox_modified', object]);
	};
}

/** Stores a list entry (also the seeding helper of tests and the demo). */
export function addPolicyEntry(
	state: MailcowState,
	seed: Omit<MailcowPolicyEntry, 'prefid'>,
): MailcowPolicyEntry {
	const entry = { ...seed, prefid: state.nextPolicyId++ };
	state.policies.set(entry.prefid, entry);
	return entry;
}

/** A domain's lists include its mailboxes' entries; a mailbox's include its domain's. */
function getPolicy(list: 'wl' | 'bl', kind: Kind): MailcowHandler {
	return ({ state, rest }) => {
		const object = (rest[0] ?? '').toLowerCase();
		const known = kind === 'domain' ? state.domains.has(object) : state.mailboxes.has(object);
		if (!known) return getAnswer(undefined);
		const domain = domainOf(object);
		const entries = [...state.policies.values()]
			.filter((p) => p.list === list)
			.filter((p) =>
				kind === 'domain'
					? domainOf(p.object) === domain
					: p.object === object || p.object === domain,
			)
			.sort((a, b) => a.prefid - b.prefid);
		return getAnswer(entries.map((p) => ({ object: p.object, value: p.value, prefid: p.prefid })));
	};
}

/** Each route deletes only its own kind of entry. */
function deletePolicy(kind: Kind): MailcowHandler {
	return ({ state, payload }) => {
		const entryLog = log('delete', kind, { prefid: echoItems(payload) });
		const ids = asItems(payload).map(str);
		const entries: Entry[] = [];
		for (const id of ids) {
			const entry = /^\d+$/.test(id) ? state.policies.get(Number(id)) : undefined;
			const isDomainEntry = entry !== undefined && !entry.object.includes('@');
			if (!entry || isDomainEntry !== (kind === 'domain')) {
				entries.push({ type: 'danger', log: entryLog, msg: 'access_denied' });
				continue;
			}
			state.policies.delete(entry.prefid);
			entries.push({
				type: 'success',
				log: entryLog,
				msg: kind === 'domain' ? ['item_deleted', id] : ['items_deleted', ids.join(', ')],
			});
		}
		return writeAnswer(entries);
	};
}

export const policyRoutes: RouteTable = {
	get: {
		policy_wl_domain: getPolicy('wl', 'domain'),
		policy_bl_domain: getPolicy('bl', 'domain'),
		policy_wl_mailbox: getPolicy('wl', 'mailbox'),
		policy_bl_mailbox: getPolicy('bl', 'mailbox'),
	},
	add: { 'domain-policy': addPolicy('domain'), 'mailbox-policy': addPolicy('mailbox') },
	delete: { 'domain-policy': deletePolicy('domain'), 'mailbox-policy': deletePolicy('mailbox') },
};
