import { NodeOperationError } from 'n8n-workflow';
import { collection } from '../../../shared/fields';
import { domainLocator, mailboxLocator, newName } from '../../shared/descriptions';
import { flag, passwordField } from '../../shared/fields';
import { operation } from '../../shared/operation';
import { mailboxFields, mailboxLabel } from './fields';

const updates = collection({ displayName: 'Update Fields', name: 'mailboxUpdateFields' }, [
	newName,
	passwordField('password', { description: 'New password of the mailbox' }),
	// Migadu reactivates a mailbox left inactive with PUT {is_active: true, password}.
	flag('is_active', {
		displayName: 'Active',
		name: 'isActive',
		default: true,
		description:
			'Whether the mailbox is active. Turn it on together with a new Password to reactivate a mailbox left inactive (for example by an invitation sent to an existing mailbox).',
	}),
	{
		key: 'password_method',
		kind: 'option',
		property: {
			displayName: 'Password Method',
			name: 'passwordMethod',
			type: 'options',
			options: [
				{ name: 'Password', value: 'password' },
				{ name: 'Invitation (Create Only)', value: 'invitation' },
			],
			default: 'password',
			description: 'Invitations only work when a mailbox is created; the node refuses them here',
		},
	},
	...mailboxFields,
]);

export const update = operation({
	name: 'Update',
	value: 'update',
	action: 'Update a mailbox, overwriting the fields given',
	description: 'Change the settings of a mailbox (only the fields given)',
	method: 'PUT',
	path: (r) => ['domains', r.domain(), 'mailboxes', r.mailbox()],
	target: mailboxLabel,
	locators: [domainLocator, mailboxLocator],
	fields: updates,
	requireChange: true,
	finish: (ctx, body, r) => {
		// Migadu accepts this on an existing mailbox but sends no email and deactivates the mailbox.
		if (body.password_method === 'invitation') {
			throw new NodeOperationError(
				ctx.getNode(),
				'Password Method "Invitation" only works when creating a mailbox',
				{
					itemIndex: ctx.getItemIndex(),
					description: `Migadu would accept it for ${mailboxLabel(r)}, send no invitation and deactivate the mailbox. To let the owner choose a new password, set a temporary Password instead, or delete and re-create the mailbox with an invitation. A mailbox already left inactive this way comes back with Active on and a new Password.`,
				},
			);
		}
	},
});
