import { domainLocator } from '../../shared/descriptions';
import { operation } from '../../shared/operation';
import { domainLabel } from './fields';

export const get = operation({
	name: 'Get',
	value: 'get',
	action: 'Get a domain',
	description: 'Get the settings and state of a domain',
	method: 'GET',
	path: (r) => ['domains', r.domain()],
	target: domainLabel,
	locators: [domainLocator],
});
