import type { IDataObject } from 'n8n-workflow';
import { isoTime } from '../log/simplify';

/** postqueue's recipient "addr (delay reason)" as `{address, delayReason}` (null when none). */
function recipient(entry: unknown): IDataObject {
	const text = String(entry ?? '');
	const match = /^(\S+)\s+\((.*)\)$/s.exec(text);
	return match
		? { address: match[1], delayReason: match[2] }
		: { address: text, delayReason: null };
}

/**
 * A queued message as `{queueId, queue, arrivalTime (ISO-8601), sizeBytes, sender, recipients:
 * [{address, delayReason}]}` from postqueue -j's record.
 */
export function simplifyQueuedMessage(record: IDataObject): IDataObject {
	return {
		queueId: record.queue_id,
		queue: record.queue_name,
		arrivalTime: isoTime(record.arrival_time),
		sizeBytes: record.message_size === undefined ? null : Number(record.message_size),
		sender: record.sender,
		recipients: (Array.isArray(record.recipients) ? record.recipients : []).map(recipient),
	};
}
