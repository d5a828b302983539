import type { MailcowResource } from '../../shared/resource';
import { create } from './create';
import { createAndGet } from './createAndGet';
import { del } from './delete';
import { duplicate } from './duplicate';
import { get } from './get';

export const dkim: MailcowResource = {
	name: 'DKIM',
	value: 'dkim',
	default: 'get',
	operations: [create, createAndGet, del, duplicate, get],
	successTexts: {
		dkim_added: 'DKIM key added',
		dkim_removed: 'DKIM key deleted',
		dkim_duplicated: 'DKIM key copied',
	},
	messages: {
		dkim_domain_or_sel_invalid:
			'The domain already has a DKIM key, or the domain name or selector is invalid. Use "Create and Get" to reuse an existing key.',
	},
};
