import { collection } from '../../../shared/fields';
import { update as updateOperation } from '../../shared/operation';
import { checkDomainLimits, domains, updateAttributes } from './fields';

export const update = updateOperation({
	name: 'Update',
	value: 'update',
	action: 'Update domains, overwriting the attributes given (tags are added)',
	description: 'Change attributes of one or more domains',
	route: '/edit/domain',
	ids: domains,
	objects: ['domain', 'domains'],
	fields: collection(
		{
			displayName: 'Update Fields',
			name: 'domainUpdateFields',
			description: 'Attributes to change; the others keep their values',
		},
		updateAttributes,
	),
	tags: 'domain',
	finish: checkDomainLimits,
});
