import type { IDataObject } from 'n8n-workflow';

const lines = (value: unknown) =>
	typeof value === 'string'
		? value
				.split('\n')
				.map((line) => line.trim())
				.filter(Boolean)
		: [];

const rows = (value: unknown) =>
	Array.isArray(value)
		? value.filter((row): row is IDataObject => typeof row === 'object' && row !== null)
		: [];

/** mailcow's "01h 02m 03s" (time left of an active ban) in seconds. */
function secondsLeft(text: unknown): number | null {
	const match = /^(-?\d+)h (-?\d+)m (-?\d+)s$/.exec(String(text));
	if (!match) return null;
	return Number(match[1]) * 3600 + Number(match[2]) * 60 + Number(match[3]);
}

const present = (record: IDataObject): IDataObject =>
	Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined));

const number = (value: unknown) => (value === undefined ? undefined : Number(value));
const bool = (value: unknown) =>
	value === undefined ? undefined : value === true || Number(value) === 1;

/**
 * The settings and bans of get/fail2ban: numbers in seconds (ban times, retry window), flags as
 * booleans, the white- and blacklist as arrays (mailcow joins them with new lines), each active
 * ban with its address and `secondsLeft` (mailcow sends "01h 02m 03s"), permanent bans as
 * networks (mailcow sends `{network, ip}`, older releases strings), the custom regex filters
 * as a list (null: netfilter's built-in set). Settings netfilter has not written yet are left
 * out.
 */
export function simplifyFail2ban(r: IDataObject): IDataObject {
	return present({
		banTime: number(r.ban_time),
		banTimeIncrement: bool(r.ban_time_increment),
		maxBanTime: number(r.max_ban_time),
		maxAttempts: number(r.max_attempts),
		retryWindow: number(r.retry_window),
		netbanIpv4: number(r.netban_ipv4),
		netbanIpv6: number(r.netban_ipv6),
		manageExternal: bool(r.manage_external),
		whitelist: lines(r.whitelist),
		blacklist: lines(r.blacklist),
		activeBans: rows(r.active_bans).map((ban) => ({
			network: ban.network,
			address: ban.ip ?? String(ban.network).split('/')[0],
			secondsLeft: secondsLeft(ban.banned_until),
			queuedForUnban: Number(ban.queued_for_unban) === 1,
		})),
		permanentBans: (Array.isArray(r.perm_bans) ? (r.perm_bans as unknown[]) : []).map((ban) =>
			typeof ban === 'object' && ban !== null ? (ban as IDataObject).network : ban,
		),
		regex: r.regex && typeof r.regex === 'object' ? Object.values(r.regex as IDataObject) : null,
	});
}
