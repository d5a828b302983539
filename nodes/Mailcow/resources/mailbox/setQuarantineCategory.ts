import { parameterOf } from '../../../shared/fields';
import { readMailcowBody } from '../../shared/fields';
import { quarantineCategory } from './fields';
import { mailboxSetting } from './setting';

// Undocumented; like edit/quarantine_notification, a value outside the list is access_denied and
// none at all an empty 200.
export const setQuarantineCategory = mailboxSetting({
	name: 'Set Quarantine Category',
	value: 'setQuarantineCategory',
	action: 'Set which quarantined mail mailboxes are notified of, replacing the current setting',
	description:
		'Set which quarantined mail the notifications cover: rejected, sent to the junk folder, or all',
	route: '/edit/quarantine_category',
	properties: [parameterOf(quarantineCategory)],
	attr: (context) => {
		const attr = readMailcowBody(context, [quarantineCategory]);
		return { attr, summary: { quarantineCategory: attr.quarantine_category } };
	},
});
