import { collection } from '../../../shared/fields';
import { update as updateOperation } from '../../shared/operation';
import { recipientMaps, updateAttributes } from './fields';

// edit/recipient_map is undocumented; recorded in mailcow-observed-2.md.
export const update = updateOperation({
	name: 'Update',
	value: 'update',
	action: 'Update recipient maps, overwriting the original or new recipient or active state given',
	description:
		'Change the original recipient, new recipient or active state of one or more recipient maps',
	route: '/edit/recipient_map',
	ids: recipientMaps,
	objects: ['recipient map', 'recipient maps'],
	fields: collection(
		{
			displayName: 'Update Fields',
			name: 'recipientMapUpdateFields',
			description: 'Attributes to change; the others keep their values',
		},
		updateAttributes,
	),
});
