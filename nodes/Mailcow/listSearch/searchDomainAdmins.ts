import type { ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';
import { listOf } from './listOf';

/** Domain administrators with their domains (`acme_admin (example.com)`); the value is the username. */
export async function searchDomainAdmins(
	this: ILoadOptionsFunctions,
	filter?: string,
): Promise<INodeListSearchResult> {
	return await listOf(
		this,
		'/get/domain-admin/all',
		(r) => {
			const domains = Array.isArray(r.selected_domains) ? r.selected_domains.join(', ') : '';
			const username = String(r.username);
			return { name: domains ? `${username} (${domains})` : username, value: username };
		},
		filter,
	);
}
