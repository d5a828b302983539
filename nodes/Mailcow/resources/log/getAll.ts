import { topLevel } from '../../../shared/fields';
import { getMany } from '../../shared/operation';
import { mailcowPath } from '../../shared/transport';
import { LOGS, log } from './fields';
import { simplifyLogEntry } from './simplify';

export const getAll = getMany({
	name: 'Get Many',
	value: 'getAll',
	action: 'Get many log entries',
	description: 'Get the newest entries of one of mailcow’s logs (Postfix, Dovecot, Rspamd, …)',
	fields: topLevel(log),
	// Limit is mailcow's count (the newest N); Return All sends none: mailcow then answers the
	// entries it keeps (its LOG_LINES setting).
	routes: [...LOGS.map((l) => `/get/logs/${l.value}/{count}`), '/get/logs/{log}'],
	request: (context, values, options) => {
		const all = context.getNodeParameter('returnAll', false) as boolean;
		const name = { value: String(values.log), label: 'Log' };
		options.url = all
			? mailcowPath(context, 'get', 'logs', name)
			: mailcowPath(context, 'get', 'logs', name, String(context.getNodeParameter('limit', 50)));
	},
	simplify: simplifyLogEntry,
});
