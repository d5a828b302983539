// Outgoing TLS policy maps: add/edit/delete/tls-policy-map, get/tls-policy-map/{id|all}.
import type { Entry } from '../php';
import {
	asItems,
	caughtException,
	echoItems,
	editPayload,
	getAnswer,
	idnToAscii,
	intval,
	mysqlError,
	now,
	record,
	str,
	writeAnswer,
	deleteNumericIds,
} from '../php';
import type { MailcowTlsPolicy } from '../state';
import type { MailcowHandler, RouteTable } from './index';

const log = (action: string, data: unknown) => ['tls_policy_maps', action, data, null];

/** The database enum of the policy column (the spec's `'dane` is a typo of dane-only). */
export const TLS_POLICIES = [
	'none',
	'may',
	'encrypt',
	'dane',
	'dane-only',
	'fingerprint',
	'verify',
	'secure',
];

const view = (t: MailcowTlsPolicy) => ({
	id: t.id,
	dest: t.dest,
	policy: t.policy,
	parameters: t.parameters,
	active: t.active,
	created: t.created,
	modified: t.modified,
});

const getTlsPolicy: MailcowHandler = ({ state, rest }) => {
	const id = rest[0] ?? '';
	if (id === 'all') {
		const list = [...state.tlsPolicies.values()].sort((a, b) => (a.dest < b.dest ? -1 : 1));
		return getAnswer(list.map(view));
	}
	const policy = /^\d+$/.test(id) ? state.tlsPolicies.get(Number(id)) : undefined;
	return getAnswer(policy && { 0: null, ...view(policy) });
};

const invalidDest = (dest: string) => ['', '.', '*', '@'].includes(dest);
/** Every space-separated part of the parameters must be name=value. */
const invalidParameters = (parameters: string) =>
	parameters.split(/\s+/).some((part) => part !== '' && !part.includes('='));

/** On add the destination goes through idn_to_ascii, which refuses a leading dot. */
function asciiDest(dest: string): string {
	if (dest.includes('@')) {
		const at = dest.lastIndexOf('@');
		const domain = idnToAscii(dest.slice(at + 1));
		return domain === '' ? '' : `${dest.slice(0, at)}@${domain}`;
	}
	if (dest.startsWith('.')) return '';
	return idnToAscii(dest);
}

const databaseEnumError = mysqlError(1265, "Data truncated for column 'policy' at row 1", '01000');

const addTlsPolicy: MailcowHandler = ({ state, payload, session }) => {
	const attr = record(payload);
	const entry = (type: Entry['type'], msg: Entry['msg']) =>
		writeAnswer([{ type, log: log('add', attr), msg }]);
	const raw = str(attr.dest).trim();
	const dest = invalidDest(raw) ? '' : asciiDest(raw);
	if (invalidDest(dest)) return entry('danger', 'tls_policy_map_dest_invalid');
	const parameters = str(attr.parameters);
	if (invalidParameters(parameters)) return entry('danger', 'tls_policy_map_parameter_invalid');
	if ([...state.tlsPolicies.values()].some((t) => t.dest === dest))
		return entry('danger', ['tls_policy_map_entry_exists', dest]);
	// No policy check in PHP: the database enum refuses anything else.
	const policy = str(attr.policy);
	if (!TLS_POLICIES.includes(policy)) return caughtException(session, databaseEnumError);
	const item: MailcowTlsPolicy = {
		id: state.nextTlsPolicyId++,
		dest,
		policy,
		parameters,
		active: intval(attr.active),
		created: now(),
		modified: null,
	};
	state.tlsPolicies.set(item.id, item);
	return entry('success', ['tls_policy_map_entry_saved', dest]);
};

const editTlsPolicy: MailcowHandler = ({ state, payload, session }) => {
	const { items, attr } = editPayload(payload);
	const entryLog = log('edit', { id: echoItems(items), ...attr });
	const entries: Entry[] = [];
	for (const id of asItems(items).map(str)) {
		const item = /^\d+$/.test(id) ? state.tlsPolicies.get(Number(id)) : undefined;
		if (!item) {
			entries.push({ type: 'danger', log: entryLog, msg: 'access_denied' });
			continue;
		}
		// Edit does not convert the destination (a leading dot is accepted here).
		const dest = attr.dest === undefined ? item.dest : str(attr.dest).trim();
		if (invalidDest(dest)) {
			entries.push({ type: 'danger', log: entryLog, msg: 'tls_policy_map_dest_invalid' });
			continue;
		}
		const parameters = attr.parameters === undefined ? item.parameters : str(attr.parameters);
		if (invalidParameters(parameters)) {
			entries.push({ type: 'danger', log: entryLog, msg: 'tls_policy_map_parameter_invalid' });
			continue;
		}
		// A clash ends the loop, with the recipient-map message.
		if ([...state.tlsPolicies.values()].some((t) => t.id !== item.id && t.dest === dest)) {
			entries.push({ type: 'danger', log: entryLog, msg: ['recipient_map_entry_exists', dest] });
			break;
		}
		const policy = attr.policy === undefined ? item.policy : str(attr.policy);
		if (!TLS_POLICIES.includes(policy)) return caughtException(session, databaseEnumError);
		const before = JSON.stringify(item);
		item.dest = dest;
		item.parameters = parameters;
		item.policy = policy;
		if (attr.active !== undefined) item.active = intval(attr.active);
		if (JSON.stringify(item) !== before) item.modified = now();
		entries.push({ type: 'success', log: entryLog, msg: ['tls_policy_map_entry_saved', dest] });
	}
	return writeAnswer(entries);
};

const deleteTlsPolicy: MailcowHandler = ({ state, payload }) =>
	deleteNumericIds(
		payload,
		state.tlsPolicies,
		log('delete', { id: echoItems(payload) }),
		'tls_policy_map_entry_deleted',
		false,
	);

export const tlsPolicyMapRoutes: RouteTable = {
	get: { 'tls-policy-map': getTlsPolicy },
	add: { 'tls-policy-map': addTlsPolicy },
	edit: { 'tls-policy-map': editTlsPolicy },
	delete: { 'tls-policy-map': deleteTlsPolicy },
};
