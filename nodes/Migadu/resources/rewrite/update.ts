import type { INodeProperties } from 'n8n-workflow';
import { collection } from '../../shared/fields';
import { operation } from '../../shared/operation';
import { destinations, order, pattern, rewriteId, rewriteLabel, rewritesPath } from './fields';

const show = { resource: ['rewrite'], operation: ['update'] };

const updates = collection('rewriteUpdateFields', 'Update Fields', show, [
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
		...destinations,
		property: {
			...destinations.property,
			description: 'Comma-separated addresses that replace the destination list',
		},
	},
	order,
]);

export const option = operation({
	name: 'Update',
	value: 'update',
	action: 'Update a rewrite rule, overwriting the fields given (destinations replace the list)',
	description: 'Change or rename a rewrite rule (only the fields given)',
	method: 'PUT',
	path: (r) => [...rewritesPath(r), rewriteId(r)],
	target: rewriteLabel,
	body: updates.body,
	requireChange: true,
});

export const description: INodeProperties[] = [...updates.properties];
