import type {
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	IN8nHttpFullResponse,
	INodeExecutionData,
} from 'n8n-workflow';
import { simplifyField } from '../../shared/descriptions';
import { assertMailcowSuccess } from '../../shared/errors';
import { readMappedBody } from '../../shared/fields';
import { mailcowOperation, mapped } from '../../shared/operation';
import { notFound } from '../../shared/read';
import { toRecords } from '../../shared/records';
import { getItemState, setItemState } from '../../shared/state';
import { mailcowApiRequest, mailcowPath } from '../../shared/transport';
import { newKey } from './fields';
import { simplifyDkimRecord } from './simplify';

/**
 * Reads the key's fields once (in the Mapping Mode of every create); the GET asks for the existing
 * key, add/dkim's body waits in the summary.
 */
async function prepare(this: IExecuteSingleFunctions, options: IHttpRequestOptions) {
	const body = readMappedBody(this, newKey.body);
	const domain = String(body.domains);
	setItemState(this, { wanted: { what: 'DKIM key of domain', value: domain }, summary: body });
	options.url = mailcowPath(this, 'get', 'dkim', { value: domain, label: 'Domain' });
	return options;
}

/**
 * Idempotent: the GET answers the existing key; `{}` means there is none, so create one and read
 * it back. (Creating blindly would fail: mailcow answers dkim_domain_or_sel_invalid for a domain
 * that already has a key, and Domain → Create already generates one unless its key size is 0.)
 */
async function getOrCreate(
	this: IExecuteSingleFunctions,
	_items: INodeExecutionData[],
	response: IN8nHttpFullResponse,
): Promise<INodeExecutionData[]> {
	assertMailcowSuccess(this.getNode(), response, { itemIndex: this.getItemIndex(), kind: 'read' });
	let records = toRecords(response.body);
	const created = records.length === 0;
	if (created) {
		const { summary = {}, wanted } = getItemState(this);
		await mailcowApiRequest.call(this, 'POST', '/add/dkim', summary);
		records = toRecords(
			await mailcowApiRequest.call(
				this,
				'GET',
				mailcowPath(this, 'get', 'dkim', { value: wanted?.value ?? '', label: 'Domain' }),
			),
		);
		if (records.length === 0) throw notFound(this);
	}
	const simple = this.getNodeParameter('simplify', true) as boolean;
	return records.map((record) => ({
		json: { ...(simple ? simplifyDkimRecord(record, this) : record), created },
		pairedItem: { item: this.getItemIndex() },
	}));
}

export const createAndGet = mailcowOperation(
	{
		name: 'Create and Get',
		value: 'createAndGet',
		action: 'Create or get a DKIM key',
		description: "Return the domain's DKIM key, generating it first if the domain has none",
	},
	{ method: 'GET', preSend: prepare, postReceive: [getOrCreate] },
	[...mapped(newKey.properties), simplifyField],
	['/get/dkim/{domain}', '/add/dkim'],
);
