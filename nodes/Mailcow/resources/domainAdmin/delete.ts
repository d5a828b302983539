import { remove } from '../../shared/operation';
import { admins, usernames } from './fields';

export const del = remove({
	action: 'Permanently delete domain admins (their logins stop working)',
	description: 'Delete one or more domain administrators',
	route: '/delete/domain-admin',
	ids: usernames,
	objects: admins,
});
