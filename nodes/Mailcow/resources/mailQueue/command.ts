import type { IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';
import type { OperationDeclaration } from '../../../shared/describe';
import { parameterOf } from '../../../shared/fields';
import { readMailcowBody } from '../../shared/fields';
import { mailcowOperation } from '../../shared/operation';
import { onlyExisting } from '../../shared/existing';
import { editBody, writeResult } from '../../shared/write';
import { queueIds } from './fields';

type Described = { name: string; value: string; action: string; description: string };

const OBJECTS: [string, string] = ['queued message', 'queued messages'];

/**
 * A queue command on the whole queue: `POST edit/mailq {attr: {action}}`. Mailcow reads the
 * action from attr; the documented `{"action": …}` has none and does nothing
 * (mailcow-observed-2.md, Queue manager).
 */
export function wholeQueue(described: Described, action: 'flush' | 'super_delete') {
	return mailcowOperation(
		described,
		{
			method: 'POST',
			url: '/edit/mailq',
			preSend: async (options: IHttpRequestOptions) => {
				options.body = { attr: { action } };
				return options;
			},
			postReceive: [writeResult],
		},
		[],
	);
}

/**
 * Reads the Queue IDs of the item and keeps those in the queue: postsuper acknowledges any queue
 * id ("Queue command done"), so the queue is read first and the others are named (`notFound`).
 */
export async function readQueueIds(context: IExecuteSingleFunctions): Promise<string[]> {
	const ids = readMailcowBody(context, [queueIds])[queueIds.key] as string[];
	return await onlyExisting(context, ids, {
		route: '/get/mailq/all',
		idOf: (record) => String(record.queue_id),
		field: queueIds,
		objects: OBJECTS,
		idName: 'queue ID',
		summaryKey: 'queueIds',
		hint: 'The messages may have been delivered or deleted already; Mail Queue → Get Many lists the queue now. Mailcow lists an empty queue when postfix is not reachable.',
	});
}

/** A command on some messages: `POST edit/mailq {items: [queue ids], attr: {action}}`. */
export function someMessages(
	described: Described,
	action: 'hold' | 'unhold',
): OperationDeclaration {
	async function buildBody(this: IExecuteSingleFunctions, options: IHttpRequestOptions) {
		return editBody(this, options, await readQueueIds(this), { action });
	}
	return mailcowOperation(
		described,
		{ method: 'POST', url: '/edit/mailq', preSend: buildBody, postReceive: [writeResult] },
		[parameterOf(queueIds)],
		['/edit/mailq', '/get/mailq/all'],
	);
}
