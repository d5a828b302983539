import { collection, fieldError, fieldGroups, topLevel } from '../../../shared/fields';
import { domainLocator } from '../../shared/descriptions';
import { operation } from '../../shared/operation';
import {
	aliasesPath,
	aliasFields,
	aliasId,
	aliasLabel,
	aliasParameter,
	destinations,
} from './fields';

export const create = operation({
	name: 'Create',
	value: 'create',
	action: 'Create an alias',
	description: 'Create an alias that forwards to addresses of the same domain',
	method: 'POST',
	path: aliasesPath,
	target: aliasLabel,
	locators: [domainLocator, aliasParameter],
	fields: fieldGroups(
		topLevel(destinations),
		collection({ displayName: 'Additional Fields', name: 'aliasAdditionalFields' }, aliasFields),
	),
	finish: (ctx, body, r) => {
		body.local_part = aliasId(r);
		// Blank, or a list of nothing (" , "): Migadu would make an alias that delivers nowhere.
		if (body.destinations === undefined) {
			throw fieldError(ctx, destinations.property.displayName, 'needs at least one address');
		}
	},
});
