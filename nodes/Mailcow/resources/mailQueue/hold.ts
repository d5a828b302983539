import { someMessages } from './command';

export const hold = someMessages(
	{
		name: 'Hold',
		value: 'hold',
		action: 'Hold queued messages, stopping their delivery until released',
		description: 'Move messages to the hold queue: postfix keeps them but does not deliver them',
	},
	'hold',
);
