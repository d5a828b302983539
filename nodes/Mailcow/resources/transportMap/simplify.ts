import type { IDataObject } from 'n8n-workflow';
import { flag } from '../../shared/simplify';

/**
 * A transport map as n8n users read it: flags as booleans, `hasPassword` instead of mailcow's
 * `password_short` (the password itself is output only with Include Secrets).
 */
export function simplifyTransportMap(r: IDataObject): IDataObject {
	return {
		id: r.id,
		destination: r.destination,
		nexthop: r.nexthop,
		username: r.username,
		mxBased: flag(r.is_mx_based),
		active: flag(r.active),
		hasPassword: typeof r.password === 'string' && r.password !== '',
		password: r.password,
	};
}
