import { topLevel } from '../../../shared/fields';
import { create as createOperation } from '../../shared/operation';
import { filterSpam, hostname } from './fields';

export const create = createOperation({
	name: 'Create',
	value: 'create',
	action: 'Create a forwarding host, replacing the spam setting of the same host',
	description:
		'Accept mail from a host for forwarding; an existing host is overwritten (mailcow does not refuse it)',
	route: '/add/fwdhost',
	fields: topLevel(hostname, filterSpam),
	finish: (_context, body) => ({ hostname: body.hostname }),
});
