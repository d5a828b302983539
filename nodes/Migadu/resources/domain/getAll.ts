import { getMany } from '../../shared/operation';

export const getAll = getMany({
	action: 'Get many domains',
	description: 'List the domains of the account',
	path: () => ['domains'],
	target: () => 'the domains of the account',
	list: 'domains',
});
