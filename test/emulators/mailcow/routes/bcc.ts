// BCC maps: add/edit/delete/bcc, get/bcc/{id|all}.
import type { Entry } from '../php';
import {
	asItems,
	caughtException,
	echoItems,
	editPayload,
	genericError,
	getAnswer,
	intval,
	isValidDomain,
	isValidEmail,
	mysqlError,
	now,
	record,
	str,
	writeAnswer,
	deleteNumericIds,
} from '../php';
import type { MailcowBccMap } from '../state';
import type { MailcowHandler, RouteTable } from './index';

const log = (action: string, data: unknown) => ['bcc', action, data, null];

const view = (b: MailcowBccMap) => ({
	id: b.id,
	local_dest: b.local_dest,
	bcc_dest: b.bcc_dest,
	active: b.active,
	type: b.type,
	created: b.created,
	domain: b.domain,
	modified: b.modified,
});

const getBcc: MailcowHandler = ({ state, rest }) => {
	const id = rest[0] ?? '';
	if (id === 'all') return getAnswer([...state.bccMaps.values()].map(view));
	const bcc = /^\d+$/.test(id) ? state.bccMaps.get(Number(id)) : undefined;
	// The single-object answer starts with "0": null (the route appends an undefined variable).
	return getAnswer(bcc && { 0: null, ...view(bcc) });
};

const isType = (value: unknown): value is 'sender' | 'rcpt' =>
	value === 'sender' || value === 'rcpt';

const addBcc: MailcowHandler = ({ state, payload }) => {
	const attr = record(payload);
	const entry = (type: Entry['type'], msg: Entry['msg']) =>
		writeAnswer([{ type, log: log('add', attr), msg }]);
	if (!isType(attr.type)) return entry('danger', 'invalid_bcc_map_type');
	const bccDest = str(attr.bcc_dest).trim();
	if (bccDest === '') return entry('danger', 'bcc_empty');
	const raw: string = str(attr.local_dest).trim().toLowerCase();
	const rawDomain = raw.slice(raw.lastIndexOf('@') + 1);
	let localDest: string;
	let domain: string;
	if (isValidDomain(raw)) {
		if (!state.domains.has(raw)) return entry('danger', 'access_denied');
		localDest = `@${raw}`;
		domain = raw;
	} else if (isValidEmail(raw)) {
		if (!state.mailboxes.has(raw) && !state.aliasByAddress(raw))
			return entry('danger', 'access_denied');
		localDest = raw;
		domain = rawDomain;
	} else {
		return genericError('add');
	}
	if (!isValidEmail(bccDest)) return entry('danger', ['bcc_must_be_email', bccDest]);
	// One map per local_dest and type.
	for (const b of state.bccMaps.values()) {
		if (b.local_dest === localDest && b.type === attr.type)
			return entry('danger', ['bcc_exists', localDest, attr.type]);
	}
	const bcc: MailcowBccMap = {
		id: state.nextBccId++,
		local_dest: localDest,
		bcc_dest: bccDest,
		active: intval(attr.active),
		type: attr.type,
		domain,
		created: now(),
		modified: null,
	};
	state.bccMaps.set(bcc.id, bcc);
	return entry('success', 'bcc_saved');
};

const editBcc: MailcowHandler = ({ state, payload, session }) => {
	const { items, attr } = editPayload(payload);
	const entryLog = log('edit', { id: echoItems(items), ...attr });
	const entries: Entry[] = [];
	for (const id of asItems(items).map(str)) {
		const bcc = /^\d+$/.test(id) ? state.bccMaps.get(Number(id)) : undefined;
		if (!bcc) {
			entries.push({ type: 'danger', log: entryLog, msg: 'access_denied' });
			continue;
		}
		const bccDest = attr.bcc_dest === undefined ? bcc.bcc_dest : str(attr.bcc_dest).trim();
		if (!isValidEmail(bccDest)) {
			entries.push({ type: 'danger', log: entryLog, msg: ['bcc_must_be_email', bccDest] });
			continue;
		}
		const type = attr.type === undefined ? bcc.type : attr.type;
		// No type check on edit: the database enum refuses the value.
		if (!isType(type))
			return caughtException(
				session,
				mysqlError(1265, "Data truncated for column 'type' at row 1", '01000'),
			);
		const clash = [...state.bccMaps.values()].some(
			(b) => b.id !== bcc.id && b.local_dest === bcc.local_dest && b.type === type,
		);
		if (clash) {
			entries.push({ type: 'danger', log: entryLog, msg: ['bcc_exists', bcc.local_dest, type] });
			continue;
		}
		// local_dest cannot be changed (silently ignored).
		const before = JSON.stringify(bcc);
		bcc.bcc_dest = bccDest;
		bcc.type = type;
		if (attr.active !== undefined) bcc.active = intval(attr.active);
		// MySQL only touches `modified` when a column changed.
		if (JSON.stringify(bcc) !== before) bcc.modified = now();
		entries.push({ type: 'success', log: entryLog, msg: ['bcc_edited', bccDest] });
	}
	return writeAnswer(entries);
};

const deleteBcc: MailcowHandler = ({ state, payload }) =>
	deleteNumericIds(
		payload,
		state.bccMaps,
		log('delete', { id: echoItems(payload) }),
		'bcc_deleted',
		true,
	);

export const bccRoutes: RouteTable = {
	get: { bcc: getBcc },
	add: { bcc: addBcc },
	edit: { bcc: editBcc },
	delete: { bcc: deleteBcc },
};
