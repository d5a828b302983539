import { collection } from '../../../shared/fields';
import { update as updateOperation } from '../../shared/operation';
import { expandProtocols, mailboxes, updateAttributes } from './fields';

export const update = updateOperation({
	name: 'Update',
	value: 'update',
	action:
		'Update mailboxes, overwriting the fields given (allowed senders replace the list; tags are added)',
	description:
		'Change quota, password, name, flags, allowed senders or tags of one or more mailboxes',
	route: '/edit/mailbox',
	ids: mailboxes,
	objects: ['mailbox', 'mailboxes'],
	fields: collection(
		{
			displayName: 'Update Fields',
			name: 'mailboxUpdateFields',
			description: 'Attributes to change; the others keep their values',
		},
		updateAttributes,
	),
	tags: 'mailbox',
	finish: (_context, attr) => {
		expandProtocols(attr);
		// A password change needs both copies; a weak one makes mailcow drop the whole edit.
		if (attr.password !== undefined) attr.password2 = attr.password;
	},
});
