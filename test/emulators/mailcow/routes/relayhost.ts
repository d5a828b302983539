// Sender-dependent transports: add/edit/delete/relayhost, get/relayhost/{id|all}.
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
import type { MailcowRelayhost, MailcowState } from '../state';
import type { MailcowHandler, RouteTable } from './index';

const log = (action: string, data: unknown) => ['relayhost', action, data];

/** First 3 characters and "...", as mailcow shortens transport passwords. */
export const passwordShort = (password: string) => `${password.slice(0, 3)}...`;

function view(state: MailcowState, r: MailcowRelayhost) {
	const id = String(r.id);
	return {
		id: r.id,
		hostname: r.hostname,
		username: r.username,
		password: r.password,
		active: r.active,
		password_short: passwordShort(r.password),
		used_by_domains: [...state.domains.values()]
			.filter((d) => d.relayhost === id)
			.map((d) => d.name)
			.join(','),
		used_by_mailboxes: [...state.mailboxes.values()]
			.filter((m) => m.attributes.relayhost === id)
			.map((m) => m.username)
			.join(','),
	};
}

const getRelayhost: MailcowHandler = ({ state, rest }) => {
	const id = rest[0] ?? '';
	if (id === 'all') return getAnswer([...state.relayhosts.values()].map((r) => view(state, r)));
	const relayhost = /^\d+$/.test(id) ? state.relayhosts.get(Number(id)) : undefined;
	return getAnswer(relayhost && view(state, relayhost));
};

/** A ":" in the password is escaped as "\:" twice over (stored and answered that way). */
const escapePassword = (password: string) => password.replace(/:/g, '\\\\:');

const addRelayhost: MailcowHandler = ({ state, payload }) => {
	const attr = record(payload);
	const hostname = str(attr.hostname).trim();
	if (hostname === '')
		return writeAnswer([{ type: 'danger', log: log('add', attr), msg: ['invalid_host', ''] }]);
	// No duplicate check; always stored active.
	const relayhost: MailcowRelayhost = {
		id: state.nextRelayhostId++,
		hostname,
		username: str(attr.username).replace(/:/g, '\\:'),
		password: escapePassword(str(attr.password)),
		active: 1,
	};
	state.relayhosts.set(relayhost.id, relayhost);
	return writeAnswer([{ type: 'success', log: log('add', attr), msg: ['relayhost_added', ''] }]);
};

const editRelayhost: MailcowHandler = ({ state, payload }) => {
	const { items, attr } = editPayload(payload);
	const entryLog = log('edit', { id: echoItems(items), ...attr });
	const entries: Entry[] = [];
	for (const id of asItems(items).map(str)) {
		const relayhost = /^\d+$/.test(id) ? state.relayhosts.get(Number(id)) : undefined;
		if (!relayhost) {
			entries.push({ type: 'danger', log: entryLog, msg: ['relayhost_invalid', id] });
			continue;
		}
		if (attr.hostname !== undefined) relayhost.hostname = str(attr.hostname).trim();
		if (attr.username !== undefined) relayhost.username = str(attr.username).replace(/:/g, '\\:');
		if (attr.password !== undefined) relayhost.password = escapePassword(str(attr.password));
		if (attr.active !== undefined) relayhost.active = intval(attr.active);
		entries.push({ type: 'success', log: entryLog, msg: ['object_modified', ''] });
	}
	return writeAnswer(entries);
};

/** Any id is "removed"; domains using it go back to "0", mailboxes keep the deleted id. */
const deleteRelayhost: MailcowHandler = ({ state, payload }) => {
	const entryLog = log('delete', { id: echoItems(payload) });
	return writeAnswer(
		asItems(payload)
			.map(str)
			.map((id): Entry => {
				state.relayhosts.delete(Number(id));
				for (const d of state.domains.values()) if (d.relayhost === id) d.relayhost = '0';
				return { type: 'success', log: entryLog, msg: ['relayhost_removed', id] };
			}),
	);
};

export const relayhostRoutes: RouteTable = {
	get: { relayhost: getRelayhost },
	add: { relayhost: addRelayhost },
	edit: { relayhost: editRelayhost },
	delete: { relayhost: deleteRelayhost },
};
