import { getOne } from '../../shared/operation';
import { quarantineId } from './fields';
import { simplifyQuarantineDetail } from './simplify';

// get/quarantine/{id} is undocumented (mailcow-observed-2.md); a missing id answers [].
export const get = getOne({
	name: 'Get',
	value: 'get',
	action: 'Get a quarantined message',
	description:
		'Read one quarantined message with its rspamd symbols (Simplify off: the raw message too)',
	what: 'quarantine item',
	route: ['get', 'quarantine'],
	locator: quarantineId,
	identity: (r) => [r.id],
	simplify: simplifyQuarantineDetail,
});
