import { parameterOf } from '../../../shared/fields';
import { readMailcowBody } from '../../shared/fields';
import { userAcl } from './fields';
import { mailboxSetting } from './setting';

export const setUserAcl = mailboxSetting({
	name: 'Set User ACL',
	value: 'setUserAcl',
	action: 'Replace the permissions of mailbox users (those not selected are switched off)',
	description:
		'Set what the users of the mailboxes may change themselves in mailcow; permissions not selected are switched off',
	// No route reads the ACL back (get/user-acl is a 404).
	route: '/edit/user-acl',
	properties: [parameterOf(userAcl)],
	attr: (context) => {
		// None selected is a real value: every permission off.
		const permissions =
			(readMailcowBody(context, [userAcl]).user_acl as string[] | undefined) ?? [];
		return { attr: { user_acl: permissions }, summary: { permissions } };
	},
});
