import type { IDataObject } from 'n8n-workflow';

/**
 * A quarantined message of get/quarantine/all: `virusFound` from mailcow's `virus_flag` (the
 * position of "VIRUS_FOUND" in rspamd's symbols, 0 when absent — not a boolean), `created` as
 * ISO-8601 (mailcow sends unix seconds on this route), `notified` as a boolean.
 */
export function simplifyQuarantineItem(r: IDataObject): IDataObject {
	const created = Number(r.created);
	return {
		id: r.id,
		qid: r.qid,
		subject: r.subject,
		sender: r.sender,
		recipient: r.rcpt,
		score: r.score,
		action: r.action,
		virusFound: Number(r.virus_flag) > 0,
		notified: Number(r.notified) === 1,
		created: Number.isFinite(created) ? new Date(created * 1000).toISOString() : r.created,
	};
}

/** rspamd's symbols of a quarantined message (a JSON text in mailcow's row), name and score. */
function symbolsOf(text: unknown): IDataObject[] {
	try {
		const list = JSON.parse(String(text)) as unknown;
		return Array.isArray(list)
			? list
					.filter((s): s is IDataObject => typeof s === 'object' && s !== null)
					.map((s) => ({ name: s.name, score: s.score }))
			: [];
	} catch {
		return [];
	}
}

/**
 * One quarantined message of get/quarantine/{id}: without the raw message (`msg`, often
 * megabytes), fuzzy hashes and qhash (Simplify off keeps them); rspamd's symbols as a list of
 * name and score; `created` as mailcow sends it on this route ("YYYY-MM-DD hh:mm:ss", the
 * server's time zone).
 */
export function simplifyQuarantineDetail(r: IDataObject): IDataObject {
	const symbols = symbolsOf(r.symbols);
	return {
		id: r.id,
		qid: r.qid,
		subject: r.subject,
		sender: r.sender,
		recipient: r.rcpt,
		score: r.score,
		action: r.action,
		ip: r.ip,
		virusFound: symbols.some((s) => s.name === 'VIRUS_FOUND'),
		symbols,
		notified: Number(r.notified) === 1,
		created: r.created,
	};
}
