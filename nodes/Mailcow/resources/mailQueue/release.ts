import { someMessages } from './command';

// mailcow's action for postsuper -H is "unhold".
export const release = someMessages(
	{
		name: 'Release',
		value: 'release',
		action: 'Release held messages back into the queue for delivery',
		description: 'Move messages from the hold queue back to the deferred queue',
	},
	'unhold',
);
