import { collection } from '../../../shared/fields';
import { domainLocator, mailboxLocator } from '../../shared/descriptions';
import { operation } from '../../shared/operation';
import {
	checkIdentityPassword,
	identitiesPath,
	identityFields,
	identityId,
	identityLabel,
	identityParameter,
	PASSWORD_RULE,
	passwordUse,
} from './fields';

const updates = collection({ displayName: 'Update Fields', name: 'identityUpdateFields' }, [
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
			description: `New own password of the identity. ${PASSWORD_RULE}: given alone it also sets Password Use to "Custom Password"; given with another Password Use it is refused.`,
		},
	},
	...identityFields,
]);

export const update = operation({
	name: 'Update',
	value: 'update',
	action: 'Update an identity, overwriting the fields given',
	description: 'Change an identity of a mailbox (only the fields given)',
	method: 'PUT',
	path: (r) => [...identitiesPath(r), identityId(r)],
	target: identityLabel,
	locators: [domainLocator, mailboxLocator, identityParameter],
	fields: updates,
	finish: checkIdentityPassword,
	requireChange: true,
});
