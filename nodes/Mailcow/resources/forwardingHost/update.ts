import { topLevel } from '../../../shared/fields';
import { update as updateOperation } from '../../shared/operation';
import { hosts, keepSpam } from './fields';

// edit/fwdhost is undocumented; recorded in mailcow-observed-2.md.
export const update = updateOperation({
	name: 'Update',
	value: 'update',
	action: 'Update forwarding hosts, overwriting their spam filter setting',
	description: 'Switch spam filtering on or off for one or more forwarding hosts',
	route: '/edit/fwdhost',
	ids: hosts,
	objects: ['forwarding host', 'forwarding hosts'],
	fields: topLevel(keepSpam),
	// The panel asks "Filter Spam"; mailcow's attribute is the inverse, "keep spam".
	finish: (_context, attr) => {
		attr.keep_spam = attr.keep_spam === 1 ? 0 : 1;
	},
});
