import { collection } from '../../../shared/fields';
import { domainLocator, replacedDestinationsProperty } from '../../shared/descriptions';
import { operation } from '../../shared/operation';
import { order, pattern, rewriteId, rewriteLabel, rewriteParameter, rewritesPath } from './fields';

const updates = collection({ displayName: 'Update Fields', name: 'rewriteUpdateFields' }, [
	{
		key: 'name',
		kind: 'string',
		notEmpty: true,
		property: {
			displayName: 'New Name',
			name: 'newName',
			type: 'string',
			default: '',
			description: 'Renames the rule; later requests must use the new name',
		},
	},
	pattern,
	{
		key: 'destinations',
		kind: 'addressCsv',
		notEmpty: true,
		property: replacedDestinationsProperty,
	},
	order,
]);

export const update = operation({
	name: 'Update',
	value: 'update',
	action: 'Update a rewrite rule, overwriting the fields given (destinations replace the list)',
	description: 'Change or rename a rewrite rule (only the fields given)',
	method: 'PUT',
	path: (r) => [...rewritesPath(r), rewriteId(r)],
	target: rewriteLabel,
	locators: [domainLocator, rewriteParameter],
	fields: updates,
	requireChange: true,
});
