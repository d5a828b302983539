// Sieve filters: add/edit/delete/filter, get/filters/{mailbox|all}, and the [DOCKER] reads
// get/active-user-sieve and get/global_filters.
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
import type { MailcowFilter, MailcowState } from '../state';
import type { MailcowHandler, RouteTable } from './index';

const log = (action: string, data: unknown) => ['mailbox', action, 'filter', data, null];
const TYPES = ['prefilter', 'postfilter'];

/** Commands that need a `require` of their extension (Sieve's core has keep, discard, stop, redirect). */
const EXTENSION_COMMANDS = [
	'fileinto',
	'vacation',
	'reject',
	'ereject',
	'addflag',
	'setflag',
	'removeflag',
	'notify',
];

/**
 * A small Sieve check in the spirit of the sieve compiler mailcow runs: unknown commands
 * without their `require`, and a test missing its string list before a block. Answers the
 * error text ("line N: …") or undefined.
 */
export function sieveError(script: string): string | undefined {
	const required = new Set<string>();
	for (const match of script.matchAll(/require\s+(\[[^\]]*\]|"[^"]*")/g))
		for (const name of match[1].matchAll(/"([^"]+)"/g)) required.add(name[1]);
	const lines = script.split('\n');
	for (const [index, line] of lines.entries()) {
		const code = line.replace(/"(?:[^"\\]|\\.)*"/g, '""');
		for (const command of EXTENSION_COMMANDS) {
			const pattern = new RegExp(`(^|[;{}\\s])${command}\\b`);
			if (pattern.test(code) && !required.has(command === 'ereject' ? 'ereject' : command))
				return `line ${index + 1}: unknown command ${command}`;
		}
		// header/address/envelope tests take two string lists.
		if (/\b(header|address|envelope)\s+(:\w+\s+)*""\s*\{/.test(code))
			return `line ${index + 1}: block start where string list expected near {`;
	}
	const opened = (script.match(/\{/g) ?? []).length;
	const closed = (script.match(/\}/g) ?? []).length;
	if (opened !== closed) return `line ${lines.length}: unexpected end of script`;
	return undefined;
}

const view = (f: MailcowFilter) => ({
	active: f.active,
	id: f.id,
	username: f.username,
	filter_type: f.filter_type,
	script_data: f.script_data,
	script_desc: f.script_desc,
});

const getFilters: MailcowHandler = ({ state, rest }) => {
	const object = (rest[0] ?? '').toLowerCase();
	const list = [...state.filters.values()].filter(
		(f) => object === 'all' || (object !== '' && f.username === object),
	);
	return getAnswer(list.map(view));
};

/** One active filter per mailbox and type: activating one deactivates the others. */
function activate(state: MailcowState, filter: MailcowFilter) {
	for (const other of state.filters.values()) {
		if (
			other !== filter &&
			other.username === filter.username &&
			other.filter_type === filter.filter_type
		)
			other.active = 0;
	}
	filter.active = 1;
}

/** Stores a filter (also the seeding helper of tests and the demo). */
export function addFilter(state: MailcowState, seed: Omit<MailcowFilter, 'id'>): MailcowFilter {
	const filter = { ...seed, id: state.nextFilterId++ };
	state.filters.set(filter.id, filter);
	if (filter.active === 1) activate(state, filter);
	return filter;
}

const addFilterRoute: MailcowHandler = ({ state, payload }) => {
	const attr = record(payload);
	const danger = (msg: Entry['msg']) =>
		writeAnswer([{ type: 'danger', log: log('add', attr), msg }]);
	if (attr.username === undefined) return danger('no_user_defined');
	const username = str(attr.username).toLowerCase();
	if (!state.mailboxes.has(username)) return danger('access_denied');
	const script = str(attr.script_data);
	if (script.trim() === '') return danger('script_empty');
	const error = sieveError(script);
	if (error) return danger(['sieve_error', error]);
	if (str(attr.script_desc).trim() === '') return danger('value_missing');
	const type = str(attr.filter_type);
	if (!TYPES.includes(type)) return danger('filter_type');
	addFilter(state, {
		username,
		filter_type: type as MailcowFilter['filter_type'],
		script_desc: str(attr.script_desc),
		script_data: script,
		active: intval(attr.active) === 1 ? 1 : 0,
	});
	return writeAnswer([
		{ type: 'success', log: log('add', attr), msg: ['mailbox_modified', username] },
	]);
};

/** Omitted fields keep their value. */
const editFilterRoute: MailcowHandler = ({ state, payload }) => {
	const { items, attr } = editPayload(payload);
	const entryLog = log('edit', { id: echoItems(items), ...attr });
	const entries: Entry[] = [];
	for (const id of asItems(items).map(str)) {
		const filter = /^\d+$/.test(id) ? state.filters.get(Number(id)) : undefined;
		if (!filter) {
			entries.push({ type: 'danger', log: entryLog, msg: 'access_denied' });
			continue;
		}
		const script = attr.script_data === undefined ? filter.script_data : str(attr.script_data);
		const error = sieveError(script);
		if (error) {
			entries.push({ type: 'danger', log: entryLog, msg: ['sieve_error', error] });
			continue;
		}
		const type = attr.filter_type === undefined ? filter.filter_type : str(attr.filter_type);
		if (!TYPES.includes(type)) {
			entries.push({ type: 'danger', log: entryLog, msg: 'filter_type' });
			continue;
		}
		filter.script_data = script;
		filter.filter_type = type as MailcowFilter['filter_type'];
		if (attr.script_desc !== undefined) filter.script_desc = str(attr.script_desc);
		if (attr.active !== undefined) {
			if (intval(attr.active) === 1) activate(state, filter);
			else filter.active = 0;
		}
		entries.push({ type: 'success', log: entryLog, msg: ['mailbox_modified', filter.username] });
	}
	return writeAnswer(entries);
};

/** Non-numeric ids are skipped silently. */
const deleteFilterRoute: MailcowHandler = ({ state, payload }) => {
	const entryLog = log('delete', { id: echoItems(payload) });
	const entries: Entry[] = [];
	for (const id of asItems(payload).map(str)) {
		if (!/^\d+$/.test(id)) continue;
		if (!state.filters.delete(Number(id))) {
			entries.push({ type: 'danger', log: entryLog, msg: 'access_denied' });
			continue;
		}
		entries.push({ type: 'success', log: entryLog, msg: ['delete_filter', id] });
	}
	return writeAnswer(entries);
};

/** [DOCKER] The active script as dovecot compiled it: a one-element list, or {} without dovecot. */
const getActiveSieve: MailcowHandler = ({ state, rest }) => {
	const username = (rest[0] ?? '').toLowerCase();
	if (!state.mailContainers || !state.mailboxes.has(username)) return getAnswer(undefined);
	const active = [...state.filters.values()].filter(
		(f) => f.username === username && f.active === 1,
	);
	if (active.length === 0) return getAnswer(undefined);
	return getAnswer([active.map((f) => `# ${f.script_desc}\n${f.script_data}`).join('\n')]);
};

/** [DOCKER] The global filter files live in dovecot's volume; none are installed here. */
const getGlobalFilters: MailcowHandler = ({ rest }) =>
	rest[0] === 'all' ? getAnswer({ prefilter: false, postfilter: false }) : getAnswer(undefined);

export const filterRoutes: RouteTable = {
	get: {
		filters: getFilters,
		'active-user-sieve': getActiveSieve,
		global_filters: getGlobalFilters,
	},
	add: { filter: addFilterRoute },
	edit: { filter: editFilterRoute },
	delete: { filter: deleteFilterRoute },
};
