import { collection } from '../../../shared/fields';
import { domainLocator } from '../../shared/descriptions';
import { operation } from '../../shared/operation';
import { domainFields, domainLabel } from './fields';

export const update = operation({
	name: 'Update',
	value: 'update',
	action: 'Update a domain, overwriting the settings given',
	description: 'Change the settings of a domain (only the fields given)',
	// Domains are the one resource Migadu updates with PATCH.
	method: 'PATCH',
	path: (r) => ['domains', r.domain()],
	target: domainLabel,
	locators: [domainLocator],
	fields: collection({ displayName: 'Update Fields', name: 'domainUpdateFields' }, domainFields),
	requireChange: true,
});
