import type { IDataObject } from 'n8n-workflow';
import { flag } from '../../shared/simplify';

/** Mailcow's validity is a unix time (0 for a permanent alias): an ISO date, or null. */
export function validUntil(record: IDataObject): string | null {
	const time = Number(record.validity);
	return flag(record.permanent) || !time ? null : new Date(time * 1000).toISOString();
}

/** A time-limited alias as n8n users read it. */
export function simplifyTimeLimitedAlias(r: IDataObject): IDataObject {
	return {
		address: r.address,
		mailbox: r.goto,
		description: r.description,
		permanent: flag(r.permanent),
		validUntil: validUntil(r),
		created: r.created,
		modified: r.modified,
	};
}
