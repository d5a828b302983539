import type { IDataObject } from 'n8n-workflow';

/**
 * Simplified records: mailcow reads quotas back in bytes (writes take MiB), flags as 0/1 ints with
 * `*_int` twins, lists as comma strings. The simplified shape uses MiB, booleans and arrays.
 */
export function toMiB(bytes: unknown): number {
	const n = Number(bytes ?? 0);
	return Number.isFinite(n) ? Math.round((n / 1048576) * 100) / 100 : 0;
}

/** mailcow flags (0/1, "1", true) as booleans. */
export const flag = (value: unknown) => value === 1 || value === '1' || value === true;

/** A record's `rl` ({value, frame}) as "10/m", or null without a limit. */
export function rateLimit(rl: unknown): string | null {
	if (!rl || typeof rl !== 'object') return null;
	const { value, frame } = rl as IDataObject;
	return `${String(value)}/${String(frame)}`;
}

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
		admins:
			typeof r.domain_admins === 'string' && r.domain_admins !== '-'
				? r.domain_admins.split(/,\s*/)
				: [],
		created: r.created,
		modified: r.modified,
	};
}

const SPECIAL_GOTO: Record<string, string> = {
	'null@localhost': 'null',
	'spam@localhost': 'spam',
	'ham@localhost': 'ham',
};

export function simplifyAlias(r: IDataObject): IDataObject {
	const goto = String(r.goto ?? '');
	return {
		id: r.id,
		address: r.address,
		domain: r.domain,
		destinationType: SPECIAL_GOTO[goto] ?? 'addresses',
		destinations: SPECIAL_GOTO[goto] ? [] : goto.split(',').filter((g) => g !== ''),
		active: flag(r.active),
		catchAll: flag(r.is_catch_all),
		sogoVisible: flag(r.sogo_visible),
		senderAllowed: flag(r.sender_allowed),
		internal: flag(r.internal),
		publicComment: r.public_comment ?? null,
		privateComment: r.private_comment ?? null,
		created: r.created,
		modified: r.modified,
	};
}
