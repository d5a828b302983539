import type { IDataObject } from 'n8n-workflow';
import { flag } from '../../shared/simplify';

/** A resource as n8n users read it: `address` for mailcow's `name`, `active` as a boolean. */
export function simplifyResource(r: IDataObject): IDataObject {
	return {
		address: r.name,
		description: r.description,
		kind: r.kind,
		multipleBookings: r.multiple_bookings,
		active: flag(r.active_int ?? r.active),
		domain: r.domain,
	};
}
