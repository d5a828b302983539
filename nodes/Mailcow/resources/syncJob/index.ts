import type { MailcowResource } from '../../shared/resource';
import { create } from './create';
import { del } from './delete';
import { getAll } from './getAll';
import { update } from './update';

export const syncJob: MailcowResource = {
	name: 'Sync Job',
	value: 'syncJob',
	default: 'create',
	operations: [create, del, getAll, update],
	successTexts: { deleted_syncjob: 'Sync job deleted' },
	messages: {
		no_user_defined: 'The sync job needs the mailbox the mail is synced into.',
		'bad character SPACE':
			'Custom Parameters: write each imapsync option as --name or --name=value, without spaces inside an option.',
	},
};
