/* eslint-disable @n8n/community-nodes/no-restricted-imports */
// In-memory data of the Migadu emulator: domains with their mailboxes (and each mailbox's
// identities and forwardings), aliases and rewrites. Records have the shape of Migadu's answers
// (real fixtures: the docs' examples and the clients' test data); domains are kept in punycode.
import { domainToASCII } from 'node:url';

export type Json = Record<string, unknown>;

export interface MailboxEntry {
	record: Json;
	identities: Map<string, Json>;
	forwardings: Map<string, Json>;
}

export interface DomainEntry {
	record: Json;
	mailboxes: Map<string, MailboxEntry>;
	aliases: Map<string, Json>;
	rewrites: Map<string, Json>;
}

/** Punycode of a domain as Migadu answers it; '' for something that is not a domain. */
export function asciiDomain(domain: string): string {
	return domainToASCII(domain.trim().toLowerCase());
}

/** An address with its domain in punycode (Migadu always answers that form). */
export function asciiAddress(address: string): string {
	const at = address.lastIndexOf('@');
	if (at < 0) return address.trim();
	return `${address.slice(0, at).trim()}@${asciiDomain(address.slice(at + 1)) || address.slice(at + 1).trim()}`;
}

export function newDomain(name: string, fields: Json = {}): DomainEntry {
	return {
		record: {
			name,
			state: 'pending',
			description: '',
			tags: [],
			hosted_dns: false,
			can_send: false,
			can_receive: false,
			can_access: true,
			mx_proxy_enabled: false,
			spam_aggressiveness: 'default',
			greylisting_enabled: false,
			subject_rewriting_enabled: false,
			sender_denylist: [],
			sender_allowlist: [],
			recipient_denylist: [],
			catchall_destinations: [],
			activated_at: null,
			deactivated_at: null,
			...fields,
		},
		mailboxes: new Map(),
		aliases: new Map(),
		rewrites: new Map(),
	};
}

export function newMailbox(domain: string, localPart: string, fields: Json = {}): Json {
	return {
		local_part: localPart,
		domain_name: domain,
		address: `${localPart}@${domain}`,
		name: '',
		is_internal: false,
		is_active: true,
		may_send: true,
		may_receive: true,
		may_access_imap: true,
		may_access_pop3: true,
		may_access_managesieve: false,
		password_recovery_email: null,
		spam_action: 'folder',
		spam_aggressiveness: 'default',
		sender_denylist: [],
		sender_allowlist: [],
		recipient_denylist: [],
		autorespond_active: null,
		autorespond_subject: 'Autoreply: {{subject}}',
		autorespond_body: '',
		autorespond_expires_on: null,
		footer_active: false,
		footer_plain_body: null,
		footer_html_body: null,
		delegations: [],
		expireable: false,
		expires_on: null,
		remove_upon_expiry: false,
		storage_usage: 0.01,
		changed_at: '07/06/23',
		last_login_at: null,
		...fields,
	};
}

export function newIdentity(domain: string, localPart: string, fields: Json = {}): Json {
	return {
		local_part: localPart,
		domain_name: domain,
		address: `${localPart}@${domain}`,
		name: '',
		password_use: 'none',
		may_send: true,
		may_receive: true,
		may_access_imap: true,
		may_access_pop3: true,
		may_access_managesieve: false,
		footer_active: false,
		footer_plain_body: null,
		footer_html_body: null,
		...fields,
	};
}

/** The demo account: example.com (active, with info@ and sales@) and bücher.example (pending). */
export class MigaduState {
	domains = new Map<string, DomainEntry>();
	/** Invitations Migadu would have emailed: mailbox address → recovery address. */
	invitations: Array<{ address: string; to: string }> = [];
	/** Confirmation mails sent for forwardings. */
	confirmations: Array<{ mailbox: string; to: string }> = [];
	/** Own passwords of identities (address → password); Migadu never returns them. */
	identityPasswords = new Map<string, string>();
	/** Domains whose DNS checks pass (activation succeeds). */
	dnsReady = new Set<string>(['example.com']);
	/** Domains created moments ago: Migadu answers 404 for their DNS records for a while. */
	recordsPending = new Set<string>();

	constructor() {
		const example = newDomain('example.com', {
			state: 'active',
			can_send: true,
			can_receive: true,
			activated_at: '2024-01-10T09:00:00Z',
		});
		for (const [local, name] of [
			['info', 'Info Desk'],
			['sales', 'Sales Team'],
		]) {
			example.mailboxes.set(local, {
				record: newMailbox('example.com', local, { name }),
				identities: new Map(),
				forwardings: new Map(),
			});
		}
		example.aliases.set('team', {
			local_part: 'team',
			domain_name: 'example.com',
			address: 'team@example.com',
			destinations: ['info@example.com', 'sales@example.com'],
			is_internal: false,
			expireable: false,
			expires_on: null,
			remove_upon_expiry: false,
		});
		this.domains.set('example.com', example);
		this.domains.set('xn--bcher-kva.example', newDomain('xn--bcher-kva.example'));
	}

	mailbox(domain: string, localPart: string): MailboxEntry | undefined {
		return this.domains.get(domain)?.mailboxes.get(localPart);
	}
}
