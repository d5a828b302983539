import type { IDataObject } from 'n8n-workflow';
import { flag } from '../../shared/simplify';

/** A domain admin as n8n users read it: flags as booleans, the managed domains as a list. */
export function simplifyDomainAdmin(r: IDataObject): IDataObject {
	const a = (r.attributes ?? {}) as IDataObject;
	return {
		username: r.username,
		active: flag(r.active),
		domains: Array.isArray(r.selected_domains) ? r.selected_domains : [],
		twoFactorActive: flag(r.tfa_active),
		forceTwoFactor: flag(a.force_tfa),
		forcePasswordUpdate: flag(a.force_pw_update),
		created: r.created,
	};
}
