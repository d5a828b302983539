import type { ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';
import { toRecords } from '../shared/records';
import { mailcowApiRequest, mailcowPath } from '../shared/transport';

/** The domain selected in the same operation (Mailbox → Create), used as a list filter. */
function selectedDomain(context: ILoadOptionsFunctions): string {
	try {
		const value = context.getCurrentNodeParameter('mailboxDomain', { extractValue: true });
		return typeof value === 'string' ? value.trim() : '';
	} catch {
		// The operation has no domain field: list every mailbox.
		return '';
	}
}

export async function searchMailboxes(
	this: ILoadOptionsFunctions,
	filter?: string,
): Promise<INodeListSearchResult> {
	const domain = selectedDomain(this);
	const path = domain ? mailcowPath('get', 'mailbox', 'all', domain) : '/get/mailbox/all';
	const records = toRecords(await mailcowApiRequest.call(this, 'GET', path));
	const needle = (filter ?? '').toLowerCase();
	return {
		results: records
			.filter((r) =>
				`${String(r.username ?? '')} ${String(r.name ?? '')}`.toLowerCase().includes(needle),
			)
			.map((r) => ({
				name: r.name ? `${String(r.username)} (${String(r.name)})` : String(r.username),
				value: String(r.username),
			})),
	};
}
