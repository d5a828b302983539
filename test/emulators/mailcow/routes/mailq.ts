// Queue manager: get/mailq/all, edit/mailq, delete/mailq, get/postcat/{qid}. The queue is
// postfix's, read through dockerapi; tests fill state.mailQueue.
import { asItems, editPayload, str, writeAnswer } from '../php';
import type { MailcowState } from '../state';
import type { MailcowHandler, RouteTable } from './index';

const getMailq: MailcowHandler = ({ state, rest }) => {
	// Only "all" has a case; anything else prints nothing.
	if (rest[0] !== 'all') return { status: 200, body: '' };
	if (!state.mailContainers) return { status: 200, body: [] };
	return {
		status: 200,
		body: state.mailQueue.map((item) => ({
			queue_name: item.queue_name,
			queue_id: item.queue_id,
			arrival_time: item.arrival_time,
			message_size: item.message_size,
			sender: item.sender,
			recipients: [...item.recipients],
		})),
	};
};

const getPostcat: MailcowHandler = ({ state, rest }) => {
	const item = state.mailQueue.find((q) => q.queue_id === rest[0]);
	// [DOCKER] The raw message comes from postfix; without it nothing is printed.
	if (!state.mailContainers || !item) return { status: 200, body: '' };
	return { status: 200, body: item.message ?? '' };
};

const EDIT_ACTIONS = new Set(['flush', 'super_delete', 'hold', 'unhold', 'deliver']);

/** What postsuper/postqueue do to the queue for an action. */
function apply(state: MailcowState, action: string, ids: string[]) {
	const queue = state.mailQueue;
	const selected = (q: { queue_id: string }) => ids.includes(q.queue_id);
	const keep = (predicate: (q: (typeof queue)[number]) => boolean) => {
		const left = queue.filter(predicate);
		queue.splice(0, queue.length, ...left);
	};
	if (action === 'flush' || action === 'super_delete') keep(() => false);
	else if (action === 'deliver' || action === 'delete') keep((q) => !selected(q));
	else if (action === 'hold') for (const q of queue.filter(selected)) q.queue_name = 'hold';
	else if (action === 'unhold') for (const q of queue.filter(selected)) q.queue_name = 'deferred';
}

function answer(state: MailcowState, action: string, log: unknown[], ids: string[]) {
	// [DOCKER] Without postfix the dockerapi call fails and mailcow reports "unknown".
	if (!state.mailContainers) return writeAnswer([{ type: 'danger', log, msg: 'unknown' }]);
	apply(state, action, ids);
	return writeAnswer([{ type: 'success', log, msg: 'queue_command_success' }]);
}

/** Reads attr.action and items; the documented body {"action":"flush"} has no attr: a no-op. */
const editMailq: MailcowHandler = ({ state, payload }) => {
	const { items, attr } = editPayload(payload);
	const action = str(attr.action);
	const qid = asItems(items).map(str);
	if (!EDIT_ACTIONS.has(action) || (action === 'deliver' && qid.length === 0))
		return writeAnswer([]);
	return answer(state, action, ['process_mailq_output', 'edit', { qid, action }], qid);
};

/** The body is the list of queue ids; {"action":"super_delete"} is taken as that list. */
const deleteMailq: MailcowHandler = ({ state, payload }) => {
	const qid = Array.isArray(payload) ? payload.map(str) : payload;
	const ids = Array.isArray(qid) ? qid : asItems(qid).map(str);
	return answer(state, 'delete', ['process_mailq_output', 'delete', { qid }], ids);
};

export const mailqRoutes: RouteTable = {
	get: { mailq: getMailq, postcat: getPostcat },
	edit: { mailq: editMailq },
	delete: { mailq: deleteMailq },
};
