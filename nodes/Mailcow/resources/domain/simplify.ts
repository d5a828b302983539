import type { IDataObject } from 'n8n-workflow';
import { flag, rateLimit, toMiB } from '../../shared/simplify';

/** A domain as n8n users read it: quotas in MiB, flags as booleans, admins as a list. */
export function simplifyDomain(r: IDataObject): IDataObject {
	return {
		domain: r.domain_name,
		description: r.description,
		active: flag(r.active),
		tags: r.tags ?? [],
		mailboxes: r.mboxes_in_domain,
		maxMailboxes: r.max_num_mboxes_for_domain,
		aliases: r.aliases_in_domain,
		maxAliases: r.max_num_aliases_for_domain,
		quotaMiB: toMiB(r.max_quota_for_domain),
		maxMailboxQuotaMiB: toMiB(r.max_quota_for_mbox),
		defaultMailboxQuotaMiB: toMiB(r.def_quota_for_mbox),
		quotaUsedMiB: toMiB(r.quota_used_in_domain),
		backupMx: flag(r.backupmx),
		relayAllRecipients: flag(r.relay_all_recipients),
		relayUnknownOnly: flag(r.relay_unknown_only),
		globalAddressList: flag(r.gal),
		rateLimit: rateLimit(r.rl),
		// "-" when the domain has no administrators.
		admins:
			typeof r.domain_admins === 'string' && r.domain_admins !== '-'
				? r.domain_admins.split(/,\s*/)
				: [],
		created: r.created,
		modified: r.modified,
	};
}
