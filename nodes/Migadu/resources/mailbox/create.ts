import { collection, fieldError, fieldGroups, topLevel } from '../../../shared/fields';
import { toLocalPart } from '../../shared/convert';
import { displayName, domainLocator } from '../../shared/descriptions';
import {
	passwordField,
	readInFinish,
	readMigaduField,
	type MigaduField,
} from '../../shared/fields';
import { operation } from '../../shared/operation';
import { mailboxFields, recoveryEmail } from './fields';

const passwordMethod: MigaduField = {
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

const password = passwordField('password', {
	displayOptions: { show: { passwordMethod: ['password'] } },
});

const localPart: MigaduField = {
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
};

export const create = operation({
	name: 'Create',
	value: 'create',
	action: 'Create a mailbox',
	description: 'Create a mailbox with a password, or invite its owner to set one',
	method: 'POST',
	path: (r) => ['domains', r.domain(), 'mailboxes'],
	target: (r, body) => `mailbox "${String(body.local_part)}@${r.domain()}"`,
	locators: [domainLocator],
	fields: fieldGroups(
		topLevel(localPart, displayName),
		readInFinish(passwordMethod, password, recoveryEmail),
		collection(
			{ displayName: 'Additional Fields', name: 'mailboxAdditionalFields' },
			mailboxFields.filter((f) => f !== recoveryEmail),
		),
	),
	finish: (ctx, body, r) => {
		const converted = toLocalPart(String(body.local_part), r.domain());
		if ('error' in converted)
			throw fieldError(ctx, localPart.property.displayName, converted.error);
		body.local_part = converted.value;
		// Sent explicitly: clients disagree on Migadu's default when it is left out.
		const method = readMigaduField(ctx, passwordMethod, true) as string;
		body.password_method = method;
		const recovery = readMigaduField(ctx, recoveryEmail, method === 'invitation');
		if (recovery !== undefined) body.password_recovery_email = recovery;
		if (method === 'password') body.password = readMigaduField(ctx, password, true);
	},
});
