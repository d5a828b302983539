import type { IDataObject } from 'n8n-workflow';

/**
 * An OAuth2 client as n8n users read it. `clientSecret` (mailcow answers it in clear) is left out
 * of the output unless Include Secrets is on (the read's `secrets`).
 */
export function simplifyOauth2Client(r: IDataObject): IDataObject {
	return {
		id: r.id,
		clientId: r.client_id,
		redirectUri: r.redirect_uri,
		scope: r.scope,
		clientSecret: r.client_secret,
	};
}

/** The keys of a client's secret, raw and simplified. */
export const CLIENT_SECRET = ['client_secret', 'clientSecret'];
