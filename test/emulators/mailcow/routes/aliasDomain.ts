// Alias domains: add/edit/delete/alias-domain, get/alias-domain/{d|all}.
import type { Entry } from '../php';
import {
	asItems,
	caughtException,
	echoItems,
	editPayload,
	getAnswer,
	intval,
	isValidDomain,
	now,
	record,
	splitList,
	str,
	writeAnswer,
} from '../php';
import type { MailcowAliasDomain, MailcowState } from '../state';
import type { MailcowHandler, RouteTable } from './index';

const log = (action: string, data: unknown) => ['mailbox', action, 'alias_domain', data, null];

function view(state: MailcowState, a: MailcowAliasDomain) {
	return {
		alias_domain: a.alias_domain,
		parent_is_backupmx: state.domains.get(a.target_domain)?.backupmx ?? 0,
		target_domain: a.target_domain,
		active: a.active,
		active_int: a.active,
		rl: a.rl ? { ...a.rl } : false,
		created: a.created,
		modified: a.modified,
	};
}

const getAliasDomain: MailcowHandler = ({ state, rest }) => {
	const id = (rest[0] ?? '').toLowerCase();
	if (id === 'all') {
		// Read through the target_domain index: ordered by target, then name.
		const list = [...state.aliasDomains.values()].sort((a, b) =>
			a.target_domain === b.target_domain
				? a.alias_domain < b.alias_domain
					? -1
					: 1
				: a.target_domain < b.target_domain
					? -1
					: 1,
		);
		return getAnswer(list.map((a) => view(state, a)));
	}
	const alias = state.aliasDomains.get(id);
	return getAnswer(alias && view(state, alias));
};

/** The PHP error of the alias_domain_invalid message for an invalid name (a bare constant). */
const UNDEFINED_CONSTANT =
	'An unknown error occured: Error Object\n(\n    [message:protected] => Undefined constant "alias_domain"\n    [string:Error:private] => \n    [code:protected] => 0\n    [file:protected] => /web/inc/functions.mailbox.inc.php\n    [line:protected] => 944\n    [trace:Error:private] => Array\n        (\n            [0] => Array\n                (\n                    [file] => /web/json_api.php\n                    [line] => 287\n                    [function] => mailbox\n                )\n\n        )\n\n    [previous:Error:private] => \n)\n';

const addAliasDomain: MailcowHandler = ({ state, payload, session }) => {
	const attr = record(payload);
	const danger = (msg: Entry['msg']) =>
		writeAnswer([{ type: 'danger', log: log('add', attr), msg }]);
	const target = str(attr.target_domain).trim().toLowerCase();
	if (!isValidDomain(target)) return danger('target_domain_invalid');
	if (state.aliasDomains.has(target)) return danger(['targetd_not_found', target]);
	const targetDomain = state.domains.get(target);
	if (!targetDomain) return danger('access_denied');
	if (targetDomain.backupmx === 1) return danger(['targetd_relay_domain', target]);
	const entries: Entry[] = [];
	for (const name of splitList(attr.alias_domain).map((n) => n.toLowerCase())) {
		if (name === target) {
			entries.push({
				type: 'danger',
				log: log('add', attr),
				msg: ['aliasd_targetd_identical', target],
			});
			continue;
		}
		// The message for an invalid name names a bare constant: a PHP error, nothing added.
		if (!isValidDomain(name)) return caughtException(session, UNDEFINED_CONSTANT);
		if (state.aliasDomains.has(name) || state.domains.has(name)) {
			entries.push({ type: 'danger', log: log('add', attr), msg: ['alias_domain_invalid', name] });
			continue;
		}
		const alias: MailcowAliasDomain = {
			alias_domain: name,
			target_domain: target,
			active: intval(attr.active),
			rl: false,
			created: now(),
			modified: null,
		};
		state.aliasDomains.set(name, alias);
		if (attr.rl_value !== undefined && intval(attr.rl_value) > 0) {
			alias.rl = { value: String(intval(attr.rl_value)), frame: str(attr.rl_frame) };
			entries.push({
				type: 'success',
				log: [
					'ratelimit',
					'edit',
					'domain',
					{ rl_value: attr.rl_value, rl_frame: attr.rl_frame, object: name },
				],
				msg: ['rl_saved', name],
			});
		}
		if (attr.key_size !== undefined && attr.dkim_selector !== undefined) {
			state.addDkim(name, str(attr.dkim_selector), intval(attr.key_size));
			entries.push({
				type: 'success',
				log: [
					'dkim',
					'add',
					{ key_size: attr.key_size, dkim_selector: attr.dkim_selector, domains: name },
				],
				msg: ['dkim_added', name],
			});
		}
		entries.push({ type: 'success', log: log('add', attr), msg: ['aliasd_added', name] });
	}
	return writeAnswer(entries);
};

const editAliasDomain: MailcowHandler = ({ state, payload }) => {
	const { items, attr } = editPayload(payload);
	const entryLog = log('edit', { alias_domain: echoItems(items), ...attr });
	const entries: Entry[] = [];
	for (const item of asItems(items).map((i) => str(i).toLowerCase())) {
		const alias = state.aliasDomains.get(item);
		if (!alias) {
			entries.push({ type: 'danger', log: entryLog, msg: ['alias_domain_invalid', item] });
			continue;
		}
		if (attr.target_domain !== undefined) {
			const target = str(attr.target_domain).toLowerCase();
			if (!isValidDomain(target) || state.aliasDomains.has(target)) {
				entries.push({
					type: 'danger',
					log: entryLog,
					msg: ['target_domain_invalid', str(attr.target_domain)],
				});
				continue;
			}
			if (!state.domains.has(target)) {
				entries.push({ type: 'danger', log: entryLog, msg: 'access_denied' });
				continue;
			}
			alias.target_domain = target;
		}
		if (attr.active !== undefined) alias.active = intval(attr.active);
		alias.modified = now();
		entries.push({ type: 'success', log: entryLog, msg: ['aliasd_modified', item] });
	}
	return writeAnswer(entries);
};

/** Deletes the alias domain and its aliases; its rate limit and DKIM key are left behind. */
const deleteAliasDomain: MailcowHandler = ({ state, payload }) => {
	const entryLog = log('delete', { alias_domain: echoItems(payload) });
	const entries: Entry[] = [];
	for (const item of asItems(payload).map((i) => str(i).toLowerCase())) {
		if (!isValidDomain(item)) {
			entries.push({ type: 'danger', log: entryLog, msg: 'domain_invalid' });
			continue;
		}
		if (!state.aliasDomains.delete(item)) {
			entries.push({ type: 'danger', log: entryLog, msg: 'access_denied' });
			continue;
		}
		for (const alias of state.aliasesIn(item)) state.removeAlias(alias.id);
		entries.push({ type: 'success', log: entryLog, msg: ['alias_domain_removed', item] });
	}
	return writeAnswer(entries);
};

export const aliasDomainRoutes: RouteTable = {
	get: { 'alias-domain': getAliasDomain },
	add: { 'alias-domain': addAliasDomain },
	edit: { 'alias-domain': editAliasDomain },
	delete: { 'alias-domain': deleteAliasDomain },
};
