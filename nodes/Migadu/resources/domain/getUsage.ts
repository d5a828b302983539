import { domainLocator } from '../../shared/descriptions';
import { operation } from '../../shared/operation';
import { domainLabel } from './fields';

export const getUsage = operation({
	name: 'Get Usage',
	value: 'getUsage',
	action: 'Get domain usage',
	description: 'Get the incoming, outgoing and storage usage of a domain',
	method: 'GET',
	path: (r) => ['domains', r.domain(), 'usage'],
	target: domainLabel,
	locators: [domainLocator],
});
