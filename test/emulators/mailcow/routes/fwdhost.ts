// Forwarding hosts: add/edit/delete/fwdhost, get/fwdhost/{host|all}.
import type { Entry } from '../php';
import {
	asItems,
	echoItems,
	editPayload,
	getAnswer,
	intval,
	record,
	str,
	writeAnswer,
} from '../php';
import type { MailcowHandler, RouteTable } from './index';

const log = (action: string, data: unknown) => ['fwdhost', action, data];

/**
 * Hex digits, ":" and "/" are taken as IPv6, digits, "." and "/" as IPv4 (neither is checked
 * further: "999.1/77" passes). Other names are resolved through SPF, MX and A records; the
 * emulator has no DNS, like the recorder, so they resolve to nothing.
 */
function resolve(hostname: string): string[] {
	if (/^[0-9a-f:/]+$/i.test(hostname) && hostname.includes(':')) return [hostname];
	if (/^[0-9./]+$/.test(hostname)) return [hostname];
	return [];
}

const getFwdhost: MailcowHandler = ({ state, rest }) => {
	const id = rest[0] ?? '';
	if (id === 'all') return getAnswer([...state.forwardingHosts.values()].map((h) => ({ ...h })));
	const host = state.forwardingHosts.get(id);
	return getAnswer(host && { ...host });
};

const addFwdhost: MailcowHandler = ({ state, payload }) => {
	const attr = record(payload);
	const hostname = str(attr.hostname).trim();
	const hosts = hostname === '' ? [] : resolve(hostname);
	const entryLog = log('add', attr);
	if (hosts.length === 0)
		return writeAnswer([{ type: 'danger', log: entryLog, msg: ['invalid_host', hostname] }]);
	// filter_spam 1 means "filter spam", stored as keep_spam "no"; an existing host is overwritten.
	const keep_spam = intval(attr.filter_spam) === 1 ? 'no' : 'yes';
	for (const host of hosts) state.forwardingHosts.set(host, { host, source: hostname, keep_spam });
	return writeAnswer([
		{ type: 'success', log: entryLog, msg: ['forwarding_host_added', hosts.join(', ')] },
	]);
};

const editFwdhost: MailcowHandler = ({ state, payload }) => {
	const { items, attr } = editPayload(payload);
	const entryLog = log('edit', { fwdhost: echoItems(items), ...attr });
	const entries: Entry[] = [];
	for (const item of asItems(items).map(str)) {
		const host = state.forwardingHosts.get(item);
		if (!host) {
			entries.push({ type: 'danger', log: entryLog, msg: 'access_denied' });
			continue;
		}
		if (attr.keep_spam !== undefined) host.keep_spam = intval(attr.keep_spam) === 1 ? 'yes' : 'no';
		entries.push({ type: 'success', log: entryLog, msg: ['object_modified', item] });
	}
	return writeAnswer(entries);
};

const deleteFwdhost: MailcowHandler = ({ state, payload }) => {
	const entryLog = log('delete', { forwardinghost: echoItems(payload) });
	// No existence check: any value is "removed".
	return writeAnswer(
		asItems(payload)
			.map(str)
			.map((item) => {
				state.forwardingHosts.delete(item);
				return { type: 'success', log: entryLog, msg: ['forwarding_host_removed', item] };
			}),
	);
};

export const fwdhostRoutes: RouteTable = {
	get: { fwdhost: getFwdhost },
	add: { fwdhost: addFwdhost },
	edit: { fwdhost: editFwdhost },
	delete: { fwdhost: deleteFwdhost },
};
