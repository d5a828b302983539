import { collection } from '../../../shared/fields';
import { asciiDomain } from '../../shared/idn';
import { update as updateOperation } from '../../shared/operation';
import { admins, updateAttributes, username } from './fields';

export const update = updateOperation({
	name: 'Update',
	value: 'update',
	action: 'Update a domain admin, overwriting the fields given (domains replace the current list)',
	description: 'Change the domains, password, status or name of a domain administrator',
	route: '/edit/domain-admin',
	ids: username,
	objects: admins,
	fields: collection(
		{
			displayName: 'Update Fields',
			name: 'adminUpdateFields',
			description: 'Attributes to change; the others keep their values',
		},
		updateAttributes,
	),
	finish: (_context, attr) => {
		if (attr.password !== undefined) attr.password2 = attr.password;
		// Domains as mailcow stores them (punycode).
		if (attr.domains !== undefined) attr.domains = (attr.domains as string[]).map(asciiDomain);
	},
});
