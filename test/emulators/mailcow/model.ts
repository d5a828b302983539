// The records of the Mailcow emulator's state and the shapes tests seed them with. Quotas are
// MiB like mailcow's tables; passwords are kept as salted hashes only.
import { createHash } from 'node:crypto';

export interface MailcowRateLimit {
	value: string;
	frame: string;
}

export interface MailcowDomain {
	/** Lowercased name, also the Map key. */
	name: string;
	description: string;
	aliases: number;
	mailboxes: number;
	defquota: number;
	maxquota: number;
	quota: number;
	active: number;
	gal: number;
	backupmx: number;
	relayAllRecipients: number;
	relayUnknownOnly: number;
	rl: MailcowRateLimit | false;
	/** The sender-dependent transport (relayhost id) as a string; "0" for none. */
	relayhost?: string;
	tags: Set<string>;
	created: string;
	modified: string | null;
}

export interface MailcowMailbox {
	/** Lowercased `local@domain`, also the Map key. */
	username: string;
	localPart: string;
	domain: string;
	name: string;
	/** MiB; 0 means unlimited. */
	quota: number;
	active: number;
	/** Salted SHA-256 of the password; check with `state.checkMailboxPassword`. */
	passwordHash: string;
	attributes: Record<string, string | null>;
	tags: Set<string>;
	/** Addresses, "@domain" entries or "*" this mailbox may send as. */
	senderAcl: string[];
	rl: MailcowRateLimit | false;
	created: string;
	modified: string | null;
	/** Bytes stored (dovecot's quota2 table in mailcow); tests set it to fill a mailbox. */
	bytesUsed?: number;
}

export interface MailcowAlias {
	id: number;
	/** Lowercased address; "@domain" for a catch-all. */
	address: string;
	domain: string;
	/** Comma-joined targets, as mailcow stores them. */
	goto: string;
	active: number;
	sogoVisible: number;
	internal: number;
	senderAllowed: number;
	publicComment: string | null;
	privateComment: string | null;
	created: string;
	modified: string | null;
}

export interface MailcowDkimKey {
	selector: string;
	length: number;
	pubkey: string;
}

export interface MailcowDomainAdmin {
	username: string;
	passwordHash: string;
	active: number;
	domains: string[];
	acl: Set<string>;
	created: string;
}

export type DomainSeed = Partial<Omit<MailcowDomain, 'tags' | 'name'>> & {
	name: string;
	tags?: string[];
	dkim?: boolean;
};
export type MailboxSeed = Partial<Omit<MailcowMailbox, 'tags' | 'passwordHash' | 'username'>> & {
	username: string;
	password: string;
	tags?: string[];
};
export type AliasSeed = Partial<Omit<MailcowAlias, 'id' | 'goto' | 'domain'>> & {
	address: string;
	goto: string | string[];
};

export const DEFAULT_MAILBOX_ATTRIBUTES: Record<string, string> = {
	force_pw_update: '0',
	force_tfa: '0',
	tls_enforce_in: '0',
	tls_enforce_out: '0',
	sogo_access: '1',
	imap_access: '1',
	pop3_access: '1',
	smtp_access: '1',
	sieve_access: '1',
	eas_access: '1',
	dav_access: '1',
	relayhost: '0',
	passwd_update: '',
	mailbox_format: 'maildir:',
	quarantine_notification: 'hourly',
	quarantine_category: 'reject',
	attribute_hash: '',
};

export function hashPassword(password: string): string {
	// A unique salt is all an emulator needs; crypto.randomBytes costs more than the rest of a create.
	const salt = Math.random().toString(36).slice(2, 12);
	return `${salt}:${createHash('sha256')
		.update(salt + password)
		.digest('hex')}`;
}

export function passwordMatches(hash: string, password: string): boolean {
	const [salt, digest] = hash.split(':');
	return (
		createHash('sha256')
			.update(salt + password)
			.digest('hex') === digest
	);
}
