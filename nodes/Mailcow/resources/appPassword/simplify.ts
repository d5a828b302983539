import type { IDataObject } from 'n8n-workflow';
import { flag } from '../../shared/simplify';

const ENTITIES: Record<string, string> = {
	'&amp;': '&',
	'&lt;': '<',
	'&gt;': '>',
	'&quot;': '"',
	'&#039;': "'",
};
const unescapeOnce = (text: string) =>
	text.replace(/&(?:amp|lt|gt|quot|#039);/g, (entity) => ENTITIES[entity]);

/**
 * The name as the user typed it: mailcow HTML-escapes an app password's name when it stores it
 * and once more when it reads it (`R&D` is read as `R&amp;amp;D`).
 */
export function typedName(read: unknown): string {
	return unescapeOnce(unescapeOnce(String(read ?? '')));
}

const PROTOCOLS = ['imap', 'pop3', 'smtp', 'sieve', 'eas', 'dav'];

/** App-password hashes are never output, with Simplify on or off. */
export function withoutHash(record: IDataObject): IDataObject {
	const rest = { ...record };
	delete rest.password;
	return rest;
}

/** An app password as n8n users read it: the typed name, flags as booleans, protocols as a list. */
export function simplifyAppPassword(r: IDataObject): IDataObject {
	return {
		id: r.id,
		name: typedName(r.name),
		mailbox: r.mailbox,
		active: flag(r.active),
		// The mailbox's protocol names (as Mailbox → Get shows them).
		protocols: PROTOCOLS.filter((p) => flag(r[`${p}_access`])),
		created: r.created,
		modified: r.modified,
	};
}
