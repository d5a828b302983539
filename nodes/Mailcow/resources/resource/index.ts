import type { MailcowResource } from '../../shared/resource';
import { create } from './create';
import { del } from './delete';
import { getAll } from './getAll';
import { update } from './update';

export const resource: MailcowResource = {
	name: 'Resource',
	value: 'resource',
	default: 'create',
	operations: [create, del, getAll, update],
	messages: {
		resource_invalid:
			'No resource has this address (an ordinary mailbox is no resource), or the kind or description is invalid: the address is made of the letters and digits of the description.',
	},
};
