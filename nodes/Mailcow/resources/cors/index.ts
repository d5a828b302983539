import type { MailcowResource } from '../../shared/resource';
import { update } from './update';

export const cors: MailcowResource = {
	name: 'CORS',
	value: 'cors',
	default: 'update',
	operations: [update],
	successTexts: { cors_headers_edited: 'CORS settings saved' },
	messages: {
		cors_invalid_origin:
			'An allowed origin is not * or scheme://host[:port] (no path, a host mailcow accepts); nothing was saved.',
		cors_invalid_method:
			'An allowed method is not exactly GET, POST, PUT or DELETE (upper case); nothing was saved.',
	},
};
