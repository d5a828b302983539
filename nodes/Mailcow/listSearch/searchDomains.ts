import type { ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';
import { listOf } from './listOf';

/** Domains by name; the value is the name. */
export async function searchDomains(
	this: ILoadOptionsFunctions,
	filter?: string,
): Promise<INodeListSearchResult> {
	const found = await listOf(
		this,
		'/get/domain/all',
		(r) => ({ name: String(r.domain_name ?? ''), value: String(r.domain_name ?? '') }),
		filter,
	);
	return { results: found.results.filter((r) => r.value !== '') };
}
