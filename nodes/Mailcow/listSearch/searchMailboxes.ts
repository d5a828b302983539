import type { ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';
import { toRecords } from '../shared/records';
import { mailcowApiRequest, mailcowPath } from '../shared/transport';

/** The domain selected in the same node, if the operation has one (list filter). */
function selectedDomain(context: ILoadOptionsFunctions): string {
	for (const name of ['mailboxDomain', 'aliasDomain']) {
		try {
			const value = context.getCurrentNodeParameter(name, { extractValue: true });
			if (typeof value === 'string' && value.trim() !== '') return value.trim();
		} catch {
			// The parameter does not exist in this operation: list every mailbox.
			continue;
		}
	}
	return '';
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
