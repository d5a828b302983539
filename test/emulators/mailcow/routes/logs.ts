// Logs: get/logs/{name}/{count}. The api log is written by the gateway (../index.ts); the
// container logs are lists the containers push to redis, kept in state.logs for tests to fill.
import { getAnswer } from '../php';
import { CONTAINER_LOGS, type MailcowLogName } from '../state';
import { NOT_FOUND, type MailcowHandler, type RouteTable } from './index';

/** mailcow's LOG_LINES: how many entries a request without a count gets. */
export const LOG_LINES = 1000;

/** Logs the containers fill; without them (the recorder) they stay empty. */
const DOCKER_LOGS = new Set<string>([
	'acme',
	'autodiscover',
	'dovecot',
	'netfilter',
	'postfix',
	'ratelimited',
	'rspamd-history',
	'sogo',
	'watchdog',
	'cron',
	'sasl',
]);

/**
 * `count` is N (the newest N) or `from-to` (1-based, newest first); non-digits are stripped
 * first ("1x" is 1). 0, "abc", "-2" and "5-3" select nothing.
 */
export function selectRange<T>(list: T[], count: string | undefined): T[] {
	if (count === undefined) return list.slice(0, LOG_LINES);
	const cleaned = count.replace(/[^0-9-]/g, '');
	const range = /^(\d+)-(\d+)$/.exec(cleaned);
	if (range) {
		const from = Number(range[1]);
		const to = Number(range[2]);
		return from >= 1 && from <= to ? list.slice(from - 1, to) : [];
	}
	if (!/^\d+$/.test(cleaned) || Number(cleaned) < 1) return [];
	return list.slice(0, Number(cleaned));
}

const getLogs: MailcowHandler = ({ state, rest }) => {
	const [name = '', count] = rest;
	if (name === 'api') return getAnswer(selectRange(state.apiLog, count).map((e) => ({ ...e })));
	if (name === 'rspamd-stats') {
		return getAnswer(state.mailContainers ? { ...state.rspamdStats } : undefined);
	}
	if (!(CONTAINER_LOGS as readonly string[]).includes(name)) return NOT_FOUND;
	if (DOCKER_LOGS.has(name) && !state.mailContainers) return getAnswer(undefined);
	const list = state.logs[name as MailcowLogName];
	return getAnswer(selectRange(list, count).map((e) => ({ ...e })));
};

export const logsRoutes: RouteTable = { get: { logs: getLogs } };
