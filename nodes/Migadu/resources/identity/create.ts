import { collection, fieldGroups, topLevel } from '../../../shared/fields';
import { displayName, domainLocator, mailboxLocator } from '../../shared/descriptions';
import { passwordField, readInFinish, readMigaduField } from '../../shared/fields';
import { operation } from '../../shared/operation';
import {
	identitiesPath,
	identityFields,
	identityId,
	identityLabel,
	identityParameter,
	PASSWORD_RULE,
	passwordUse,
} from './fields';

const password = passwordField('identityPassword', {
	description: `Own password of the identity. ${PASSWORD_RULE}: this field appears only with "Custom Password".`,
	displayOptions: { show: { passwordUse: ['custom'] } },
});

export const create = operation({
	name: 'Create',
	value: 'create',
	action: 'Create an identity',
	description: 'Add an identity (another address the mailbox can send as)',
	method: 'POST',
	path: identitiesPath,
	target: identityLabel,
	locators: [domainLocator, mailboxLocator, identityParameter],
	fields: fieldGroups(
		topLevel(displayName, passwordUse),
		readInFinish(password),
		collection(
			{ displayName: 'Additional Fields', name: 'identityAdditionalFields' },
			identityFields,
		),
	),
	finish: (ctx, body, r) => {
		body.local_part = identityId(r);
		// Migadu keeps a password only with password_use "custom" (PR #151): the field is shown,
		// read and sent only then (n8n-core does not hand out the value of a hidden field).
		if (body.password_use === 'custom') {
			body.password = readMigaduField(ctx, password, true);
		}
	},
});
