import { collection, fieldError } from '../../../shared/fields';
import { update as updateOperation } from '../../shared/operation';
import { addresses, toHours, updateAttributes } from './fields';

export const update = updateOperation({
	name: 'Update',
	value: 'update',
	action: 'Update time-limited aliases, replacing their validity',
	description:
		'Make time-limited aliases permanent, or set a new validity counted from now (the description cannot be changed)',
	route: '/edit/time_limited_alias',
	ids: addresses,
	objects: ['time-limited alias', 'time-limited aliases'],
	fields: collection(
		{
			displayName: 'Update Fields',
			name: 'timeLimitedAliasUpdateFields',
			description: 'Permanent, or a new validity',
		},
		updateAttributes,
	),
	// edit/time_limited_alias (undocumented): permanent wins over validity, and "not permanent"
	// alone changes nothing.
	finish: (context, attr) => {
		toHours(context, attr);
		if (attr.permanent === 1 && attr.validity !== undefined)
			throw fieldError(context, 'Permanent', 'a permanent alias has no validity: set only one');
		if (attr.permanent === 0) {
			if (attr.validity === undefined)
				throw fieldError(context, 'Permanent', 'to end a permanent alias, set a Validity');
			// A validity ends permanence by itself.
			delete attr.permanent;
		}
	},
});
