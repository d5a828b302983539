import { idSearch } from './idSearch';

/** OAuth2 clients by redirect URI and client ID (`https://app.example/cb (client 1a2b…), ID 3`); the value is the id. */
export const searchOauth2Clients = idSearch(
	'/get/oauth2-client/all',
	(r) => `${String(r.redirect_uri ?? '(no redirect URI)')} (client ${String(r.client_id)})`,
);
