import type { IDataObject, IExecuteSingleFunctions } from 'n8n-workflow';

/** A unix time in seconds (number or digits) as ISO-8601; anything else as mailcow sent it. */
export function isoTime(value: unknown): string | number | null {
	const seconds = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
	if (typeof seconds === 'number' && Number.isFinite(seconds) && seconds > 0)
		return new Date(seconds * 1000).toISOString();
	return typeof value === 'string' || typeof value === 'number' ? value : null;
}

const text = (value: unknown) => (value === undefined || value === null ? '' : String(value));
const list = (value: unknown) =>
	Array.isArray(value) ? value.map(text) : text(value) ? [text(value)] : [];
const num = (value: unknown) => (value === undefined || value === '' ? null : Number(value));

/**
 * What each log adds to the core fields: its `message` (the syslog line, or one made of the
 * record's fields where the log has none) and its own fields, tidied.
 */
const BY_LOG: Record<string, (r: IDataObject) => IDataObject> = {
	api: (r) => ({
		message: `${text(r.method)} ${text(r.uri)}`,
		method: r.method,
		uri: r.uri,
		remote: r.remote,
		data: r.data,
	}),
	autodiscover: (r) => ({
		message: `Autodiscover (${text(r.service)}) for ${text(r.user)}`,
		user: r.user,
		service: r.service,
		userAgent: r.ua,
	}),
	ratelimited: (r) => ({
		message: `Rate limit "${text(r.rl_name)}" reached: ${text(r.from)} to ${text(r.rcpt)}, subject "${text(r.header_subject)}"`,
		user: r.user,
		from: r.from,
		recipient: r.rcpt,
		subject: r.header_subject,
		queueId: r.qid,
		messageId: r.message_id,
		ip: r.ip,
		rateLimit: r.rl_name,
	}),
	'rspamd-history': (r) => ({
		message: `${text(r.action)} (score ${text(r.score)} of ${text(r.required_score)}): ${text(r.sender_smtp)} to ${list(r.rcpt_smtp).join(', ')}, subject "${text(r.subject)}"`,
		action: r.action,
		score: num(r.score),
		requiredScore: num(r.required_score),
		sender: r.sender_smtp,
		recipients: list(r.rcpt_smtp),
		subject: r.subject,
		messageId: r['message-id'],
		ip: r.ip,
		sizeBytes: num(r.size),
		user: r.user,
	}),
	watchdog: (r) => ({
		message: `${text(r.service)}: health ${text(r.lvl)}% (${text(r.hpnow)} of ${text(r.hptotal)} points, ${text(r.hpdiff)})`,
		service: r.service,
		healthPercent: num(r.lvl),
		healthPoints: num(r.hpnow),
		healthPointsTotal: num(r.hptotal),
		healthChange: num(r.hpdiff),
	}),
};

/**
 * A log entry with the same core fields in every log: `log`, `time` (ISO-8601 from mailcow's
 * unix seconds; rspamd's `unix_time`), `priority` (syslog priority where the log has one, else
 * null) and `message`; then the log's own fields (`program` of the syslog logs, the rspamd
 * verdict, the watchdog health points, …). Which log it is comes from the Log parameter.
 */
export function simplifyLogEntry(
	record: IDataObject,
	context: IExecuteSingleFunctions,
): IDataObject {
	const log = String(context.getNodeParameter('logName', ''));
	const own = BY_LOG[log]?.(record) ?? {
		message: record.message,
		...(record.program !== undefined ? { program: record.program } : {}),
	};
	return {
		log,
		time: isoTime(record.time ?? record.unix_time),
		priority: record.priority ?? null,
		...own,
	};
}
