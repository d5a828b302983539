import { collection, fieldGroups, topLevel } from '../../../shared/fields';
import { domainLocator, mailboxLocator } from '../../shared/descriptions';
import { operation } from '../../shared/operation';
import { forwardingFields, forwardingsPath } from './fields';

export const create = operation({
	name: 'Create',
	value: 'create',
	action: 'Create a forwarding',
	description: "Forward copies of a mailbox's mail to an external address",
	method: 'POST',
	path: forwardingsPath,
	target: (r, body) => `forwarding to "${String(body.address)}" of mailbox "${r.mailboxAddress()}"`,
	locators: [domainLocator, mailboxLocator],
	fields: fieldGroups(
		topLevel({
			key: 'address',
			kind: 'address',
			required: true,
			property: {
				displayName: 'Address',
				name: 'address',
				type: 'string',
				default: '',
				placeholder: 'someone@elsewhere.example',
				description:
					'External address that receives a copy of the mail; Migadu asks it to confirm first',
			},
		}),
		collection(
			{ displayName: 'Additional Fields', name: 'forwardingAdditionalFields' },
			forwardingFields,
		),
	),
});
