import { remove } from '../../shared/operation';
import { tlsPolicyMaps } from './fields';

export const del = remove({
	action: 'Permanently delete TLS policy maps',
	description:
		'Delete one or more TLS policy maps; mail to their destinations follows the server default again (mailcow confirms unknown IDs too)',
	route: '/delete/tls-policy-map',
	ids: tlsPolicyMaps,
	objects: ['TLS policy map', 'TLS policy maps'],
});
