import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';
import type { OperationDeclaration } from '../../../shared/describe';
import { parameterOf } from '../../../shared/fields';
import { readMailcowBody } from '../../shared/fields';
import { mailcowOperation } from '../../shared/operation';
import { setItemState } from '../../shared/state';
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

/** Reads the Queue IDs of the item and records them for the output and failures. */
export function readQueueIds(context: IExecuteSingleFunctions): string[] {
	const ids = readMailcowBody(context, [queueIds])[queueIds.key] as string[];
	setItemState(context, { summary: { queueIds: ids } as IDataObject, objects: OBJECTS });
	return ids;
}

/** A command on some messages: `POST edit/mailq {items: [queue ids], attr: {action}}`. */
export function someMessages(
	described: Described,
	action: 'hold' | 'unhold',
): OperationDeclaration {
	async function buildBody(this: IExecuteSingleFunctions, options: IHttpRequestOptions) {
		return editBody(this, options, readQueueIds(this), { action });
	}
	return mailcowOperation(
		described,
		{ method: 'POST', url: '/edit/mailq', preSend: buildBody, postReceive: [writeResult] },
		[parameterOf(queueIds)],
	);
}
