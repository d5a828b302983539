import type { IDataObject } from 'n8n-workflow';
import { flag } from '../../shared/simplify';

/** A TLS policy map as n8n users read it: `destination` for mailcow's `dest`, `active` as a boolean. */
export function simplifyTlsPolicyMap(r: IDataObject): IDataObject {
	return {
		id: r.id,
		destination: r.dest,
		policy: r.policy,
		parameters: r.parameters,
		active: flag(r.active),
		created: r.created,
		modified: r.modified,
	};
}
