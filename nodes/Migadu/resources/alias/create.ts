import type { INodeProperties } from 'n8n-workflow';
import { collection, fieldError, topLevel } from '../../shared/fields';
import { operation } from '../../shared/operation';
import { aliasesPath, aliasFields, aliasId, aliasLabel, destinations } from './fields';

const show = { resource: ['alias'], operation: ['create'] };

const main = topLevel(show, [{ ...destinations, required: true }]);

const additional = collection('aliasAdditionalFields', 'Additional Fields', show, aliasFields);

export const option = operation({
	name: 'Create',
	value: 'create',
	action: 'Create an alias',
	description: 'Create an alias that forwards to addresses of the same domain',
	method: 'POST',
	path: aliasesPath,
	target: aliasLabel,
	body: [...main.body, ...additional.body],
	finish: (ctx, body, r) => {
		body.local_part = aliasId(r);
		if (Array.isArray(body.destinations) && body.destinations.length === 0) {
			throw fieldError(ctx, 'Destinations', 'needs at least one address');
		}
	},
});

export const description: INodeProperties[] = [...main.properties, ...additional.properties];
