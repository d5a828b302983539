import type { IDataObject } from 'n8n-workflow';
import { flag } from '../../shared/simplify';

/** A recipient map as n8n users read it: mailcow's UI names, `active` as a boolean. */
export function simplifyRecipientMap(r: IDataObject): IDataObject {
	return {
		id: r.id,
		originalRecipient: r.recipient_map_old,
		newRecipient: r.recipient_map_new,
		active: flag(r.active),
		created: r.created,
		modified: r.modified,
	};
}
