import { getOne } from '../../shared/operation';
import { oauth2Client } from './fields';
import { CLIENT_SECRET, simplifyOauth2Client } from './simplify';

export const get = getOne({
	name: 'Get',
	value: 'get',
	action: 'Get an OAuth2 client',
	description: 'Get one client of mailcow’s OAuth2 provider by its ID',
	what: 'OAuth2 client',
	route: ['get', 'oauth2-client'],
	locator: oauth2Client,
	identity: (r) => [r.id],
	simplify: simplifyOauth2Client,
	secrets: CLIENT_SECRET,
});
