import type { ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';
import { toRecords } from '../shared/records';
import { mailcowApiRequest } from '../shared/transport';

/** OAuth2 clients by redirect URI and client ID (`https://app.example/cb (client 1a2b…), ID 3`); the value is the id. */
export async function searchOauth2Clients(
	this: ILoadOptionsFunctions,
	filter?: string,
): Promise<INodeListSearchResult> {
	const records = toRecords(await mailcowApiRequest.call(this, 'GET', '/get/oauth2-client/all'));
	const needle = (filter ?? '').toLowerCase();
	return {
		results: records
			.map((r) => ({
				name: `${String(r.redirect_uri ?? '(no redirect URI)')} (client ${String(r.client_id)}), ID ${String(r.id)}`,
				value: String(r.id),
			}))
			.filter((r) => r.name.toLowerCase().includes(needle)),
	};
}
