import { collection } from '../../../shared/fields';
import { domainLocator, replacedDestinationsProperty } from '../../shared/descriptions';
import type { MigaduField } from '../../shared/fields';
import { operation } from '../../shared/operation';
import { aliasesPath, aliasFields, aliasId, aliasLabel, aliasParameter } from './fields';

const destinations: MigaduField = {
	key: 'destinations',
	kind: 'addressArray',
	notEmpty: true,
	property: replacedDestinationsProperty,
};

export const update = operation({
	name: 'Update',
	value: 'update',
	action: 'Update an alias, overwriting the fields given (destinations replace the list)',
	description: 'Change an alias (only the fields given; destinations replace the list)',
	method: 'PUT',
	path: (r) => [...aliasesPath(r), aliasId(r)],
	target: aliasLabel,
	locators: [domainLocator, aliasParameter],
	fields: collection({ displayName: 'Update Fields', name: 'aliasUpdateFields' }, [
		destinations,
		...aliasFields,
	]),
	requireChange: true,
});
