import { collection, fieldGroups, topLevel } from '../../../shared/fields';
import { asciiName } from '../../shared/idn';
import { create as createOperation } from '../../shared/operation';
import { generatePassword } from '../../shared/passwords';
import { simplifyMailbox } from './simplify';
import {
	createAttributes,
	domain,
	expandProtocols,
	fullName,
	localPart,
	password,
	quota,
} from './fields';

export const create = createOperation({
	name: 'Create',
	value: 'create',
	action: 'Create a mailbox',
	description: 'Create a mailbox; a strong password is generated when none is given',
	route: '/add/mailbox',
	fields: fieldGroups(
		topLevel(domain, localPart, fullName, password, quota),
		collection(
			{ displayName: 'Options', name: 'mailboxOptions', placeholder: 'Add Option' },
			createAttributes,
		),
	),
	readBack: {
		what: 'mailbox',
		route: ['get', 'mailbox'],
		name: (body) => `${String(body.local_part)}@${String(body.domain)}`.toLowerCase(),
		identity: (r) => [r.username],
		simplify: simplifyMailbox,
	},
	finish: (_context, body) => {
		expandProtocols(body);
		// Mailcow stores addresses in lower case, the domain in punycode (add/mailbox converts it).
		const username = asciiName(`${String(body.local_part)}@${String(body.domain)}`.toLowerCase());
		// Generated here, returned once in the output item, never logged.
		const generated = body.password === undefined ? generatePassword() : undefined;
		if (generated) body.password = generated;
		body.password2 = body.password;
		return generated ? { username, generatedPassword: generated } : { username };
	},
});
