// Rate limits of domains and mailboxes: edit/rl-domain, edit/rl-mbox, get/rl-domain/{d|all},
// get/rl-mbox/{u|all}. The limits live on the domain and mailbox records (`rl`).
import type { Entry } from '../php';
import { asItems, editPayload, getAnswer, intval, str, writeAnswer } from '../php';
import type { MailcowRateLimit, MailcowState } from '../state';
import type { MailcowHandler, RouteTable } from './index';

type Kind = 'domain' | 'mailbox';

/** The objects that can carry a limit: domains (and alias domains), or mailboxes. */
function holder(
	state: MailcowState,
	kind: Kind,
	name: string,
): { rl: MailcowRateLimit | false } | undefined {
	if (kind === 'mailbox') return state.mailboxes.get(name);
	return state.domains.get(name) ?? state.aliasDomains.get(name);
}

function editRateLimit(kind: Kind): MailcowHandler {
	return ({ state, payload }) => {
		const { items, attr } = editPayload(payload);
		const objects = asItems(items).map(str);
		const entryLog = ['ratelimit', 'edit', kind, { object: objects, ...attr }];
		const frame = str(attr.rl_frame);
		if (!['s', 'm', 'h', 'd'].includes(frame))
			return writeAnswer([{ type: 'danger', log: entryLog, msg: 'rl_timeframe' }]);
		const entries: Entry[] = [];
		for (const object of objects) {
			const target = holder(state, kind, object.toLowerCase());
			if (!target) {
				entries.push({ type: 'danger', log: entryLog, msg: 'access_denied' });
				continue;
			}
			// 0, empty or non-numeric removes the limit, and still answers rl_saved.
			const value = intval(attr.rl_value);
			target.rl = value > 0 ? { value: String(value), frame } : false;
			entries.push({ type: 'success', log: entryLog, msg: ['rl_saved', object] });
		}
		return writeAnswer(entries);
	};
}

function getRateLimit(kind: Kind): MailcowHandler {
	return ({ state, rest }) => {
		const object = (rest[0] ?? '').toLowerCase();
		if (object === 'all') {
			const key = kind === 'domain' ? 'domain' : 'mailbox';
			const named: Array<[string, { rl: MailcowRateLimit | false }]> =
				kind === 'domain'
					? [...state.domains.entries(), ...state.aliasDomains.entries()]
					: [...state.mailboxes.entries()];
			const list = named
				.filter(([, h]) => h.rl)
				.sort(([a], [b]) => (a < b ? -1 : 1))
				.map(([name, h]) => ({ ...(h.rl as MailcowRateLimit), [key]: name }));
			return getAnswer(list);
		}
		const target = holder(state, kind, object);
		return getAnswer(target?.rl ? { ...target.rl } : undefined);
	};
}

export const ratelimitRoutes: RouteTable = {
	get: { 'rl-domain': getRateLimit('domain'), 'rl-mbox': getRateLimit('mailbox') },
	edit: { 'rl-domain': editRateLimit('domain'), 'rl-mbox': editRateLimit('mailbox') },
};
