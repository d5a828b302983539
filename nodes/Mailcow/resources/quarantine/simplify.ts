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
