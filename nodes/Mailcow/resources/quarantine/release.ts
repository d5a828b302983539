import { qitemAction } from './qitem';

export const release = qitemAction({
	name: 'Release',
	value: 'release',
	action: "Release quarantined messages to their recipients' inboxes",
	description:
		'Deliver quarantined messages to their recipients; mailcow removes them from the quarantine',
	qitemAction: 'release',
	outcome: { done: 'released', as: '', proof: ['item_released'] },
});
