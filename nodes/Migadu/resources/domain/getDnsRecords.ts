import { domainLocator } from '../../shared/descriptions';
import { operation } from '../../shared/operation';
import { domainLabel } from './fields';

export const getDnsRecords = operation({
	name: 'Get DNS Records',
	value: 'getDnsRecords',
	action: 'Get DNS records',
	description: 'Get the DNS records the domain needs (MX, SPF, DKIM, DMARC, verification)',
	method: 'GET',
	path: (r) => ['domains', r.domain(), 'records'],
	target: domainLabel,
	locators: [domainLocator],
	// Migadu generates a new domain's records a little after creating it (404 until then).
	notFound:
		'Migadu answers 404 for the DNS records of a domain created moments ago: wait a few minutes and run the item again.',
});
