import type { IDataObject } from 'n8n-workflow';
import { flag, rateLimit } from '../../shared/simplify';

/** An alias domain as n8n users read it: the flag as a boolean, the rate limit as "100/h". */
export function simplifyAliasDomain(r: IDataObject): IDataObject {
	return {
		aliasDomain: r.alias_domain,
		targetDomain: r.target_domain,
		active: flag(r.active),
		rateLimit: rateLimit(r.rl),
		created: r.created,
		modified: r.modified,
	};
}
