import type { INodeProperties } from 'n8n-workflow';
import { operation } from '../../shared/operation';

export const option = operation({
	name: 'Get Many',
	value: 'getAll',
	action: 'Get many domains',
	description: 'List the domains of the account',
	method: 'GET',
	path: () => ['domains'],
	target: () => 'the domains of the account',
	list: 'domains',
});

export const description: INodeProperties[] = [];
