import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';
import { toAsciiDomain } from '../shared/convert';
import { assertMigaduSuccess } from '../shared/errors';
import { migaduPath } from '../shared/target';
import { migaduRequest } from '../shared/transport';

/** Mailboxes of the domain chosen in the Domain parameter. */
export async function searchMailboxes(
	this: ILoadOptionsFunctions,
	filter?: string,
): Promise<INodeListSearchResult> {
	const chosen = String(this.getCurrentNodeParameter('domain', { extractValue: true }) ?? '');
	const domain = toAsciiDomain(chosen);
	if ('error' in domain) return { results: [] };
	const response = await migaduRequest(
		this,
		'GET',
		migaduPath(this, 'domains', { value: domain.value, label: 'Domain' }, 'mailboxes'),
	);
	assertMigaduSuccess(this.getNode(), response, `domain "${domain.value}"`);
	const mailboxes = ((response.body as IDataObject)?.mailboxes ?? []) as IDataObject[];
	const needle = (filter ?? '').toLowerCase();
	return {
		results: mailboxes
			.map((m) => ({ address: String(m.address ?? ''), name: String(m.name ?? '') }))
			.filter((m) => m.address && `${m.address} ${m.name}`.toLowerCase().includes(needle))
			.sort((a, b) => a.address.localeCompare(b.address))
			.map((m) => ({ name: m.name ? `${m.address} (${m.name})` : m.address, value: m.address })),
	};
}
