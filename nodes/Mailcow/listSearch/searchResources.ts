import type { ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';
import { listOf } from './listOf';

/** Resources as `Room1@example.com (Room 1, location)`; the value is the address. */
export async function searchResources(
	this: ILoadOptionsFunctions,
	filter?: string,
): Promise<INodeListSearchResult> {
	return await listOf(
		this,
		'/get/resource/all',
		(r) => ({
			name: `${String(r.name)} (${String(r.description)}, ${String(r.kind)})`,
			value: String(r.name),
		}),
		filter,
	);
}
