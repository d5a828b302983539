import { wholeQueue } from './command';

// The whole queue is edit/mailq's super_delete in attr (postsuper -d ALL), not delete/mailq.
export const deleteAll = wholeQueue(
	{
		name: 'Delete All',
		value: 'deleteAll',
		action: 'Permanently delete every message in the mail queue, undelivered',
		description: 'Empty the mail queue: every queued message is deleted without being delivered',
	},
	'super_delete',
);
