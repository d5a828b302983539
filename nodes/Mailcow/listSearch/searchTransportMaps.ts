import type { ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';
import { toRecords } from '../shared/records';
import { mailcowApiRequest } from '../shared/transport';

/** Transport maps by destination and next hop (`example.org → host:25, ID 4`); the value is the id. */
export async function searchTransportMaps(
	this: ILoadOptionsFunctions,
	filter?: string,
): Promise<INodeListSearchResult> {
	const records = toRecords(await mailcowApiRequest.call(this, 'GET', '/get/transport/all'));
	const needle = (filter ?? '').toLowerCase();
	return {
		results: records
			.map((r) => ({
				name: `${String(r.destination)} → ${String(r.nexthop)}, ID ${String(r.id)}`,
				value: String(r.id),
			}))
			.filter((r) => r.name.toLowerCase().includes(needle)),
	};
}
