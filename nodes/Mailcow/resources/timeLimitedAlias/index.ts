import type { MailcowResource } from '../../shared/resource';
import { create } from './create';
import { del } from './delete';
import { getAll } from './getAll';
import { update } from './update';

export const timeLimitedAlias: MailcowResource = {
	name: 'Time-Limited Alias',
	value: 'timeLimitedAlias',
	default: 'create',
	operations: [create, del, getAll, update],
	messages: {
		validity_missing: 'The validity must be a whole number of hours from 1 to 87600 (3650 days).',
	},
};
