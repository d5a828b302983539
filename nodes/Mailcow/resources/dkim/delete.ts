import { remove } from '../../shared/operation';
import { domains, keysOfDomains } from './fields';

export const del = remove({
	action:
		'Permanently delete the DKIM keys of domains (signing stops until a new key is published)',
	description: 'Delete the DKIM keys of one or more domains',
	route: '/delete/dkim',
	ids: domains,
	objects: keysOfDomains,
});
