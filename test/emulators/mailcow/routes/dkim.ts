// DKIM: add/dkim, add/dkim_duplicate, delete/dkim, get/dkim/{d}. Keys live in redis in mailcow,
// so they are not tied to a domain's existence.
import type { Entry } from '../php';
import {
	asItems,
	echoItems,
	getAnswer,
	intval,
	isValidDomain,
	splitList,
	str,
	writeAnswer,
} from '../php';
import type { MailcowHandler, RouteTable } from './index';

const SELECTOR = /^[A-Za-z0-9_.-]+$/;

const getDkim: MailcowHandler = ({ state, rest }) => {
	const key = state.dkim.get((rest[0] ?? '').toLowerCase());
	if (!key) return getAnswer(undefined);
	return getAnswer({
		pubkey: key.pubkey,
		length: String(key.length),
		dkim_txt: `v=DKIM1;k=rsa;t=s;s=email;p=${key.pubkey}`,
		dkim_selector: key.selector,
		privkey: '',
	});
};

const addDkim: MailcowHandler = ({ state, payload }) => {
	const attr = (payload && typeof payload === 'object' ? payload : {}) as Record<string, unknown>;
	const log = ['dkim', 'add', attr];
	const selector = attr.dkim_selector === undefined ? 'dkim' : str(attr.dkim_selector);
	const keySize = attr.key_size === undefined ? 2048 : intval(attr.key_size);
	const entries: Entry[] = [];
	// Only `domains` is read; a request with `domain` produces no entry at all ("Task completed").
	for (const domain of splitList(attr.domains).map((d) => d.toLowerCase())) {
		if (!isValidDomain(domain) || !SELECTOR.test(selector) || state.dkim.has(domain)) {
			entries.push({ type: 'danger', log, msg: ['dkim_domain_or_sel_invalid', domain] });
		} else if (!state.domains.has(domain)) {
			entries.push({ type: 'danger', log, msg: ['access_denied', domain] });
		} else {
			state.addDkim(domain, selector, keySize);
			entries.push({ type: 'success', log, msg: ['dkim_added', domain] });
		}
	}
	return writeAnswer(entries);
};

const duplicateDkim: MailcowHandler = ({ state, payload }) => {
	const attr = (payload && typeof payload === 'object' ? payload : {}) as Record<string, unknown>;
	const log = ['dkim', 'duplicate', attr];
	const from = str(attr.from_domain).toLowerCase();
	const source = state.dkim.get(from);
	if (!source)
		return writeAnswer([{ type: 'danger', log, msg: ['dkim_domain_or_sel_invalid', from] }]);
	const entries: Entry[] = [];
	for (const target of asItems(attr.to_domain).map((t) => str(t).toLowerCase())) {
		if (!isValidDomain(target)) {
			entries.push({ type: 'danger', log, msg: ['dkim_domain_or_sel_invalid', target] });
			continue;
		}
		// The target need not be a mailcow domain, and an existing key is overwritten silently.
		state.dkim.set(target, { ...source });
		entries.push({ type: 'success', log, msg: ['dkim_duplicated', from, target] });
	}
	return writeAnswer(entries);
};

const deleteDkim: MailcowHandler = ({ state, payload }) => {
	const log = ['dkim', 'delete', { domains: echoItems(payload) }];
	const entries: Entry[] = [];
	for (const item of asItems(payload)) {
		const domain = str(item).toLowerCase();
		if (!isValidDomain(domain)) {
			entries.push({ type: 'danger', log, msg: ['dkim_domain_or_sel_invalid', str(item)] });
			continue;
		}
		// Removing a key that does not exist is a success too.
		state.dkim.delete(domain);
		entries.push({ type: 'success', log, msg: ['dkim_removed', domain] });
	}
	return writeAnswer(entries);
};

export const dkimRoutes: RouteTable = {
	get: { dkim: getDkim },
	add: { dkim: addDkim, dkim_duplicate: duplicateDkim },
	delete: { dkim: deleteDkim },
};
