import { remove } from '../../shared/operation';
import { hosts } from './fields';

export const del = remove({
	action: 'Permanently delete forwarding hosts',
	description: 'Stop accepting mail for forwarding from one or more hosts',
	route: '/delete/fwdhost',
	ids: hosts,
	objects: ['forwarding host', 'forwarding hosts'],
});
