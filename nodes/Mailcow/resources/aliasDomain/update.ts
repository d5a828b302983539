import { collection } from '../../../shared/fields';
import { asciiDomain } from '../../shared/idn';
import { update as updateOperation } from '../../shared/operation';
import { many, updateAttributes } from './fields';

export const update = updateOperation({
	name: 'Update',
	value: 'update',
	action: 'Update alias domains, overwriting their target domain or active flag',
	description: 'Move alias domains to another target domain, or switch them on or off',
	route: '/edit/alias-domain',
	ids: many,
	objects: ['alias domain', 'alias domains'],
	fields: collection(
		{
			displayName: 'Update Fields',
			name: 'aliasDomainUpdateFields',
			description: 'Attributes to change; the others keep their values',
		},
		updateAttributes,
	),
	finish: (_context, attr) => {
		if (attr.target_domain !== undefined)
			attr.target_domain = asciiDomain(String(attr.target_domain).toLowerCase());
	},
});
