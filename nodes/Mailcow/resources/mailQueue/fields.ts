import type { MailcowField } from '../../shared/fields';

/**
 * Postfix queue ids are letters and digits. "ALL" is postsuper's word for every message of the
 * queue (postsuper -d ALL, -h ALL), so it is refused here: Delete All says so on purpose.
 */
function checkQueueIds(value: unknown): string | undefined {
	const ids = value as string[];
	const all = ids.find((id) => id.toUpperCase() === 'ALL');
	if (all) return `"${all}" would reach postfix as every message of the queue`;
	const bad = ids.find((id) => !/^[0-9A-Za-z]+$/.test(id));
	return bad === undefined ? undefined : `"${bad}" is not a queue ID (letters and digits)`;
}

/** The queued messages a Hold, Release or Delete changes, as Get Many lists them (`queueId`). */
export const queueIds: MailcowField = {
	key: 'queueIds',
	kind: 'list',
	required: true,
	check: checkQueueIds,
	hint: 'Use the queueId of Mail Queue → Get Many; to empty the queue use Delete All.',
	property: {
		displayName: 'Queue IDs',
		name: 'mailQueueIds',
		type: 'string',
		default: '',
		placeholder: '4F2A1C0D3E, B98C6260CA1',
		description:
			'One or more queue IDs as Get Many lists them (its "queueId"), comma-separated, or an array from an expression',
	},
};
