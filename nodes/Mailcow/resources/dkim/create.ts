import { create as createOperation } from '../../shared/operation';
import { newKey } from './fields';

export const create = createOperation({
	name: 'Create',
	value: 'create',
	action: 'Create a DKIM key',
	description:
		'Generate a DKIM key for a domain that has none (use Create and Get to reuse an existing key)',
	route: '/add/dkim',
	fields: newKey,
	finish: (_context, body) => ({
		domain: body.domains,
		selector: body.dkim_selector,
		keySize: body.key_size,
	}),
});
