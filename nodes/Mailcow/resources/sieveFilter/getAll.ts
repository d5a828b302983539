import { topLevel } from '../../../shared/fields';
import { getMany } from '../../shared/operation';
import { setItemState } from '../../shared/state';
import { mailcowPath } from '../../shared/transport';
import { mailbox } from './fields';
import { ofMailbox } from './filters';
import { simplifySieveFilter } from './simplify';

export const getAll = getMany({
	name: 'Get Many',
	value: 'getAll',
	action: 'Get many sieve filters of a mailbox',
	description: 'List the sieve filters of a mailbox with their IDs, types and scripts',
	// get/filters/{x} takes a mailbox, not a filter id (mailcow-observed-2.md).
	routes: ['/get/filters/{mailbox}'],
	fields: topLevel(mailbox),
	simplify: simplifySieveFilter,
	request: (context, values, options) => {
		setItemState(context, { filter: ofMailbox(String(values.username)) });
		options.url = mailcowPath(context, 'get', 'filters', {
			value: String(values.username),
			label: 'Mailbox',
		});
	},
});
