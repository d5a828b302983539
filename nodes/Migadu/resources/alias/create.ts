import type { INodeProperties } from 'n8n-workflow';
import { toLocalPart } from '../../shared/convert';
import { collection, fieldError, topLevel } from '../../shared/fields';
import { operation } from '../../shared/operation';
import { aliasesPath, aliasFields, aliasTarget, destinations } from './fields';

const show = { resource: ['alias'], operation: ['create'] };

const main = topLevel(show, [
	{
		key: 'local_part',
		kind: 'string',
		required: true,
		property: {
			displayName: 'Local Part',
			name: 'localPart',
			type: 'string',
			default: '',
			placeholder: 'team',
			description: 'The part before the @ of the alias (an address of the domain is accepted too)',
		},
	},
	{ ...destinations, required: true },
]);

const additional = collection('additionalFields', 'Additional Fields', show, aliasFields);

export const option = operation({
	name: 'Create',
	value: 'create',
	action: 'Create an alias',
	description: 'Create an alias that forwards to addresses of the same domain',
	method: 'POST',
	path: aliasesPath,
	target: (r, body) => `alias "${String(body.local_part)}@${r.domain()}"`,
	body: [...main.body, ...additional.body],
	finish: (ctx, body, r) => {
		const localPart = toLocalPart(String(body.local_part), r.domain());
		if ('error' in localPart) throw fieldError(ctx, 'Local Part', localPart.error);
		body.local_part = localPart.value;
		if (Array.isArray(body.destinations) && body.destinations.length === 0) {
			throw fieldError(ctx, 'Destinations', 'needs at least one address');
		}
	},
});

export const description: INodeProperties[] = [
	...aliasTarget(show, false),
	...main.properties,
	...additional.properties,
];
