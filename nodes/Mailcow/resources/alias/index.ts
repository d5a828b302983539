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
		// mailcow drops each invalid destination and saves the rest; with none left, nothing.
		goto_invalid:
			'A destination address of the alias is invalid: mailcow dropped it and saved the valid destinations with the other changes, or nothing at all when no valid destination was left.',
		alias_invalid: 'The alias does not exist.',
	},
};
