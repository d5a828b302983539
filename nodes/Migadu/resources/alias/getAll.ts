import type { INodeProperties } from 'n8n-workflow';
import { returnAllAndLimit } from '../../shared/descriptions';
import { operation } from '../../shared/operation';
import { aliasesPath, aliasTarget } from './fields';

const show = { resource: ['alias'], operation: ['getAll'] };

export const option = operation({
	name: 'Get Many',
	value: 'getAll',
	action: 'Get many aliases',
	description: 'List the aliases of a domain',
	method: 'GET',
	path: aliasesPath,
	target: (r) => `the aliases of domain "${r.domain()}"`,
	// The envelope key is address_aliases, not aliases.
	list: 'address_aliases',
});

export const description: INodeProperties[] = [
	...aliasTarget(show, false),
	...returnAllAndLimit(show),
];
