import type { IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';
import { topLevel } from '../../../shared/fields';
import { readMailcowBody } from '../../shared/fields';
import { mailcowOperation } from '../../shared/operation';
import { setItemState } from '../../shared/state';
import { writeResult } from '../../shared/write';
import { fromDomain, toDomains } from './fields';

const fields = topLevel(fromDomain, toDomains);

/** add/dkim_duplicate's flat body; the output names the source and the targets. */
async function buildBody(this: IExecuteSingleFunctions, options: IHttpRequestOptions) {
	const body = readMailcowBody(this, fields.body);
	setItemState(this, { summary: { fromDomain: body.from_domain, toDomains: body.to_domain } });
	options.body = body;
	return options;
}

// Not a create: the answer is `dkim_duplicated`, and any refused target fails the item.
export const duplicate = mailcowOperation(
	{
		name: 'Duplicate',
		value: 'duplicate',
		action: 'Copy a DKIM key to other domains, overwriting their current keys',
		description:
			"Copy a domain's DKIM key to other domains (an existing key on a target is overwritten)",
	},
	{ method: 'POST', url: '/add/dkim_duplicate', preSend: buildBody, postReceive: [writeResult] },
	fields.properties,
);
