import { remove } from '../../shared/operation';
import { bccMaps } from './fields';

export const del = remove({
	action: 'Permanently delete BCC maps',
	description: 'Delete one or more BCC maps; no more copies are sent',
	route: '/delete/bcc',
	ids: bccMaps,
	objects: ['BCC map', 'BCC maps'],
});
