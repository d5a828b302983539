import { fail2banAction } from './action';
import { banAddresses } from './fields';

export const ban = fail2banAction({
	name: 'Ban',
	value: 'ban',
	action: 'Ban addresses permanently (blacklist), taking them off the whitelist',
	description:
		'Add IP addresses or networks to the blacklist; mailcow removes them from the whitelist',
	f2bAction: 'blacklist',
	field: banAddresses,
	done: 'banned',
});
