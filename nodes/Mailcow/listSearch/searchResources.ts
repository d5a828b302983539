import type { ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';
import { toRecords } from '../shared/records';
import { mailcowApiRequest } from '../shared/transport';

/** Resources as `Room1@example.com (Room 1, location)`; the value is the address. */
export async function searchResources(
	this: ILoadOptionsFunctions,
	filter?: string,
): Promise<INodeListSearchResult> {
	const records = toRecords(await mailcowApiRequest.call(this, 'GET', '/get/resource/all'));
	const needle = (filter ?? '').toLowerCase();
	return {
		results: records
			.map((r) => ({
				name: `${String(r.name)} (${String(r.description)}, ${String(r.kind)})`,
				value: String(r.name),
			}))
			.filter((r) => r.name.toLowerCase().includes(needle)),
	};
}
