import { remove } from '../../shared/operation';
import { transportMaps } from './fields';

export const del = remove({
	action: 'Permanently delete transport maps',
	description:
		'Delete one or more transport maps; mail to their destinations is delivered directly',
	route: '/delete/transport',
	ids: transportMaps,
	objects: ['transport map', 'transport maps'],
});
