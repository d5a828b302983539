import type { IDataObject } from 'n8n-workflow';
import { flag } from '../../shared/simplify';

/**
 * A BCC map as n8n users read it: mailcow's UI names, `active` as a boolean; `type` stays
 * mailcow's `sender` or `rcpt`.
 */
export function simplifyBccMap(r: IDataObject): IDataObject {
	return {
		id: r.id,
		localDestination: r.local_dest,
		bccDestination: r.bcc_dest,
		type: r.type,
		active: flag(r.active),
		domain: r.domain,
		created: r.created,
		modified: r.modified,
	};
}
