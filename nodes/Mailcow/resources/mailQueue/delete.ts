import type { IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';
import { parameterOf } from '../../../shared/fields';
import { mailcowOperation } from '../../shared/operation';
import { deleteBody, writeResult } from '../../shared/write';
import { readQueueIds } from './command';
import { queueIds } from './fields';

// delete/mailq takes the bare list of queue ids; the documented {"action":"super_delete"} is
// taken as that list and empties nothing (mailcow-observed-2.md, Queue manager).
export const del = mailcowOperation(
	{
		name: 'Delete',
		value: 'delete',
		action: 'Permanently delete messages from the mail queue, undelivered',
		description: 'Delete queued messages by queue ID without delivering them',
	},
	{
		method: 'POST',
		url: '/delete/mailq',
		preSend: async function (this: IExecuteSingleFunctions, options: IHttpRequestOptions) {
			return deleteBody(this, options, await readQueueIds(this));
		},
		postReceive: [writeResult],
	},
	[parameterOf(queueIds)],
	['/delete/mailq', '/get/mailq/all'],
);
