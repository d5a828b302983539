import { getOne } from '../../shared/operation';
import { withoutStrayKey } from '../../shared/read';
import { bccMap } from './fields';
import { simplifyBccMap } from './simplify';

export const get = getOne({
	name: 'Get',
	value: 'get',
	action: 'Get a BCC map',
	description: 'Get one BCC map by its ID',
	what: 'BCC map',
	route: ['get', 'bcc'],
	locator: bccMap,
	identity: (r) => [r.id],
	simplify: simplifyBccMap,
	redact: withoutStrayKey,
});
