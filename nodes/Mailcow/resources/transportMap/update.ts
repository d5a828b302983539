import { collection } from '../../../shared/fields';
import { update as updateOperation } from '../../shared/operation';
import { transportMaps, updateAttributes } from './fields';

// edit/transport is undocumented; recorded in mailcow-observed-2.md.
export const update = updateOperation({
	name: 'Update',
	value: 'update',
	action: 'Update transport maps, overwriting the destination, next hop, login or flags given',
	description:
		'Change the destination, next hop, login, MX-based or active state of one or more transport maps',
	route: '/edit/transport',
	ids: transportMaps,
	objects: ['transport map', 'transport maps'],
	fields: collection(
		{
			displayName: 'Update Fields',
			name: 'transportMapUpdateFields',
			description: 'Attributes to change; the others keep their values',
		},
		updateAttributes,
	),
});
