import { collection } from '../../../shared/fields';
import { update as updateOperation } from '../../shared/operation';
import { bccMaps, updateAttributes } from './fields';

// edit/bcc is undocumented; recorded in mailcow-observed-2.md.
export const update = updateOperation({
	name: 'Update',
	value: 'update',
	action: 'Update BCC maps, overwriting the BCC destination, type or active state given',
	description:
		'Change the BCC destination, type or active state of one or more BCC maps (the local destination stays)',
	route: '/edit/bcc',
	ids: bccMaps,
	objects: ['BCC map', 'BCC maps'],
	fields: collection(
		{
			displayName: 'Update Fields',
			name: 'bccMapUpdateFields',
			description: 'Attributes to change; the others keep their values',
		},
		updateAttributes,
	),
});
