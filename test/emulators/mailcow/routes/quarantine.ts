// Quarantine: get/quarantine/{id|all}, edit/qitem (release, learnham, learnspam), delete/qitem.
// Rows are written by rspamd; tests add them with state.addQuarantineItem().
import type { Entry } from '../php';
import { asItems, echoItems, editPayload, str, writeAnswer } from '../php';
import type { MailcowQuarantineItem } from '../state';
import type { MailcowHandler, RouteTable } from './index';

const log = (action: string, data: unknown) => ['quarantine', action, data];

function summary(q: MailcowQuarantineItem) {
	// virus_flag is MySQL's LOCATE('VIRUS_FOUND', symbols): a 1-based position, 0 when absent.
	return {
		id: q.id,
		qid: q.qid,
		subject: q.subject,
		virus_flag: q.symbols.indexOf('VIRUS_FOUND') + 1,
		score: q.score,
		rcpt: q.rcpt,
		sender: q.sender,
		action: q.action,
		created: q.created,
		notified: q.notified,
	};
}

const dateTime = (unix: number) =>
	new Date(unix * 1000).toISOString().slice(0, 19).replace('T', ' ');

function fullRow(q: MailcowQuarantineItem) {
	return {
		id: q.id,
		qid: q.qid,
		subject: q.subject,
		score: q.score,
		ip: q.ip,
		action: q.action,
		symbols: q.symbols,
		fuzzy_hashes: q.fuzzy_hashes,
		sender: q.sender,
		rcpt: q.rcpt,
		msg: q.msg,
		domain: q.domain,
		notified: q.notified,
		created: dateTime(q.created),
		user: q.user,
		qhash: q.qhash,
	};
}

/** Missing answers here are `[]`, not `{}`. */
const getQuarantine: MailcowHandler = ({ state, rest }) => {
	const id = rest[0] ?? '';
	if (id === 'all') {
		const list = [...state.quarantine.values()].sort((a, b) => a.id - b.id);
		return { status: 200, body: list.map(summary) };
	}
	const item = /^\d+$/.test(id) ? state.quarantine.get(Number(id)) : undefined;
	return { status: 200, body: item ? fullRow(item) : [] };
};

const ACTIONS = new Set(['release', 'learnham', 'learnspam']);

const editQitem: MailcowHandler = ({ state, payload }) => {
	const { items, attr } = editPayload(payload);
	const action = str(attr.action);
	const entryLog = log('edit', { id: echoItems(items), ...attr });
	// No or an unknown action: nothing happens and nothing is reported.
	if (!ACTIONS.has(action)) return writeAnswer([]);
	const entries: Entry[] = [];
	for (const id of asItems(items).map(str)) {
		const item = /^\d+$/.test(id) ? state.quarantine.get(Number(id)) : undefined;
		if (!item) {
			entries.push({ type: 'danger', log: entryLog, msg: 'access_denied' });
			continue;
		}
		if (action === 'learnspam') {
			// The row goes first, then rspamd learns the message.
			state.quarantine.delete(item.id);
			entries.push(
				state.mailContainers
					? { type: 'success', log: entryLog, msg: ['qlearn_spam', id] }
					: {
							type: 'danger',
							log: entryLog,
							msg: ['spam_learn_error', "Curl: Couldn't connect to server"],
						},
			);
			continue;
		}
		// release and learnham send the message back through postfix; the row then goes.
		if (!state.mailContainers) {
			entries.push({
				type: 'warning',
				log: entryLog,
				msg: ['release_send_failed', 'Cannot determine Postfix host'],
			});
			continue;
		}
		state.quarantine.delete(item.id);
		entries.push({ type: 'success', log: entryLog, msg: ['item_released', id] });
		if (action === 'learnham')
			entries.push({ type: 'success', log: entryLog, msg: ['learned_ham', id] });
	}
	return writeAnswer(entries);
};

const deleteQitem: MailcowHandler = ({ state, payload }) => {
	const entryLog = log('delete', { id: echoItems(payload) });
	const entries: Entry[] = [];
	// A body that is not a bare array (the spec's {"items": …}) is one invalid id.
	for (const id of Array.isArray(payload) ? payload.map(str) : [payload]) {
		if (typeof id !== 'string' || !/^\d+$/.test(id)) {
			entries.push({ type: 'danger', log: entryLog, msg: 'access_denied' });
			continue;
		}
		// No existence check: any numeric id is "deleted".
		state.quarantine.delete(Number(id));
		entries.push({ type: 'success', log: entryLog, msg: ['item_deleted', id] });
	}
	return writeAnswer(entries);
};

export const quarantineRoutes: RouteTable = {
	get: { quarantine: getQuarantine },
	edit: { qitem: editQitem },
	delete: { qitem: deleteQitem },
};
