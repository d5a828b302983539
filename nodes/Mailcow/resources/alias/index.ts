import type { MailcowResource } from '../../shared/resource';
import { create } from './create';
import { del } from './delete';
import { get } from './get';
import { getAll } from './getAll';
import { update } from './update';

export const alias: MailcowResource = {
	name: 'Alias',
	value: 'alias',
	default: 'create',
	operations: [create, del, get, getAll, update],
	messages: {
		is_alias_or_mailbox: 'The address is already used by an alias or a mailbox.',
		max_alias_exceeded: 'The domain has reached its maximum number of aliases.',
		goto_empty: 'The alias needs at least one destination.',
		goto_invalid:
			'A destination address of the alias is invalid. Mailcow kept the previous destinations.',
		alias_invalid: 'The alias does not exist.',
	},
};
