import type { INodeProperties } from 'n8n-workflow';
import { expiryFields, type MigaduField } from '../../shared/fields';
import type { Target } from '../../shared/target';

// Migadu addresses a forwarding by its full (external) destination address.
export const forwardingId = (r: Target) => r.address('forwarding', 'Forwarding Address');
export const forwardingLabel = (r: Target) =>
	`forwarding to "${forwardingId(r)}" of mailbox "${r.mailboxAddress()}"`;
export const forwardingsPath = (r: Target) => [
	'domains',
	r.domain(),
	'mailboxes',
	r.mailbox(),
	'forwardings',
];

/** The forwarding addressed by Get, Update and Delete. */
export const forwardingParameter: INodeProperties = {
	displayName: 'Forwarding Address',
	name: 'forwarding',
	type: 'string',
	required: true,
	default: '',
	placeholder: 'someone@elsewhere.example',
	description: 'The address the mailbox forwards to',
};

/** Forwarding settings (create and update). */
export const forwardingFields: MigaduField[] = [
	{
		key: 'is_active',
		kind: 'boolean',
		property: {
			displayName: 'Active',
			name: 'isActive',
			type: 'boolean',
			default: true,
			description: 'Whether mail is forwarded (it only starts once the destination has confirmed)',
		},
	},
	...expiryFields('forwarding', 'ends'),
];
