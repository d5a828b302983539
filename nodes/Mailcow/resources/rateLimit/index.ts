import type { MailcowResource } from '../../shared/resource';
import { get } from './get';
import { getAll } from './getAll';
import { update } from './update';

export const rateLimit: MailcowResource = {
	name: 'Rate Limit',
	value: 'rateLimit',
	default: 'get',
	operations: [get, getAll, update],
	successTexts: { rl_saved: 'Rate limit saved' },
	messages: {
		rl_timeframe: 'The time frame must be second, minute, hour or day.',
	},
};
