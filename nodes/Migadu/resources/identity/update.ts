import { collection } from '../../../shared/fields';
import { domainLocator, mailboxLocator, newName } from '../../shared/descriptions';
import { passwordField } from '../../shared/fields';
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
	newName,
	passwordUse,
	passwordField('password', {
		description: `New own password of the identity. ${PASSWORD_RULE}: given alone it also sets Password Use to "Custom Password"; given with another Password Use it is refused.`,
	}),
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
