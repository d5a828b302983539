import type { IDataObject } from 'n8n-workflow';
import { flag } from '../../shared/simplify';

/** Mailcow's comma-joined name lists (`""` when none) as arrays. */
export const names = (value: unknown): string[] =>
	typeof value === 'string' && value !== '' ? value.split(',') : [];

/**
 * A relay host as n8n users read it: `active` as a boolean, the domains and mailboxes using it as
 * lists, `hasPassword` instead of mailcow's `password_short` (the password itself is output only
 * with Include Secrets).
 */
export function simplifyRelayHost(r: IDataObject): IDataObject {
	return {
		id: r.id,
		hostname: r.hostname,
		username: r.username,
		active: flag(r.active),
		hasPassword: typeof r.password === 'string' && r.password !== '',
		usedByDomains: names(r.used_by_domains),
		usedByMailboxes: names(r.used_by_mailboxes),
		password: r.password,
	};
}
