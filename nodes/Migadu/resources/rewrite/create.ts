import type { INodeProperties } from 'n8n-workflow';
import { collection, topLevel } from '../../shared/fields';
import { operation } from '../../shared/operation';
import { destinations, order, pattern, rewritesPath, rewriteTarget } from './fields';

const show = { resource: ['rewrite'], operation: ['create'] };

const main = topLevel(show, [
	{
		key: 'name',
		kind: 'string',
		required: true,
		property: {
			displayName: 'Name',
			name: 'name',
			type: 'string',
			default: '',
			placeholder: 'demo',
			description: 'Name (slug) that identifies the rule',
		},
	},
	{ ...pattern, required: true },
	{ ...destinations, required: true },
]);

const additional = collection('additionalFields', 'Additional Fields', show, [order]);

export const option = operation({
	name: 'Create',
	value: 'create',
	action: 'Create a rewrite',
	description: 'Create a rule that delivers mail for matching addresses to destinations',
	method: 'POST',
	path: rewritesPath,
	target: (r, body) => `rewrite "${String(body.name)}" of domain "${r.domain()}"`,
	body: [...main.body, ...additional.body],
});

export const description: INodeProperties[] = [
	...rewriteTarget(show, false),
	...main.properties,
	...additional.properties,
];
