import type { INodeProperties } from 'n8n-workflow';
import { toLocalPart } from '../../shared/convert';
import { displayName } from '../../shared/descriptions';
import { collection, fieldError, readField, topLevel, type Field } from '../../shared/fields';
import { operation } from '../../shared/operation';
import { mailboxFields } from './fields';

const show = { resource: ['mailbox'], operation: ['create'] };

const passwordMethod: Field = {
	key: 'password_method',
	kind: 'option',
	property: {
		displayName: 'Password Method',
		name: 'passwordMethod',
		type: 'options',
		options: [
			{
				name: 'Set Password Now',
				value: 'password',
				description: 'Set the password in this request',
			},
			{
				name: 'Send Invitation',
				value: 'invitation',
				description: 'Migadu emails the recovery address a link to choose a password',
			},
		],
		default: 'password',
	},
};

const password: Field = {
	key: 'password',
	kind: 'secret',
	property: {
		displayName: 'Password',
		name: 'password',
		type: 'string',
		typeOptions: { password: true },
		default: '',
		displayOptions: { show: { ...show, passwordMethod: ['password'] } },
	},
};

const recoveryEmail: Field = {
	key: 'password_recovery_email',
	kind: 'address',
	property: {
		displayName: 'Password Recovery Email',
		name: 'recoveryEmail',
		type: 'string',
		placeholder: 'name@personal.example',
		default: '',
		description:
			'External address for password resets; required for an invitation, which is sent there',
	},
};

const main = topLevel(show, [
	{
		key: 'local_part',
		kind: 'string',
		required: true,
		property: {
			displayName: 'Local Part',
			name: 'localPart',
			type: 'string',
			default: '',
			placeholder: 'demo',
			description: 'The part before the @ (an address of the domain is accepted too)',
		},
	},
	{ ...displayName, required: true },
]);

const additional = collection(
	'mailboxAdditionalFields',
	'Additional Fields',
	show,
	mailboxFields.filter((f) => f.key !== 'password_recovery_email'),
);

export const option = operation({
	name: 'Create',
	value: 'create',
	action: 'Create a mailbox',
	description: 'Create a mailbox with a password, or invite its owner to set one',
	method: 'POST',
	path: (r) => ['domains', r.domain(), 'mailboxes'],
	target: (r, body) => `mailbox "${String(body.local_part)}@${r.domain()}"`,
	body: [...main.body, ...additional.body],
	finish: (ctx, body, r) => {
		const localPart = toLocalPart(String(body.local_part), r.domain());
		if ('error' in localPart) throw fieldError(ctx, 'Local Part', localPart.error);
		body.local_part = localPart.value;
		// Sent explicitly: clients disagree on Migadu's default when it is left out.
		const method = readField(ctx, passwordMethod, true) as string;
		body.password_method = method;
		const recovery = readField(ctx, recoveryEmail, method === 'invitation');
		if (recovery !== undefined) body.password_recovery_email = recovery;
		if (method === 'password') body.password = readField(ctx, password, true);
	},
});

/** Local Part, shown before the shared Name field (resources/index.ts). */
export const localPartProperty = main.properties[0];

export const description: INodeProperties[] = [
	// Local Part and Name are placed by resources/index.ts (Name is shared with identities).
	...main.properties.slice(2),
	{ ...passwordMethod.property, displayOptions: { show } },
	password.property,
	{ ...recoveryEmail.property, displayOptions: { show } },
	...additional.properties,
];
