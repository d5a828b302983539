import type { INodeProperties } from 'n8n-workflow';
import { toLocalPart } from '../../shared/convert';
import { collection, fieldError, readField, topLevel, type Field } from '../../shared/fields';
import { operation } from '../../shared/operation';
import { identitiesPath, identityFields, identityTarget, passwordUse } from './fields';

const show = { resource: ['identity'], operation: ['create'] };

const password: Field = {
	key: 'password',
	kind: 'secret',
	property: {
		displayName: 'Password',
		name: 'password',
		type: 'string',
		typeOptions: { password: true },
		default: '',
		description: 'Own password of the identity',
		displayOptions: { show: { ...show, passwordUse: ['custom'] } },
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
			placeholder: 'sales',
			description:
				"The part before the @ of the identity's address (an address of the domain is accepted too)",
		},
	},
	{
		key: 'name',
		kind: 'string',
		required: true,
		property: {
			displayName: 'Name',
			name: 'name',
			type: 'string',
			default: '',
			description: 'Display name used when sending as the identity',
		},
	},
	passwordUse,
]);

const additional = collection('additionalFields', 'Additional Fields', show, identityFields);

export const option = operation({
	name: 'Create',
	value: 'create',
	action: 'Create an identity',
	description: 'Add an identity (another address the mailbox can send as)',
	method: 'POST',
	path: identitiesPath,
	target: (r, body) =>
		`identity "${String(body.local_part)}@${r.domain()}" of mailbox "${r.mailboxAddress()}"`,
	body: [...main.body, ...additional.body],
	finish: (ctx, body, r) => {
		const localPart = toLocalPart(String(body.local_part), r.domain());
		if ('error' in localPart) throw fieldError(ctx, 'Local Part', localPart.error);
		body.local_part = localPart.value;
		if (body.password_use === 'custom') {
			body.password = readField(ctx, password, true);
		}
	},
});

export const description: INodeProperties[] = [
	...identityTarget(show, false),
	...main.properties,
	password.property,
	...additional.properties,
];
