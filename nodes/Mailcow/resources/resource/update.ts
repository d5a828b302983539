import { collection } from '../../../shared/fields';
import { update as updateOperation } from '../../shared/operation';
import { resources, updateAttributes } from './fields';

// edit/resource is undocumented; recorded in mailcow-observed-2.md.
export const update = updateOperation({
	name: 'Update',
	value: 'update',
	action:
		'Update resources, overwriting the description, kind, multiple bookings or active state given',
	description:
		'Change the description, kind, multiple bookings or active state of one or more resources (the address stays)',
	route: '/edit/resource',
	ids: resources,
	objects: ['resource', 'resources'],
	fields: collection(
		{
			displayName: 'Update Fields',
			name: 'resourceUpdateFields',
			description: 'Attributes to change; the others keep their values',
		},
		updateAttributes,
	),
});
