import type { ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';
import { mailcowApiRequest } from '../shared/transport';
import { toRecords } from '../shared/records';

export async function searchDomains(
	this: ILoadOptionsFunctions,
	filter?: string,
): Promise<INodeListSearchResult> {
	const records = toRecords(await mailcowApiRequest.call(this, 'GET', '/get/domain/all'));
	const needle = (filter ?? '').toLowerCase();
	return {
		results: records
			.map((r) => String(r.domain_name ?? ''))
			.filter((name) => name && name.toLowerCase().includes(needle))
			.map((name) => ({ name, value: name })),
	};
}
