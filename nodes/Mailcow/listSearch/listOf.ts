import type { ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';
import { toRecords } from '../shared/records';
import { mailcowApiRequest } from '../shared/transport';

/**
 * A picker's list: reads `path` (a mailcow `get/…/all` route), turns each record into an entry
 * (`name` shown, `value` sent) and keeps the entries whose name contains `filter` (any case).
 * Errors are the operations' own (wrong key, IP not allowed, …).
 */
export async function listOf(
	context: ILoadOptionsFunctions,
	path: string,
	entry: (record: Record<string, unknown>) => { name: string; value: string },
	filter?: string,
): Promise<INodeListSearchResult> {
	const records = toRecords(await mailcowApiRequest.call(context, 'GET', path));
	const needle = (filter ?? '').toLowerCase();
	return {
		results: records.map(entry).filter((r) => r.name.toLowerCase().includes(needle)),
	};
}
