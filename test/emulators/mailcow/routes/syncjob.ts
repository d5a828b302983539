// Sync jobs (imapsync): add/edit/delete/syncjob, get/syncjobs/{mailbox|all}[/{no_log,with_password}].
import type { Entry } from '../php';
import {
	asItems,
	caughtException,
	echoItems,
	editPayload,
	getAnswer,
	intval,
	isValidHostname,
	mysqlError,
	now,
	record,
	str,
	writeAnswer,
	deleteNumericIds,
} from '../php';
import type { MailcowState, MailcowSyncJob } from '../state';
import type { MailcowHandler, RouteTable } from './index';

const log = (action: string, data: unknown) => ['mailbox', action, 'syncjob', data, null];

/** The imapsync options mailcow lets custom_params pass (its whitelist, abridged). */
const IMAPSYNC_OPTIONS = new Set([
	'dry',
	'justfolders',
	'justfoldersizes',
	'justconnect',
	'justlogin',
	'skipsize',
	'skipemptyfolders',
	'nofoldersizes',
	'nofoldersizesatend',
	'useheader',
	'useuid',
	'syncinternaldates',
	'idatefromheader',
	'addheader',
	'folder',
	'folderrec',
	'folderfirst',
	'folderlast',
	'include',
	'exclude',
	'regextrans2',
	'regexflag',
	'regexmess',
	'maxsize',
	'minsize',
	'minage',
	'search',
	'search1',
	'search2',
	'noexpunge1',
	'nosyncacls',
	'syncacls',
	'syncduplicates',
	'debug',
	'nolog',
	'sep1',
	'sep2',
	'prefix1',
	'prefix2',
	'timeout1',
	'timeout2',
	'authmech1',
	'ssl1',
	'tls1',
	'notls1',
	'nossl1',
	'usecache',
	'nousecache',
	'disarmreadreceipts',
	'truncmess',
	'gmail1',
	'office1',
	'exchange1',
	'automap',
]);

/** custom_params is split on "-"; a piece with a space or an unknown option is refused. */
function customParamsProblem(value: string): string | undefined {
	for (const piece of value.split('-')) {
		const option = piece.trim();
		if (option === '') continue;
		if (/\s/.test(option)) return 'bad character SPACE';
		const name = option.split('=')[0];
		if (!IMAPSYNC_OPTIONS.has(name)) return `bad option ${name}`;
	}
	return undefined;
}

/** PHP's preg validity of the exclude pattern; inline (?i) flags are PCRE's own. */
function validRegex(value: string): boolean {
	try {
		new RegExp(value.replace(/\(\?[a-z]+\)/g, ''));
		return true;
	} catch {
		return false;
	}
}

const inRange = (value: unknown, min: number, max: number) => {
	const text = str(value);
	return /^\d+$/.test(text) && +text >= min && +text <= max;
};
const orDefault = (value: unknown, min: number, max: number, fallback: number) =>
	inRange(value, min, max) ? Number(str(value)) : fallback;

/** The checks add and edit share; answers the danger message or undefined. */
function problem(job: Record<string, unknown>): string | undefined {
	if (!inRange(job.port1, 1, 65535)) return 'access_denied';
	if (!inRange(job.mins_interval, 1, 43800)) return 'access_denied';
	if (!['TLS', 'SSL', 'PLAIN'].includes(str(job.enc1))) return 'access_denied';
	if (!validRegex(str(job.exclude))) return 'access_denied';
	return customParamsProblem(str(job.custom_params));
}

function normalised(job: MailcowSyncJob, attr: Record<string, unknown>) {
	job.maxage = orDefault(attr.maxage, 0, 32000, 0);
	job.maxbytespersecond = String(orDefault(attr.maxbytespersecond, 0, 125000000, 0));
	job.timeout1 = orDefault(attr.timeout1, 1, 32000, 600);
	job.timeout2 = orDefault(attr.timeout2, 1, 32000, 600);
}

const FLAGS = [
	'delete2duplicates',
	'delete1',
	'delete2',
	'automap',
	'skipcrossduplicates',
	'subscribeall',
	'dry',
	'active',
] as const;

const addSyncjob: MailcowHandler = ({ state, payload, session }) => {
	const attr = record(payload);
	const danger = (msg: Entry['msg']) =>
		writeAnswer([{ type: 'danger', log: log('add', attr), msg }]);
	if (attr.username === undefined) return danger('no_user_defined');
	const username = str(attr.username).toLowerCase();
	if (!state.mailboxes.has(username)) return danger('access_denied');
	const bad = problem(attr);
	if (bad) return danger(bad);
	// host1 is lowercased but not validated on add (edit validates it).
	const host1 = str(attr.host1).toLowerCase();
	const user1 = str(attr.user1);
	for (const job of state.syncJobs.values()) {
		if (job.user2 === username && job.host1 === host1 && job.user1 === user1)
			return danger(['object_exists', `${host1} / ${user1}`]);
	}
	// exclude goes into a NOT NULL column unchecked: omitted, the insert fails.
	if (attr.exclude === undefined)
		return caughtException(session, mysqlError(1048, "Column 'exclude' cannot be null"));
	addSyncJob(state, { ...attr, user2: username, host1, user1 });
	return writeAnswer([
		{ type: 'success', log: log('add', attr), msg: ['mailbox_modified', username] },
	]);
};

/** Stores a sync job (also the seeding helper of tests and the demo). */
export function addSyncJob(
	state: MailcowState,
	seed: Record<string, unknown> & { user2: string },
): MailcowSyncJob {
	const time = now();
	const job: MailcowSyncJob = {
		id: state.nextSyncJobId++,
		user2: seed.user2,
		host1: str(seed.host1),
		user1: str(seed.user1),
		password1: str(seed.password1),
		port1: Number(str(seed.port1 ?? 993)),
		enc1: str(seed.enc1 ?? 'TLS'),
		mins_interval: Number(str(seed.mins_interval ?? 20)),
		subfolder2: str(seed.subfolder2),
		maxage: 0,
		maxbytespersecond: '0',
		timeout1: 600,
		timeout2: 600,
		exclude: str(seed.exclude),
		custom_params: str(seed.custom_params),
		delete2duplicates: intval(seed.delete2duplicates),
		delete1: intval(seed.delete1),
		delete2: intval(seed.delete2),
		automap: intval(seed.automap),
		skipcrossduplicates: intval(seed.skipcrossduplicates),
		subscribeall: intval(seed.subscribeall),
		dry: intval(seed.dry),
		active: intval(seed.active),
		is_running: 0,
		last_run: null,
		success: null,
		exit_status: null,
		log: typeof seed.log === 'string' ? seed.log : '',
		created: time,
		modified: null,
	};
	normalised(job, seed);
	state.syncJobs.set(job.id, job);
	return job;
}

function view(job: MailcowSyncJob, flags: string[]) {
	const { id, user2, host1, subfolder2, user1, password1, log: output, created, modified } = job;
	return {
		id,
		user2,
		host1,
		authmech1: 'PLAIN',
		regextrans2: '',
		authmd51: 0,
		domain2: '',
		subfolder2,
		user1,
		...(flags.includes('with_password') && !flags.includes('no_log') ? { password1 } : {}),
		exclude: job.exclude,
		maxage: job.maxage,
		mins_interval: job.mins_interval,
		maxbytespersecond: job.maxbytespersecond,
		port1: job.port1,
		enc1: job.enc1,
		delete2duplicates: job.delete2duplicates,
		delete1: job.delete1,
		delete2: job.delete2,
		automap: job.automap,
		skipcrossduplicates: job.skipcrossduplicates,
		custom_params: job.custom_params,
		timeout1: job.timeout1,
		timeout2: job.timeout2,
		subscribeall: job.subscribeall,
		dry: job.dry,
		is_running: job.is_running,
		last_run: job.last_run,
		success: job.success,
		exit_status: job.exit_status,
		created,
		modified,
		active: job.active,
		log: flags.includes('no_log') ? '' : output,
	};
}

/** The object is a mailbox or "all" (a numeric id is not a lookup); the extra segment a comma list. */
const getSyncjobs: MailcowHandler = ({ state, rest }) => {
	const object = (rest[0] ?? '').toLowerCase();
	const flags = (rest[1] ?? '').split(',');
	const jobs = [...state.syncJobs.values()].filter(
		(j) => object === 'all' || (object !== '' && j.user2 === object),
	);
	return getAnswer(jobs.map((j) => view(j, flags)));
};

const editSyncjob: MailcowHandler = ({ state, payload }) => {
	const { items, attr } = editPayload(payload);
	const entryLog = log('edit', { id: echoItems(items), ...attr });
	const entries: Entry[] = [];
	for (const id of asItems(items).map(str)) {
		const job = /^\d+$/.test(id) ? state.syncJobs.get(Number(id)) : undefined;
		if (!job) {
			entries.push({ type: 'danger', log: entryLog, msg: 'access_denied' });
			continue;
		}
		const merged: Record<string, unknown> = { ...job, ...attr };
		// Edit validates host1, so a job added with an invalid host can never be edited.
		const bad = isValidHostname(str(merged.host1)) ? problem(merged) : 'access_denied';
		if (bad) {
			entries.push({ type: 'danger', log: entryLog, msg: bad });
			continue;
		}
		const before = JSON.stringify(job);
		job.host1 = str(merged.host1).toLowerCase();
		job.user1 = str(merged.user1);
		job.password1 = str(merged.password1);
		job.port1 = Number(str(merged.port1));
		job.enc1 = str(merged.enc1);
		job.mins_interval = Number(str(merged.mins_interval));
		job.subfolder2 = str(merged.subfolder2);
		job.exclude = str(merged.exclude);
		job.custom_params = str(merged.custom_params);
		for (const flag of FLAGS) job[flag] = intval(merged[flag]);
		normalised(job, merged);
		// Sending last_run or success (any value) resets both.
		if ('last_run' in attr || 'success' in attr) {
			job.last_run = null;
			job.success = null;
		}
		// MySQL only touches `modified` when a column changed.
		if (JSON.stringify(job) !== before) job.modified = now();
		entries.push({ type: 'success', log: entryLog, msg: ['mailbox_modified', job.user2] });
	}
	return writeAnswer(entries);
};

const deleteSyncjob: MailcowHandler = ({ state, payload }) =>
	deleteNumericIds(
		payload,
		state.syncJobs,
		log('delete', { id: echoItems(payload) }),
		'deleted_syncjob',
		true,
	);

export const syncjobRoutes: RouteTable = {
	get: { syncjobs: getSyncjobs },
	add: { syncjob: addSyncjob },
	edit: { syncjob: editSyncjob },
	delete: { syncjob: deleteSyncjob },
};
