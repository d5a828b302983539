import type { INodeProperties } from 'n8n-workflow';
import { collection } from '../../shared/fields';
import { operation } from '../../shared/operation';
import { identitiesPath, identityFields, identityId, identityLabel, passwordUse } from './fields';

const show = { resource: ['identity'], operation: ['update'] };

const updates = collection('identityUpdateFields', 'Update Fields', show, [
	{
		key: 'name',
		kind: 'string',
		notEmpty: true,
		property: { displayName: 'Name', name: 'name', type: 'string', default: '' },
	},
	passwordUse,
	{
		key: 'password',
		kind: 'secret',
		property: {
			displayName: 'Password',
			name: 'password',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			description: 'New own password of the identity (with Password Use "Custom Password")',
		},
	},
	...identityFields,
]);

export const option = operation({
	name: 'Update',
	value: 'update',
	action: 'Update an identity',
	description: 'Change an identity of a mailbox (only the fields given)',
	method: 'PUT',
	path: (r) => [...identitiesPath(r), identityId(r)],
	target: identityLabel,
	body: updates.body,
	requireChange: true,
});

export const description: INodeProperties[] = [...updates.properties];
