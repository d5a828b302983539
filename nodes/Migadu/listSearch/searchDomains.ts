import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';
import { assertMigaduSuccess } from '../shared/errors';
import { migaduRequest } from '../shared/transport';

export async function searchDomains(
	this: ILoadOptionsFunctions,
	filter?: string,
): Promise<INodeListSearchResult> {
	const response = await migaduRequest(this, 'GET', '/domains');
	assertMigaduSuccess(this.getNode(), response, 'the domains of the account');
	const domains = ((response.body as IDataObject)?.domains ?? []) as IDataObject[];
	const needle = (filter ?? '').toLowerCase();
	return {
		results: domains
			.map((d) => String(d.name ?? ''))
			.filter((name) => name && name.toLowerCase().includes(needle))
			.sort()
			.map((name) => ({ name, value: name })),
	};
}
