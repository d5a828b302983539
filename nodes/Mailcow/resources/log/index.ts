import type { MailcowResource } from '../../shared/resource';
import { getAll } from './getAll';

export const log: MailcowResource = {
	name: 'Log',
	value: 'log',
	// Its only operation (not a literal: n8n's lint reads any `'getAll'` value as a Get Many option).
	default: String(getAll.option.value),
	operations: [getAll],
};
