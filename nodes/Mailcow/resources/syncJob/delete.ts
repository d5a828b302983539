import { remove } from '../../shared/operation';
import { ids } from './fields';

export const del = remove({
	action: 'Permanently delete sync jobs',
	description: 'Delete sync jobs by id; mail already copied stays in the mailbox',
	route: '/delete/syncjob',
	ids,
	objects: ['sync job', 'sync jobs'],
});
