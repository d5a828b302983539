import { parameterOf, topLevel } from '../../../shared/fields';
import { getMany, readOneValue } from '../../shared/operation';
import { sameName } from '../../shared/read';
import { setItemState } from '../../shared/state';
import { mailcowPath } from '../../shared/transport';
import { ofMailbox, scope } from './fields';
import { simplifySyncJob } from './simplify';

// Always `no_log` (the log is imapsync's whole output) and never `with_password`.
export const getAll = getMany({
	name: 'Get Many',
	value: 'getAll',
	action: 'Get many sync jobs',
	description: 'List the sync jobs of every mailbox or of one mailbox, without their passwords',
	routes: ['/get/syncjobs/all/no_log', '/get/syncjobs/{mailbox}/no_log'],
	// The mailbox is read only for "One Mailbox" (hidden otherwise).
	fields: { properties: [...topLevel(scope).properties, parameterOf(ofMailbox)], body: [scope] },
	simplify: simplifySyncJob,
	request: (context, values, options) => {
		if (values.scope !== 'mailbox') {
			options.url = '/get/syncjobs/all/no_log';
			return;
		}
		const address = readOneValue(context, ofMailbox);
		options.url = mailcowPath(
			context,
			'get',
			'syncjobs',
			{ value: address, label: 'Mailbox' },
			'no_log',
		);
		// Only that mailbox's jobs ("all" typed as a mailbox would list every job).
		setItemState(context, { filter: (job) => sameName(address, job.user2) });
	},
});
