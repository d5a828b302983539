import type { ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';
import { listOf } from './listOf';

/** Aliases by address and destinations (`info@example.com → jane@example.com`); the value is the address. */
export async function searchAliases(
	this: ILoadOptionsFunctions,
	filter?: string,
): Promise<INodeListSearchResult> {
	return await listOf(
		this,
		'/get/alias/all',
		(r) => ({ name: `${String(r.address)} → ${String(r.goto)}`, value: String(r.address) }),
		filter,
	);
}
