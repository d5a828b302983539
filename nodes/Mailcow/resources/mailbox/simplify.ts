import type { IDataObject } from 'n8n-workflow';
import { flag, rateLimit, toMiB } from '../../shared/simplify';

/** A mailbox as n8n users read it: quotas in MiB, flags as booleans, protocols as a list. */
export function simplifyMailbox(r: IDataObject): IDataObject {
	const a = (r.attributes ?? {}) as IDataObject;
	return {
		username: r.username,
		domain: r.domain,
		localPart: r.local_part,
		name: r.name,
		active: flag(r.active),
		// 0 = unlimited
		quotaMiB: toMiB(r.quota),
		quotaUsedMiB: toMiB(r.quota_used),
		percentInUse: typeof r.percent_in_use === 'number' ? r.percent_in_use : null,
		messages: r.messages,
		tags: r.tags ?? [],
		senderAcl: r.sender_acl ?? [],
		forcePasswordUpdate: flag(a.force_pw_update),
		tlsEnforceIn: flag(a.tls_enforce_in),
		tlsEnforceOut: flag(a.tls_enforce_out),
		sogoAccess: flag(a.sogo_access),
		protocols: ['imap', 'pop3', 'smtp', 'sieve', 'eas', 'dav'].filter((p) =>
			flag(a[`${p}_access`]),
		),
		authSource: r.authsource,
		rateLimit: rateLimit(r.rl),
		created: r.created,
		modified: r.modified,
	};
}
