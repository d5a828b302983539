import { getOne } from '../../shared/operation';
import { alias } from './fields';
import { simplifyAlias } from './simplify';

export const get = getOne({
	name: 'Get',
	value: 'get',
	action: 'Get an alias',
	description: 'Get one alias by ID or address',
	what: 'alias',
	// The lookup matches the numeric id or the address (a catch-all is "@domain").
	route: ['get', 'alias'],
	locator: alias,
	identity: (r) => [r.address, r.id],
	simplify: simplifyAlias,
});
