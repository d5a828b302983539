import { remove } from '../../shared/operation';
import { aliases } from './fields';

export const del = remove({
	action: 'Permanently delete aliases (their mail is no longer forwarded)',
	description: 'Delete one or more aliases by ID or address',
	route: '/delete/alias',
	ids: aliases,
	objects: ['alias', 'aliases'],
});
