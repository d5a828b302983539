// Transport maps: add/edit/delete/transport, get/transport/{id|all}.
import type { Entry } from '../php';
import {
	asItems,
	echoItems,
	editPayload,
	getAnswer,
	intval,
	isValidDomain,
	isValidEmail,
	record,
	splitList,
	str,
	writeAnswer,
} from '../php';
import type { MailcowState, MailcowTransport } from '../state';
import type { MailcowHandler, RouteTable } from './index';
import { passwordShort } from './relayhost';

const log = (action: string, data: unknown) => ['transport', action, data];

const view = (t: MailcowTransport) => ({
	id: t.id,
	is_mx_based: t.is_mx_based,
	destination: t.destination,
	nexthop: t.nexthop,
	username: t.username,
	password: t.password,
	active: t.active,
	password_short: passwordShort(t.password),
});

const getTransport: MailcowHandler = ({ state, rest }) => {
	const id = rest[0] ?? '';
	if (id === 'all') return getAnswer([...state.transports.values()].map(view));
	const transport = /^\d+$/.test(id) ? state.transports.get(Number(id)) : undefined;
	return getAnswer(transport && view(transport));
};

/** Domains (single labels too), ".domain", "*", addresses, and regexes when MX-based. */
function validDestination(destination: string, mxBased: boolean): boolean {
	if (destination === '*' || isValidEmail(destination)) return true;
	if (mxBased) return true;
	const domain = destination.startsWith('.') ? destination.slice(1) : destination;
	return isValidDomain(domain) || /^[a-z0-9]([a-z0-9-]*[a-z0-9])?$/i.test(domain);
}

/** A bare IP next hop is bracketed (`192.0.2.25` → `[192.0.2.25]`). */
const cleanNexthop = (nexthop: string) =>
	/^[0-9.]+$/.test(nexthop) || /^[0-9a-f:]+$/i.test(nexthop) ? `[${nexthop}]` : nexthop;

/** Saving sets the same credentials on every transport with that next hop. */
function shareCredentials(
	state: MailcowState,
	nexthop: string,
	username: string,
	password: string,
) {
	for (const t of state.transports.values()) {
		if (t.nexthop !== nexthop) continue;
		t.username = username;
		t.password = password;
	}
}

const addTransport: MailcowHandler = ({ state, payload }) => {
	const attr = record(payload);
	const entryLog = log('add', attr);
	const nexthop = cleanNexthop(str(attr.nexthop).trim());
	if (nexthop === '')
		return writeAnswer([{ type: 'danger', log: entryLog, msg: ['invalid_nexthop'] }]);
	const username = str(attr.username).trim();
	const password = str(attr.password);
	const sameHop = [...state.transports.values()].filter((t) => t.nexthop === nexthop);
	if (
		sameHop.length > 0 &&
		username !== '' &&
		sameHop.some((t) => t.username !== '' && t.username !== username)
	)
		return writeAnswer([{ type: 'danger', log: entryLog, msg: 'invalid_nexthop_authenticated' }]);
	const mxBased = intval(attr.is_mx_based);
	// With no transport yet, destinations are not validated at all.
	const validate = state.transports.size > 0;
	const entries: Entry[] = [];
	const accepted: string[] = [];
	for (const destination of splitList(attr.destination)) {
		if (validate && [...state.transports.values()].some((t) => t.destination === destination)) {
			entries.push({ type: 'danger', log: entryLog, msg: ['transport_dest_exists', destination] });
			continue;
		}
		if (validate && !validDestination(destination, mxBased === 1)) {
			entries.push({ type: 'danger', log: entryLog, msg: ['invalid_destination', destination] });
			continue;
		}
		accepted.push(destination);
	}
	if (accepted.length === 0) return writeAnswer(entries);
	for (const destination of accepted) {
		const transport: MailcowTransport = {
			id: state.nextTransportId++,
			is_mx_based: mxBased,
			destination,
			nexthop,
			username,
			password,
			active: intval(attr.active),
		};
		state.transports.set(transport.id, transport);
	}
	shareCredentials(state, nexthop, username, password);
	entries.push({ type: 'success', log: entryLog, msg: ['relayhost_added', ''] });
	return writeAnswer(entries);
};

const editTransport: MailcowHandler = ({ state, payload }) => {
	const { items, attr } = editPayload(payload);
	const entryLog = log('edit', { id: echoItems(items), ...attr });
	const entries: Entry[] = [];
	for (const id of asItems(items).map(str)) {
		const transport = /^\d+$/.test(id) ? state.transports.get(Number(id)) : undefined;
		if (!transport) {
			entries.push({ type: 'danger', log: entryLog, msg: ['relayhost_invalid', id] });
			continue;
		}
		if (attr.destination !== undefined) {
			const destination = str(attr.destination).trim();
			if (
				[...state.transports.values()].some(
					(t) => t.id !== transport.id && t.destination === destination,
				)
			) {
				entries.push({ type: 'danger', log: entryLog, msg: 'transport_dest_exists' });
				continue;
			}
			if (!validDestination(destination, transport.is_mx_based === 1)) {
				entries.push({ type: 'danger', log: entryLog, msg: ['invalid_destination', destination] });
				continue;
			}
			transport.destination = destination;
		}
		if (attr.nexthop !== undefined) transport.nexthop = cleanNexthop(str(attr.nexthop).trim());
		if (attr.username !== undefined) transport.username = str(attr.username).trim();
		if (attr.password !== undefined) transport.password = str(attr.password);
		// An empty username clears the password too.
		if (transport.username === '') transport.password = '';
		if (attr.is_mx_based !== undefined) transport.is_mx_based = intval(attr.is_mx_based);
		if (attr.active !== undefined) transport.active = intval(attr.active);
		entries.push({ type: 'success', log: entryLog, msg: ['object_modified', ''] });
	}
	return writeAnswer(entries);
};

const deleteTransport: MailcowHandler = ({ state, payload }) => {
	const entryLog = log('delete', { id: echoItems(payload) });
	return writeAnswer(
		asItems(payload)
			.map(str)
			.map((id): Entry => {
				state.transports.delete(Number(id));
				return { type: 'success', log: entryLog, msg: ['relayhost_removed', id] };
			}),
	);
};

export const transportRoutes: RouteTable = {
	get: { transport: getTransport },
	add: { transport: addTransport },
	edit: { transport: editTransport },
	delete: { transport: deleteTransport },
};
