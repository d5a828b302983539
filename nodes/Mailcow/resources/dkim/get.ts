import { getOne } from '../../shared/operation';
import { domain } from './fields';
import { simplifyDkimRecord } from './simplify';

// No identity check: a DKIM record carries no domain name to compare.
export const get = getOne({
	name: 'Get',
	value: 'get',
	action: 'Get a DKIM key',
	description: 'Get the DKIM public key and the TXT record to publish',
	what: 'DKIM key of domain',
	route: ['get', 'dkim'],
	locator: domain,
	simplify: simplifyDkimRecord,
});
