import { fail2banAction } from './action';
import { addresses } from './fields';

export const whitelist = fail2banAction({
	name: 'Whitelist',
	value: 'whitelist',
	action: 'Whitelist addresses, lifting their bans and taking them off the blacklist',
	description:
		'Never ban these IP addresses or networks; mailcow removes them from the blacklist and lifts active bans',
	f2bAction: 'whitelist',
	field: addresses,
	done: 'whitelisted',
});
