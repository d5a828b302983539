import { collection } from '../../../shared/fields';
import { update as updateOperation } from '../../shared/operation';
import { tlsPolicyMaps, updateAttributes } from './fields';

// edit/tls-policy-map is undocumented; recorded in mailcow-observed-2.md.
export const update = updateOperation({
	name: 'Update',
	value: 'update',
	action:
		'Update TLS policy maps, overwriting the destination, policy, parameters or active state given',
	description:
		'Change the destination, policy, parameters or active state of one or more TLS policy maps',
	route: '/edit/tls-policy-map',
	ids: tlsPolicyMaps,
	objects: ['TLS policy map', 'TLS policy maps'],
	fields: collection(
		{
			displayName: 'Update Fields',
			name: 'tlsPolicyMapUpdateFields',
			description: 'Attributes to change; the others keep their values',
		},
		updateAttributes,
	),
});
