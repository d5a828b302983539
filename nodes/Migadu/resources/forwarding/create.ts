import type { INodeProperties } from 'n8n-workflow';
import { collection, topLevel } from '../../shared/fields';
import { operation } from '../../shared/operation';
import { forwardingFields, forwardingsPath } from './fields';

const show = { resource: ['forwarding'], operation: ['create'] };

const main = topLevel(show, [
	{
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
	},
]);

const additional = collection(
	'forwardingAdditionalFields',
	'Additional Fields',
	show,
	forwardingFields,
);

export const option = operation({
	name: 'Create',
	value: 'create',
	action: 'Create a forwarding',
	description: "Forward copies of a mailbox's mail to an external address",
	method: 'POST',
	path: forwardingsPath,
	target: (r, body) => `forwarding to "${String(body.address)}" of mailbox "${r.mailboxAddress()}"`,
	body: [...main.body, ...additional.body],
});

export const description: INodeProperties[] = [...main.properties, ...additional.properties];
