import { remove } from '../../shared/operation';
import { oauth2Clients } from './fields';

export const del = remove({
	action: 'Permanently delete OAuth2 clients',
	description:
		'Delete one or more OAuth2 clients; apps signing in with them stop working. Mailcow reports success for IDs that do not exist.',
	route: '/delete/oauth2-client',
	ids: oauth2Clients,
	objects: ['OAuth2 client', 'OAuth2 clients'],
});
