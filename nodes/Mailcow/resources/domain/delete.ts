import { remove } from '../../shared/operation';
import { domains } from './fields';

export const del = remove({
	action: 'Permanently delete domains with their settings (refused while they have mailboxes)',
	description: 'Delete one or more domains (mailcow refuses domains that still have mailboxes)',
	route: '/delete/domain',
	ids: domains,
	objects: ['domain', 'domains'],
});
