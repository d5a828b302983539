import { remove } from '../../shared/operation';
import { many } from './fields';

export const del = remove({
	action: 'Permanently delete alias domains and the aliases in them',
	description:
		'Delete alias domains with their aliases; mailcow keeps their rate limit and DKIM key',
	route: '/delete/alias-domain',
	ids: many,
	objects: ['alias domain', 'alias domains'],
});
