import { topLevel } from '../../../shared/fields';
import { getMany } from '../../shared/operation';
import { mailcowPath } from '../../shared/transport';
import { mailbox } from './fields';
import { simplifyAppPassword, withoutHash } from './simplify';

export const getAll = getMany({
	name: 'Get Many',
	value: 'getAll',
	action: 'Get many app passwords of a mailbox',
	description: 'List the app passwords of a mailbox (their IDs, names and protocols, never hashes)',
	routes: ['/get/app-passwd/all/{mailbox}'],
	fields: topLevel(mailbox),
	simplify: simplifyAppPassword,
	// Mailcow's answer holds each password's hash.
	redact: withoutHash,
	request: (context, values, options) => {
		options.url = mailcowPath(context, 'get', 'app-passwd', 'all', {
			value: String(values.username),
			label: 'Mailbox',
		});
	},
});
