import { qitemAction } from './qitem';

// learnspam is undocumented (mailcow-observed-2.md): mailcow deletes the row first, then posts
// the message to rspamd, so a failed learning has already removed it from the quarantine.
export const learnSpam = qitemAction({
	name: 'Learn as Spam',
	value: 'learnSpam',
	action: 'Learn quarantined messages as spam and remove them from the quarantine',
	description:
		'Teach rspamd that the messages are spam; mailcow deletes them from the quarantine (they are not delivered)',
	qitemAction: 'learnspam',
	outcome: { done: 'learned', as: ' as spam', proof: ['qlearn_spam'] },
});
