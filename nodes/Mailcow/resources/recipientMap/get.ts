import { getOne } from '../../shared/operation';
import { withoutStrayKey } from '../../shared/read';
import { recipientMap } from './fields';
import { simplifyRecipientMap } from './simplify';

export const get = getOne({
	name: 'Get',
	value: 'get',
	action: 'Get a recipient map',
	description: 'Get one recipient map by its ID',
	what: 'recipient map',
	route: ['get', 'recipient_map'],
	locator: recipientMap,
	identity: (r) => [r.id],
	simplify: simplifyRecipientMap,
	redact: withoutStrayKey,
});
