import type { INodeProperties } from 'n8n-workflow';
import { collection } from '../../shared/fields';
import { operation } from '../../shared/operation';
import { aliasesPath, aliasFields, aliasId, aliasLabel, destinations } from './fields';

const show = { resource: ['alias'], operation: ['update'] };

const updates = collection('aliasUpdateFields', 'Update Fields', show, [
	{
		...destinations,
		property: {
			...destinations.property,
			description:
				'Comma-separated addresses that replace the whole destination list (same domain only)',
		},
	},
	...aliasFields,
]);

export const option = operation({
	name: 'Update',
	value: 'update',
	action: 'Update an alias, overwriting the fields given (destinations replace the list)',
	description: 'Change an alias (only the fields given; destinations replace the list)',
	method: 'PUT',
	path: (r) => [...aliasesPath(r), aliasId(r)],
	target: aliasLabel,
	body: updates.body,
	requireChange: true,
});

export const description: INodeProperties[] = [...updates.properties];
