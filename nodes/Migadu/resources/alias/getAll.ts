import type { INodeProperties } from 'n8n-workflow';
import { operation } from '../../shared/operation';
import { aliasesPath } from './fields';

export const option = operation({
	name: 'Get Many',
	value: 'getAll',
	action: 'Get many aliases',
	description: 'List the aliases of a domain',
	method: 'GET',
	path: aliasesPath,
	target: (r) => `domain "${r.domain()}"`,
	// The envelope key is address_aliases, not aliases.
	list: 'address_aliases',
});

export const description: INodeProperties[] = [];
