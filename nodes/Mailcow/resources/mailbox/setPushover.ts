import { collection, parameterOf } from '../../../shared/fields';
import { readMailcowBody } from '../../shared/fields';
import { pushoverActive, pushoverKey, pushoverOptions, pushoverToken } from './fields';
import { mailboxSetting } from './setting';

const options = collection(
	{
		displayName: 'Options',
		name: 'mailboxPushoverOptions',
		placeholder: 'Add Option',
		description: 'Settings not added keep their current value in mailcow',
	},
	pushoverOptions,
);

export const setPushover = mailboxSetting({
	name: 'Set Pushover',
	value: 'setPushover',
	action: 'Set the Pushover notifications of mailboxes, replacing the key, token and options given',
	description:
		'Send a Pushover notification for new mail of the mailboxes: key, token, title, text, senders, priority, sound',
	route: '/edit/pushover',
	properties: [
		parameterOf(pushoverActive),
		parameterOf(pushoverKey),
		parameterOf(pushoverToken),
		...options.properties,
	],
	attr: (context) => {
		// Key and token are checked here (30 letters or digits): mailcow refuses others with
		// pushover_key / pushover_token. They never go into the output.
		const attr = readMailcowBody(context, [
			pushoverActive,
			pushoverKey,
			pushoverToken,
			...options.body,
		]);
		return { attr, summary: { active: attr.active === 1 } };
	},
});
