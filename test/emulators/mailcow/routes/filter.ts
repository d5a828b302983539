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

/**
 * What needs a `require` of its extension (Sieve's core has keep, discard, stop, redirect, if,
 * header, address, envelope, size, …). Commands and tests by name; tags of match types.
 */
const EXTENSION_COMMANDS: Record<string, string> = {
	fileinto: 'fileinto',
	vacation: 'vacation',
	reject: 'reject',
	ereject: 'ereject',
	addflag: 'imap4flags',
	setflag: 'imap4flags',
	removeflag: 'imap4flags',
	notify: 'enotify',
};
const EXTENSION_TESTS: Record<string, string> = {
	currentdate: 'date',
	date: 'date',
	body: 'body',
	hasflag: 'imap4flags',
};
const EXTENSION_TAGS: Record<string, string> = { ':value': 'relational', ':count': 'relational' };

interface Token {
	type: 'word' | 'tag' | 'string' | 'number' | 'punct';
	text: string;
	line: number;
}

/**
 * Sieve's lexical rules (RFC 5228 §2.4): quoted strings with `\` escapes (they may span lines),
 * multi-line strings `text:` … a line holding only "." (a leading "." of a line is doubled),
 * `#` and `/* *\/` comments. Throws "line N: …" for a string that never ends.
 */
function tokenize(script: string): Token[] {
	const tokens: Token[] = [];
	let line = 1;
	let at = 0;
	function fail(problem: string): never {
		throw new Error(`line ${line}: ${problem}`);
	}
	while (at < script.length) {
		const rest = script.slice(at);
		const start = line;
		// The text this step consumes (a token, whitespace or a comment).
		let consumed: string;
		let match: RegExpExecArray | null;
		if ((match = /^[ \t\r\n]+/.exec(rest)) || (match = /^#[^\n]*/.exec(rest))) {
			// whitespace, hash comment
			consumed = match[0];
		} else if (rest.startsWith('/*')) {
			const end = rest.indexOf('*/', 2);
			if (end === -1) fail('unterminated comment');
			consumed = rest.slice(0, end + 2);
		} else if ((match = /^text:[ \t]*(?:#[^\n]*)?\r?\n/.exec(rest))) {
			const end = /(^|\n)\.\r?(\n|$)/.exec(rest.slice(match[0].length - 1));
			if (!end) fail('unterminated multi-line string');
			consumed = rest.slice(0, match[0].length - 1 + end.index + end[0].length);
			tokens.push({ type: 'string', text: consumed, line: start });
		} else if (rest.startsWith('"')) {
			match = /^"(?:[^"\\]|\\[\s\S])*"/.exec(rest);
			if (!match) fail('unterminated string');
			consumed = match[0];
			tokens.push({ type: 'string', text: consumed, line: start });
		} else if ((match = /^:[A-Za-z_]\w*/.exec(rest))) {
			consumed = match[0];
			tokens.push({ type: 'tag', text: consumed, line: start });
		} else if ((match = /^\d+[KMG]?/.exec(rest))) {
			consumed = match[0];
			tokens.push({ type: 'number', text: consumed, line: start });
		} else if ((match = /^[A-Za-z_]\w*/.exec(rest))) {
			consumed = match[0];
			tokens.push({ type: 'word', text: consumed, line: start });
		} else {
			consumed = rest[0];
			tokens.push({ type: 'punct', text: consumed, line: start });
		}
		line += (consumed.match(/\n/g) ?? []).length;
		at += consumed.length;
	}
	return tokens;
}

/**
 * A small Sieve check in the spirit of the sieve parser mailcow runs: commands, tests and tags
 * of an extension without its `require`, a test missing its string list before a block,
 * unbalanced blocks, strings that never end. Answers the error text ("line N: …") or undefined.
 * Recorded: `unknown command fileinto`, `block start where string list expected near {`; the
 * wordings for tests and tags (`unknown test currentdate`, `unknown tag :value`) are inferred.
 */
export function sieveError(script: string): string | undefined {
	let tokens: Token[];
	try {
		tokens = tokenize(script);
	} catch (error) {
		return (error as Error).message;
	}
	const required = new Set<string>();
	for (const [index, token] of tokens.entries()) {
		if (token.type !== 'word' || token.text !== 'require') continue;
		for (const next of tokens.slice(index + 1)) {
			if (next.text === ';') break;
			if (next.type === 'string') required.add(next.text.slice(1, -1));
		}
	}
	let depth = 0;
	for (const [index, token] of tokens.entries()) {
		const previous = tokens[index - 1]?.text;
		// A command starts a statement; a test follows if/elsif/not/allof(/anyof(/a comma.
		const isCommand = previous === undefined || [';', '{', '}'].includes(previous);
		if (token.type === 'word' && isCommand && token.text in EXTENSION_COMMANDS) {
			if (!required.has(EXTENSION_COMMANDS[token.text]))
				return `line ${token.line}: unknown command ${token.text}`;
		}
		if (token.type === 'word' && !isCommand && token.text in EXTENSION_TESTS) {
			if (!required.has(EXTENSION_TESTS[token.text]))
				return `line ${token.line}: unknown test ${token.text}`;
		}
		if (token.type === 'tag' && token.text in EXTENSION_TAGS) {
			if (!required.has(EXTENSION_TAGS[token.text]))
				return `line ${token.line}: unknown tag ${token.text}`;
		}
		// header/address/envelope tests take two string lists before the block.
		if (token.type === 'word' && ['header', 'address', 'envelope'].includes(token.text)) {
			let strings = 0;
			for (const next of tokens.slice(index + 1)) {
				if (next.type === 'tag') continue;
				if (next.type === 'string') strings++;
				else if (next.text === '[') continue;
				else if (next.text === ']' || next.text === ',') continue;
				else {
					if (next.text === '{' && strings < 2)
						return `line ${next.line}: block start where string list expected near {`;
					break;
				}
			}
		}
		if (token.text === '{') depth++;
		if (token.text === '}') depth--;
	}
	if (depth !== 0) return `line ${tokens.at(-1)?.line ?? 1}: unexpected end of script`;
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
