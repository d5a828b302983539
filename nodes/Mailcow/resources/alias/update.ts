import { collection } from '../../../shared/fields';
import { update as updateOperation } from '../../shared/operation';
import { aliases, applyDestination, updateAttributes } from './fields';

export const update = updateOperation({
	name: 'Update',
	value: 'update',
	action: 'Update aliases, overwriting the fields given (destinations replace the current ones)',
	description: 'Change destinations, address, flags or comments of one or more aliases',
	route: '/edit/alias',
	ids: aliases,
	objects: ['alias', 'aliases'],
	fields: collection(
		{
			displayName: 'Update Fields',
			name: 'aliasUpdateFields',
			description: 'Attributes to change; the others keep their values',
		},
		updateAttributes,
	),
	finish: (context, attr) => applyDestination(context, attr, 'special', false),
});
