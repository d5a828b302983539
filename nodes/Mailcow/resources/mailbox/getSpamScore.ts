import { getOne } from '../../shared/operation';
import { getItemState } from '../../shared/state';
import { mailbox } from './fields';

export const getSpamScore = getOne({
	name: 'Get Spam Score',
	value: 'getSpamScore',
	action: 'Get the spam score thresholds of a mailbox',
	description:
		"Get the spam scores above which the mailbox's mail is marked as spam (low) and rejected (high); the server default when none are set",
	what: 'mailbox',
	route: ['get', 'spam-score'],
	locator: mailbox,
	// mailcow answers {"score": "low,high"}: the answer names no mailbox, the one asked for is added.
	simplify: (record, context) => {
		const [low, high] = String(record.score ?? '')
			.split(',')
			.map(Number);
		return { mailbox: getItemState(context).wanted?.value, low, high };
	},
});
