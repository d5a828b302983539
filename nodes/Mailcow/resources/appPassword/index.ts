import type { MailcowResource } from '../../shared/resource';
import { create } from './create';
import { del } from './delete';
import { getAll } from './getAll';
import { update } from './update';

export const appPassword: MailcowResource = {
	name: 'App Password',
	value: 'appPassword',
	default: 'create',
	operations: [create, del, getAll, update],
	successTexts: {
		app_passwd_added: 'App password added',
		app_passwd_removed: 'App password deleted',
	},
	messages: {
		app_name_empty: 'The app password needs a name.',
		app_passwd_id_invalid:
			'No app password has this id. On Delete mailcow stops at the first unknown id: the ids after it were not deleted either.',
	},
};
