import type { IDataObject, IExecuteSingleFunctions } from 'n8n-workflow';
import { getItemState } from '../../shared/state';

/** A DKIM key with the DNS record to publish. The record carries no domain name: the caller passes the one it asked for. */
export function simplifyDkim(r: IDataObject, domain: string): IDataObject {
	const selector = String(r.dkim_selector ?? 'dkim');
	return {
		domain,
		selector,
		keyLength: Number(r.length),
		dnsName: `${selector}._domainkey.${domain}`,
		txtRecord: r.dkim_txt,
		publicKey: r.pubkey,
	};
}

/** simplifyDkim for the domain the item asked for (a Simplifier). */
export function simplifyDkimRecord(
	record: IDataObject,
	context: IExecuteSingleFunctions,
): IDataObject {
	return simplifyDkim(record, getItemState(context).wanted?.value ?? '');
}
