import type { ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';
import { listOf } from './listOf';

/** Alias domains with their target (`example.org → example.com`); the value is the alias domain. */
export async function searchAliasDomains(
	this: ILoadOptionsFunctions,
	filter?: string,
): Promise<INodeListSearchResult> {
	return await listOf(
		this,
		'/get/alias-domain/all',
		(r) => ({
			name: `${String(r.alias_domain)} → ${String(r.target_domain)}`,
			value: String(r.alias_domain),
		}),
		filter,
	);
}
