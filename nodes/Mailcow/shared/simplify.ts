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

/** DKIM records carry no domain name: the caller passes the one it asked for. */
export function simplifyDkim(r: IDataObject, domain: string): IDataObject {
	const selector = String(r.dkim_selector ?? 'dkim');
	return {
		domain,
		selector,
		keyLength: Number(r.length),
		dnsName: `${selector}._domainkey.${domain}`,
		txtRecord: r.dkim_txt,
		publicKey: r.pubkey,
	};
}
