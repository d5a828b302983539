import { domainLocator } from '../../shared/descriptions';
import { operation } from '../../shared/operation';
import { domainLabel } from './fields';

export const activate = operation({
	name: 'Activate',
	value: 'activate',
	action: 'Activate a domain',
	description: 'Activate a domain once its DNS records are in place',
	// Activation is a GET with side effects; Migadu answers 422 while the DNS checks fail.
	method: 'GET',
	path: (r) => ['domains', r.domain(), 'activate'],
	target: domainLabel,
	locators: [domainLocator],
});
