import { remove } from '../../shared/operation';
import { recipientMaps } from './fields';

export const del = remove({
	action: 'Permanently delete recipient maps',
	description:
		'Delete one or more recipient maps; mail goes to the original recipients again (mailcow confirms unknown IDs too)',
	route: '/delete/recipient_map',
	ids: recipientMaps,
	objects: ['recipient map', 'recipient maps'],
});
