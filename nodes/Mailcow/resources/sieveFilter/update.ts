import { collection } from '../../../shared/fields';
import { update as updateOperation } from '../../shared/operation';
import { ids, updateAttributes } from './fields';

export const update = updateOperation({
	name: 'Update',
	value: 'update',
	action: 'Update sieve filters, replacing the fields given',
	description:
		'Change the description, script, type or active flag of filters (activating one deactivates the other filter of its type)',
	route: '/edit/filter',
	ids,
	objects: ['filter', 'filters'],
	fields: collection(
		{
			displayName: 'Update Fields',
			name: 'sieveFilterUpdateFields',
			description: 'Attributes to change; the others keep their values',
		},
		updateAttributes,
	),
});
