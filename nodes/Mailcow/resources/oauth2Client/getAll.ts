import { getMany } from '../../shared/operation';
import { CLIENT_SECRET, simplifyOauth2Client } from './simplify';

export const getAll = getMany({
	name: 'Get Many',
	value: 'getAll',
	action: 'Get many OAuth2 clients',
	description: 'List the clients of mailcow’s OAuth2 provider with their IDs and redirect URIs',
	routes: ['/get/oauth2-client/all'],
	request: (_context, _values, options) => (options.url = '/get/oauth2-client/all'),
	simplify: simplifyOauth2Client,
	secrets: CLIENT_SECRET,
});
