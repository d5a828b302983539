import type { INodeProperties } from 'n8n-workflow';
import { operation } from '../../shared/operation';
import { rewritesPath } from './fields';

export const option = operation({
	name: 'Get Many',
	value: 'getAll',
	action: 'Get many rewrites',
	description: 'List the rewrite rules of a domain',
	method: 'GET',
	path: rewritesPath,
	target: (r) => `domain "${r.domain()}"`,
	list: 'rewrites',
});

export const description: INodeProperties[] = [];
