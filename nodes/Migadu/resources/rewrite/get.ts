import type { INodeProperties } from 'n8n-workflow';
import { operation } from '../../shared/operation';
import { rewriteId, rewriteLabel, rewritesPath } from './fields';

export const option = operation({
	name: 'Get',
	value: 'get',
	action: 'Get a rewrite',
	description: 'Get one rewrite rule of a domain',
	method: 'GET',
	path: (r) => [...rewritesPath(r), rewriteId(r)],
	target: rewriteLabel,
});

export const description: INodeProperties[] = [];
