import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';
import { listOf } from './listOf';

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
		return await listOf(
			this,
			route,
			(r) => ({ name: `${label(r as IDataObject)}, ID ${String(r.id)}`, value: String(r.id) }),
			filter,
		);
	};
}
