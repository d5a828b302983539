import { domainLocator } from '../../shared/descriptions';
import { operation } from '../../shared/operation';
import { domainLabel } from './fields';

export const getDiagnostics = operation({
	name: 'Get Diagnostics',
	value: 'getDiagnostics',
	action: 'Get domain diagnostics',
	description: 'Check the DNS setup of a domain as Migadu sees it',
	method: 'GET',
	path: (r) => ['domains', r.domain(), 'diagnostics'],
	target: domainLabel,
	locators: [domainLocator],
});
