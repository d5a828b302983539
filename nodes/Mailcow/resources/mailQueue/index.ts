import type { MailcowResource } from '../../shared/resource';
import { del } from './delete';
import { deleteAll } from './deleteAll';
import { flush } from './flush';
import { getAll } from './getAll';
import { hold } from './hold';
import { release } from './release';

export const mailQueue: MailcowResource = {
	name: 'Mail Queue',
	value: 'mailQueue',
	default: String(getAll.option.value),
	operations: [del, deleteAll, flush, getAll, hold, release],
	successTexts: { queue_command_success: 'Queue command done' },
	messages: {
		// mailcow answers a bare "unknown" when its call to postfix through dockerapi failed.
		unknown:
			'Mailcow could not run the command: postfix did not answer through dockerapi (check that postfix-mailcow and dockerapi-mailcow are running).',
	},
};
