import type { MailcowResource } from '../../shared/resource';
import { send } from './send';

// Send's answers are smtp_* codes, explained with their own texts (messages.ts, response.ts).
export const email: MailcowResource = {
	name: 'Email',
	value: 'email',
	default: 'send',
	operations: [send],
};
