import { collection } from '../../../shared/fields';
import { update as updateOperation } from '../../shared/operation';
import { relayHosts, updateAttributes } from './fields';

// edit/relayhost is undocumented; recorded in mailcow-observed-2.md.
export const update = updateOperation({
	name: 'Update',
	value: 'update',
	action: 'Update relay hosts, overwriting the host, login or active state given',
	description: 'Change the host, username, password or active state of one or more relay hosts',
	route: '/edit/relayhost',
	ids: relayHosts,
	objects: ['relay host', 'relay hosts'],
	fields: collection(
		{
			displayName: 'Update Fields',
			name: 'relayHostUpdateFields',
			description: 'Attributes to change; the others keep their values',
		},
		updateAttributes,
	),
});
