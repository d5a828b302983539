import type { INodeProperties } from 'n8n-workflow';
import { returnAllAndLimit } from '../../shared/descriptions';
import { operation } from '../../shared/operation';
import { rewritesPath, rewriteTarget } from './fields';

const show = { resource: ['rewrite'], operation: ['getAll'] };

export const option = operation({
	name: 'Get Many',
	value: 'getAll',
	action: 'Get many rewrites',
	description: 'List the rewrite rules of a domain',
	method: 'GET',
	path: rewritesPath,
	target: (r) => `the rewrites of domain "${r.domain()}"`,
	list: 'rewrites',
});

export const description: INodeProperties[] = [
	...rewriteTarget(show, false),
	...returnAllAndLimit(show),
];
