import { withShowOnce } from '../../../shared/describe';
import { fieldError, parameterOf } from '../../../shared/fields';
import { readMailcowBody } from '../../shared/fields';
import { spamHigh, spamLow, spamThresholds } from './fields';
import { mailboxSetting } from './setting';

const custom = (field: typeof spamLow) =>
	withShowOnce(parameterOf(field), spamThresholds.property.name, ['custom']);

export const setSpamScore = mailboxSetting({
	name: 'Set Spam Score',
	value: 'setSpamScore',
	action: "Set the spam score thresholds of mailboxes, replacing the mailboxes' current ones",
	description:
		"Set the spam scores above which the mailboxes' mail goes to junk (low) and is rejected (high), or go back to the server default",
	// Documented as edit/spam-score/ with the body wrapped in an array: mailcow answers "Task
	// completed" to that and changes nothing. The plain {items, attr} object works (recorded).
	route: '/edit/spam-score',
	properties: [parameterOf(spamThresholds), custom(spamLow), custom(spamHigh)],
	attr: (context) => {
		const { thresholds } = readMailcowBody(context, [spamThresholds]);
		if (thresholds === 'default')
			return { attr: { spam_score: 'default' }, summary: { serverDefault: true } };
		const { low, high } = readMailcowBody(context, [spamLow, spamHigh]) as {
			low: number;
			high: number;
		};
		// mailcow stores high < low as given: mail would be rejected before it is marked as spam.
		if (high < low)
			throw fieldError(
				context,
				spamHigh.property.displayName,
				`must not be below the ${spamLow.property.displayName} (${low})`,
			);
		// "low,high"; anything else is refused by mailcow with a plain message.
		return { attr: { spam_score: `${low},${high}` }, summary: { low, high } };
	},
});
