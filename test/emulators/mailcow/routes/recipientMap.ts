// Recipient maps: add/edit/delete/recipient_map, get/recipient_map/{id|all}.
import type { Entry } from '../php';
import {
	asItems,
	echoItems,
	editPayload,
	getAnswer,
	intval,
	isValidDomain,
	isValidEmail,
	now,
	record,
	str,
	writeAnswer,
	deleteNumericIds,
} from '../php';
import type { MailcowRecipientMap } from '../state';
import type { MailcowHandler, RouteTable } from './index';

const log = (action: string, data: unknown) => ['recipient_map', action, data, null];

/** An address, or a domain with or without "@" (stored as "@domain"); lowercased and trimmed. */
function mapValue(value: unknown): string | undefined {
	const text = str(value).trim().toLowerCase();
	if (isValidEmail(text)) return text;
	const domain = text.startsWith('@') ? text.slice(1) : text;
	return isValidDomain(domain) ? `@${domain}` : undefined;
}

const view = (m: MailcowRecipientMap) => ({
	id: m.id,
	recipient_map_old: m.recipient_map_old,
	recipient_map_new: m.recipient_map_new,
	active: m.active,
	created: m.created,
	modified: m.modified,
});

const getRecipientMap: MailcowHandler = ({ state, rest }) => {
	const id = rest[0] ?? '';
	if (id === 'all') {
		const list = [...state.recipientMaps.values()].sort((a, b) =>
			a.recipient_map_old < b.recipient_map_old ? -1 : 1,
		);
		return getAnswer(list.map(view));
	}
	const map = /^\d+$/.test(id) ? state.recipientMaps.get(Number(id)) : undefined;
	return getAnswer(map && { 0: null, ...view(map) });
};

/** Stores a recipient map (also the seeding helper of tests and the demo). */
export function addRecipientMap(
	state: import('../state').MailcowState,
	seed: { old: string; new: string; active?: number },
): MailcowRecipientMap {
	const map: MailcowRecipientMap = {
		id: state.nextRecipientMapId++,
		recipient_map_old: seed.old,
		recipient_map_new: seed.new,
		active: seed.active ?? 1,
		created: now(),
		modified: null,
	};
	state.recipientMaps.set(map.id, map);
	return map;
}

const addMap: MailcowHandler = ({ state, payload }) => {
	const attr = record(payload);
	const entry = (type: Entry['type'], msg: Entry['msg']) =>
		writeAnswer([{ type, log: log('add', attr), msg }]);
	const oldValue = mapValue(attr.recipient_map_old);
	if (oldValue === undefined)
		return entry('danger', ['invalid_recipient_map_old', str(attr.recipient_map_old)]);
	const newValue = mapValue(attr.recipient_map_new);
	if (newValue === undefined)
		return entry('danger', ['invalid_recipient_map_new', str(attr.recipient_map_new)]);
	if ([...state.recipientMaps.values()].some((m) => m.recipient_map_old === oldValue))
		return entry('danger', ['recipient_map_entry_exists', oldValue]);
	addRecipientMap(state, { old: oldValue, new: newValue, active: intval(attr.active) });
	return entry('success', ['recipient_map_entry_saved', oldValue]);
};

const editMap: MailcowHandler = ({ state, payload }) => {
	const { items, attr } = editPayload(payload);
	const entryLog = log('edit', { id: echoItems(items), ...attr });
	const entries: Entry[] = [];
	for (const id of asItems(items).map(str)) {
		const map = /^\d+$/.test(id) ? state.recipientMaps.get(Number(id)) : undefined;
		if (!map) {
			entries.push({ type: 'danger', log: entryLog, msg: 'access_denied' });
			continue;
		}
		const rawOld = attr.recipient_map_old ?? map.recipient_map_old;
		const oldValue = mapValue(rawOld);
		if (oldValue === undefined) {
			entries.push({
				type: 'danger',
				log: entryLog,
				msg: ['invalid_recipient_map_old', str(rawOld)],
			});
			continue;
		}
		const rawNew = attr.recipient_map_new ?? map.recipient_map_new;
		const newValue = mapValue(rawNew);
		if (newValue === undefined) {
			entries.push({
				type: 'danger',
				log: entryLog,
				msg: ['invalid_recipient_map_new', str(rawNew)],
			});
			continue;
		}
		// A clash with another entry ends the loop (earlier ids are saved already).
		if (
			[...state.recipientMaps.values()].some(
				(m) => m.id !== map.id && m.recipient_map_old === oldValue,
			)
		) {
			entries.push({
				type: 'danger',
				log: entryLog,
				msg: ['recipient_map_entry_exists', oldValue],
			});
			break;
		}
		const before = JSON.stringify(map);
		map.recipient_map_old = oldValue;
		map.recipient_map_new = newValue;
		if (attr.active !== undefined) map.active = intval(attr.active);
		if (JSON.stringify(map) !== before) map.modified = now();
		entries.push({ type: 'success', log: entryLog, msg: ['recipient_map_entry_saved', oldValue] });
	}
	return writeAnswer(entries);
};

const deleteMap: MailcowHandler = ({ state, payload }) =>
	deleteNumericIds(
		payload,
		state.recipientMaps,
		log('delete', { id: echoItems(payload) }),
		'recipient_map_entry_deleted',
		false,
	);

export const recipientMapRoutes: RouteTable = {
	get: { recipient_map: getRecipientMap },
	add: { recipient_map: addMap },
	edit: { recipient_map: editMap },
	delete: { recipient_map: deleteMap },
};
