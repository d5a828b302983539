import { getOne } from '../../shared/operation';
import { withoutStrayKey } from '../../shared/read';
import { tlsPolicyMap } from './fields';
import { simplifyTlsPolicyMap } from './simplify';

export const get = getOne({
	name: 'Get',
	value: 'get',
	action: 'Get a TLS policy map',
	description: 'Get one TLS policy map by its ID',
	what: 'TLS policy map',
	route: ['get', 'tls-policy-map'],
	locator: tlsPolicyMap,
	identity: (r) => [r.id],
	simplify: simplifyTlsPolicyMap,
	redact: withoutStrayKey,
});
