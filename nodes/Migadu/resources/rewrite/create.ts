import type { INodeProperties } from 'n8n-workflow';
import { collection, topLevel } from '../../shared/fields';
import { operation } from '../../shared/operation';
import { destinations, order, pattern, rewriteId, rewriteLabel, rewritesPath } from './fields';

const show = { resource: ['rewrite'], operation: ['create'] };

const main = topLevel(show, [
	{ ...pattern, required: true },
	{ ...destinations, required: true },
]);

const additional = collection('rewriteAdditionalFields', 'Additional Fields', show, [order]);

export const option = operation({
	name: 'Create',
	value: 'create',
	action: 'Create a rewrite',
	description: 'Create a rule that delivers mail for matching addresses to destinations',
	method: 'POST',
	path: rewritesPath,
	target: rewriteLabel,
	body: [...main.body, ...additional.body],
	finish: (_ctx, body, r) => {
		body.name = rewriteId(r);
	},
});

export const description: INodeProperties[] = [...main.properties, ...additional.properties];
