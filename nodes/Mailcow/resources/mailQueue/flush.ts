import { wholeQueue } from './command';

export const flush = wholeQueue(
	{
		name: 'Flush',
		value: 'flush',
		action: 'Flush the mail queue, retrying delivery of every queued message now',
		description: 'Ask postfix to try delivering every queued message now (postqueue -f)',
	},
	'flush',
);
