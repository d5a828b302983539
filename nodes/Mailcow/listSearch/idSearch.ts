import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';
import { toRecords } from '../shared/records';
import { mailcowApiRequest } from '../shared/transport';

/**
 * A list search of objects mailcow names by a numeric id: one GET of `route` (a `get/…/all`),
 * each record shown as `label(record), ID n` and filtered case-insensitively on that text; the
 * value is the id.
 */
export function idSearch(route: string, label: (record: IDataObject) => string) {
	return async function (
		this: ILoadOptionsFunctions,
		filter?: string,
	): Promise<INodeListSearchResult> {
		const records = toRecords(await mailcowApiRequest.call(this, 'GET', route));
		const needle = (filter ?? '').toLowerCase();
		return {
			results: records
				.map((r) => ({ name: `${label(r)}, ID ${String(r.id)}`, value: String(r.id) }))
				.filter((r) => r.name.toLowerCase().includes(needle)),
		};
	};
}
