import type { INodeProperties } from 'n8n-workflow';
import { displayName } from '../../shared/descriptions';
import { collection, readField, topLevel, type Field } from '../../shared/fields';
import { operation } from '../../shared/operation';
import {
	identitiesPath,
	identityFields,
	identityId,
	identityLabel,
	PASSWORD_RULE,
	passwordUse,
} from './fields';

const show = { resource: ['identity'], operation: ['create'] };

const password: Field = {
	key: 'password',
	kind: 'secret',
	property: {
		displayName: 'Password',
		name: 'identityPassword',
		type: 'string',
		typeOptions: { password: true },
		default: '',
		description: `Own password of the identity. ${PASSWORD_RULE}: this field appears only with "Custom Password".`,
		displayOptions: { show: { ...show, passwordUse: ['custom'] } },
	},
};

const main = topLevel(show, [{ ...displayName, required: true }, passwordUse]);

const additional = collection(
	'identityAdditionalFields',
	'Additional Fields',
	show,
	identityFields,
);

export const option = operation({
	name: 'Create',
	value: 'create',
	action: 'Create an identity',
	description: 'Add an identity (another address the mailbox can send as)',
	method: 'POST',
	path: identitiesPath,
	target: identityLabel,
	body: [...main.body, ...additional.body],
	finish: (ctx, body, r) => {
		body.local_part = identityId(r);
		// Migadu keeps a password only with password_use "custom" (PR #151): the field is shown,
		// read and sent only then (n8n-core does not hand out the value of a hidden field).
		if (body.password_use === 'custom') {
			body.password = readField(ctx, password, true);
		}
	},
});

export const description: INodeProperties[] = [
	// Name is declared once for mailboxes and identities (resources/index.ts).
	...main.properties.filter((p) => p.name !== displayName.property.name),
	password.property,
	...additional.properties,
];
