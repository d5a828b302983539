import { remove } from '../../shared/operation';
import { ids } from './fields';

export const del = remove({
	action: 'Permanently delete sieve filters',
	description: 'Delete sieve filters by ID',
	route: '/delete/filter',
	ids,
	objects: ['filter', 'filters'],
});
