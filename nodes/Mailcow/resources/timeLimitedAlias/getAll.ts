import { topLevel } from '../../../shared/fields';
import { getMany } from '../../shared/operation';
import { mailcowPath } from '../../shared/transport';
import { mailbox } from './fields';
import { simplifyTimeLimitedAlias } from './simplify';

export const getAll = getMany({
	name: 'Get Many',
	value: 'getAll',
	action: 'Get many time-limited aliases of a mailbox',
	description: 'List the unexpired and permanent time-limited aliases of a mailbox',
	routes: ['/get/time_limited_aliases/{mailbox}'],
	fields: topLevel(mailbox),
	simplify: simplifyTimeLimitedAlias,
	request: (context, values, options) => {
		options.url = mailcowPath(context, 'get', 'time_limited_aliases', {
			value: String(values.username),
			label: 'Mailbox',
		});
	},
});
