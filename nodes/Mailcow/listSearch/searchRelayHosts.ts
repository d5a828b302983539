import type { ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';
import { toRecords } from '../shared/records';
import { mailcowApiRequest } from '../shared/transport';

/** Relay hosts by host and username (`[smtp.relay.example]:587 (user), ID 3`); the value is the id. */
export async function searchRelayHosts(
	this: ILoadOptionsFunctions,
	filter?: string,
): Promise<INodeListSearchResult> {
	const records = toRecords(await mailcowApiRequest.call(this, 'GET', '/get/relayhost/all'));
	const needle = (filter ?? '').toLowerCase();
	return {
		results: records
			.map((r) => ({
				name: `${String(r.hostname)}${r.username ? ` (${String(r.username)})` : ''}, ID ${String(r.id)}`,
				value: String(r.id),
			}))
			.filter((r) => r.name.toLowerCase().includes(needle)),
	};
}
