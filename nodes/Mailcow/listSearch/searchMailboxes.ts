import type { ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';
import { mailcowPath } from '../shared/transport';
import { listOf } from './listOf';

/**
 * The domain chosen in the same operation (Mailbox → Create's Domain, or Mailbox → Get's list
 * filter), used to list only that domain's mailboxes.
 */
function selectedDomain(context: ILoadOptionsFunctions): string {
	for (const name of ['mailboxDomain', 'mailboxListDomain']) {
		try {
			const value = context.getCurrentNodeParameter(name, { extractValue: true });
			if (typeof value === 'string' && value.trim() !== '') return value.trim();
		} catch {
			// This operation has no such field.
		}
	}
	return '';
}

/** Mailboxes by address and name (`jane@example.com (Jane Doe)`); the value is the address. */
export async function searchMailboxes(
	this: ILoadOptionsFunctions,
	filter?: string,
): Promise<INodeListSearchResult> {
	const domain = selectedDomain(this);
	const path = domain
		? mailcowPath(this, 'get', 'mailbox', 'all', { value: domain, label: 'Domain' })
		: '/get/mailbox/all';
	return await listOf(
		this,
		path,
		(r) => ({
			name: r.name ? `${String(r.username)} (${String(r.name)})` : String(r.username),
			value: String(r.username),
		}),
		filter,
	);
}
