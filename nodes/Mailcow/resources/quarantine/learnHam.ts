import { qitemAction } from './qitem';

export const learnHam = qitemAction({
	name: 'Learn as Ham',
	value: 'learnHam',
	action: 'Learn quarantined messages as ham and release them',
	description:
		"Teach rspamd that the messages are not spam; mailcow releases them to their recipients' inboxes first",
	qitemAction: 'learnham',
	// mailcow's code answers learned_ham; the OpenAPI example shows item_learned.
	outcome: { done: 'learned', as: ' as ham', proof: ['learned_ham', 'item_learned'] },
});
