import type { INodeProperties } from 'n8n-workflow';
import { operation } from '../../shared/operation';
import { aliasesPath, aliasId, aliasLabel } from './fields';

export const option = operation({
	name: 'Get',
	value: 'get',
	action: 'Get an alias',
	description: 'Get one alias of a domain',
	method: 'GET',
	path: (r) => [...aliasesPath(r), aliasId(r)],
	target: aliasLabel,
});

export const description: INodeProperties[] = [];
