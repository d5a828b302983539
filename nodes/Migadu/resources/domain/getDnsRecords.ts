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
});
