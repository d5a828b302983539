// Fail2ban (netfilter): get/fail2ban, edit/fail2ban (options, lists, bans, regex),
// edit/fail2ban/banlist.
import { randomUUID } from 'node:crypto';
import type { Entry } from '../php';
import {
	asItems,
	editPayload,
	intval,
	isValidHostname,
	isValidNetwork,
	naturalCompare,
	splitList,
	str,
	writeAnswer,
} from '../php';
import type { MailcowState } from '../state';
import type { MailcowHandler, RouteTable } from './index';

/**
 * Networks mailcow never blacklists: everything, and its own Docker network (IPV4_NETWORK and
 * IPV6_NETWORK of mailcow.conf; these are mailcow's defaults). From mailcow's fail2ban('edit').
 */
const NEVER_BANNED = new Set([
	'0.0.0.0',
	'0.0.0.0/0',
	'172.22.1.0/24',
	'172.22.1.0',
	'fd4d:6169:6c63:6f77::/64',
]);
const bannable = (network: string) => isValidNetwork(network) && !NEVER_BANNED.has(network);

const joinSorted = (list: string[]) => [...new Set(list)].sort(naturalCompare).join('\n');

const getFail2ban: MailcowHandler = ({ state }) => {
	const f = state.fail2ban;
	const lists = { whitelist: joinSorted(f.whitelist), blacklist: joinSorted(f.blacklist) };
	// [DOCKER] Before netfilter writes its options only the lists (and the regex) are there.
	if (!state.fail2banWritten) return { status: 200, body: { regex: f.regex, ...lists } };
	const body: Record<string, unknown> = {
		ban_time: f.ban_time,
		ban_time_increment: f.ban_time_increment,
		max_ban_time: f.max_ban_time,
		netban_ipv4: f.netban_ipv4,
		netban_ipv6: f.netban_ipv6,
		max_attempts: f.max_attempts,
		retry_window: f.retry_window,
		banlist_id: f.banlist_id,
		manage_external: f.manage_external,
		regex: f.regex,
		...lists,
	};
	// The ban lists are netfilter's redis keys; they appear once netfilter has banned something.
	// Shapes as mailcow's fail2ban('get') builds them: each network with its address (`ip`, the
	// part before "/"), and an active ban's `banned_until` as the time left, "%02dh %02dm %02ds".
	if (state.mailContainers && f.permBans.length > 0)
		body.perm_bans = f.permBans.map((network) => ({ network, ip: network.split('/')[0] }));
	if (state.mailContainers && f.activeBans.length > 0)
		body.active_bans = f.activeBans.map((b) => ({
			queued_for_unban: b.queued_for_unban,
			network: b.network,
			ip: b.network.split('/')[0],
			banned_until: timeLeft(b.banned_until - Math.floor(Date.now() / 1000)),
		}));
	return { status: 200, body };
};

/** PHP's sprintf('%02dh %02dm %02ds', $d/3600, $d/60%60, $d%60): parts truncated toward 0. */
function timeLeft(seconds: number): string {
	const two = (n: number) => {
		const t = Math.trunc(n);
		return t < 0 ? String(t) : String(t).padStart(2, '0');
	};
	return `${two(seconds / 3600)}h ${two(Math.trunc(seconds / 60) % 60)}m ${two(seconds % 60)}s`;
}

/** Saves the options: omitted numbers keep their value, and each is clamped as mailcow does. */
function saveOptions(
	state: MailcowState,
	attr: Record<string, unknown>,
	entries: Entry[],
	entryLog: unknown[],
) {
	const f = state.fail2ban;
	state.fail2banWritten = true;
	const number = (key: string, current: number) =>
		attr[key] === undefined ? current : intval(attr[key]);
	f.ban_time = Math.max(60, number('ban_time', f.ban_time));
	f.max_ban_time = Math.max(60, number('max_ban_time', f.max_ban_time));
	f.max_attempts = Math.max(1, number('max_attempts', f.max_attempts));
	f.retry_window = Math.max(1, number('retry_window', f.retry_window));
	// The minimum check (8) is overwritten by the maximum check, so 4 stays 4.
	const v4 = number('netban_ipv4', f.netban_ipv4);
	f.netban_ipv4 = v4 > 32 ? 32 : v4;
	const v6 = number('netban_ipv6', f.netban_ipv6);
	f.netban_ipv6 = v6 > 128 ? 128 : v6;
	f.ban_time_increment = attr.ban_time_increment === '1' || attr.ban_time_increment === 1;
	f.manage_external = intval(attr.manage_external);
	const danger = (entry: string) =>
		entries.push({ type: 'danger', log: entryLog, msg: ['network_host_invalid', entry] });
	if (attr.whitelist !== undefined) {
		f.whitelist = splitList(attr.whitelist).filter((e) => {
			const ok = isValidNetwork(e) || isValidHostname(e);
			if (!ok) danger(e);
			return ok;
		});
	}
	if (attr.blacklist !== undefined) {
		f.blacklist = splitList(attr.blacklist).filter((e) => {
			const ok = bannable(e);
			if (!ok) danger(e);
			return ok;
		});
	}
	entries.push({ type: 'success', log: entryLog, msg: 'f2b_modified' });
}

const editFail2ban: MailcowHandler = ({ state, payload, rest }) => {
	const { items, attr } = editPayload(payload);
	if (rest[0] === 'banlist') return refreshBanlist(state, items);
	const { network: attrNetwork, ...others } = attr;
	const network = attrNetwork ?? asItems(items);
	const entryLog = ['fail2ban', 'edit', { network, ...others }];
	const entries: Entry[] = [];
	const action = attr.action === undefined ? undefined : str(attr.action);
	const f = state.fail2ban;
	if (action === undefined) {
		saveOptions(state, attr, entries, entryLog);
	} else if (action === 'edit-regex') {
		const regex = asItems(attr.regex).map(str);
		f.regex = Object.fromEntries(regex.map((r, i) => [String(i + 1), r]));
		entries.push({ type: 'success', log: entryLog, msg: ['object_modified', ''] });
	} else if (action === 'reset-regex') {
		// The stored set is deleted, then mailcow waits for netfilter to write its built-in one
		// back. [DOCKER] Without netfilter it gives up after ~10 s with reset_f2b_regex.
		f.regex = null;
		if (!state.mailContainers)
			entries.push({ type: 'danger', log: entryLog, msg: ['reset_f2b_regex'] });
		else entries.push({ type: 'success', log: entryLog, msg: ['object_modified', ''] });
	} else {
		for (const n of asItems(network).map(str)) {
			// unban checks nothing it reports: an invalid network is acknowledged like any other
			// (mailcow's code has no refusal on that branch), and nothing is queued.
			const refused =
				action === 'blacklist' ? !bannable(n) : action === 'whitelist' && !isValidNetwork(n);
			if (refused) {
				entries.push({ type: 'danger', log: entryLog, msg: ['network_host_invalid', n] });
				continue;
			}
			// A network is on one list at a time.
			if (action === 'blacklist') {
				f.whitelist = f.whitelist.filter((e) => e !== n);
				f.blacklist.push(n);
			} else if (action === 'whitelist') {
				f.blacklist = f.blacklist.filter((e) => e !== n);
				f.whitelist.push(n);
			} else if (action === 'unban') f.activeBans = f.activeBans.filter((b) => b.network !== n);
			// Any other action is acknowledged too, and does nothing.
			entries.push({ type: 'success', log: entryLog, msg: ['object_modified', n] });
		}
	}
	return writeAnswer(entries);
};

/** items must be the current banlist id (or absent while there is none); a wrong one is a 404. */
function refreshBanlist(state: MailcowState, items: unknown) {
	const f = state.fail2ban;
	const given = items === undefined ? null : str(asItems(items)[0]);
	if (given !== f.banlist_id) {
		return { status: 404, body: { type: 'error', msg: 'Cannot edit item' } };
	}
	f.banlist_id = randomUUID();
	return writeAnswer([
		{
			type: 'success',
			log: ['fail2ban', 'banlist', 'refresh', given],
			msg: 'f2b_banlist_refreshed',
		},
	]);
}

export const fail2banRoutes: RouteTable = {
	get: { fail2ban: getFail2ban },
	edit: { fail2ban: editFail2ban },
};
