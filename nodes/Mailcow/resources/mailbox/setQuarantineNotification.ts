import { parameterOf } from '../../../shared/fields';
import { readMailcowBody } from '../../shared/fields';
import { quarantineNotification } from './fields';
import { mailboxSetting } from './setting';

// A value outside mailcow's list is refused as access_denied, a missing one is an empty 200 (a
// swallowed PHP error): the option field only lets the listed values through.
export const setQuarantineNotification = mailboxSetting({
	name: 'Set Quarantine Notification',
	value: 'setQuarantineNotification',
	action: 'Set how often mailboxes are notified of quarantined mail, replacing the current setting',
	description: 'Set how often the users hear about quarantined mail (never, hourly, daily, weekly)',
	route: '/edit/quarantine_notification',
	properties: [parameterOf(quarantineNotification)],
	attr: (context) => {
		const attr = readMailcowBody(context, [quarantineNotification]);
		return { attr, summary: { quarantineNotification: attr.quarantine_notification } };
	},
});
