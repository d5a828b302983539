import { remove } from '../../shared/operation';
import { ids } from './fields';

export const del = remove({
	action: 'Permanently delete app passwords',
	description: 'Delete app passwords by id; apps using them can no longer log in',
	route: '/delete/app-passwd',
	ids,
	objects: ['app password', 'app passwords'],
});
