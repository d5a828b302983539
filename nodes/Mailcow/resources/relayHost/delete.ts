import { remove } from '../../shared/operation';
import { relayHosts } from './fields';

export const del = remove({
	action: 'Permanently delete relay hosts',
	description:
		'Delete one or more relay hosts; domains using one fall back to direct delivery, mailboxes keep its ID',
	route: '/delete/relayhost',
	ids: relayHosts,
	objects: ['relay host', 'relay hosts'],
});
