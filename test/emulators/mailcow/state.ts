// In-memory data of the Mailcow emulator. Route handlers read and change it; tests seed it with
// the add* methods and inspect the Maps (record types in ./model).
import { fakeDkimPublicKey } from './dkimKey';
import {
	DEFAULT_MAILBOX_ATTRIBUTES,
	hashPassword,
	passwordMatches,
	type AliasSeed,
	type DomainSeed,
	type MailboxSeed,
	type MailcowAlias,
	type MailcowDkimKey,
	type MailcowDomain,
	type MailcowDomainAdmin,
	type MailcowMailbox,
} from './model';
import {
	CONTAINER_LOGS,
	type MailcowAppPassword,
	type MailcowAliasDomain,
	type MailcowBccMap,
	type MailcowFilter,
	type MailcowDomainFooter,
	type MailcowTimeLimitedAlias,
	type MailcowOauthClient,
	type MailcowTlsPolicy,
	type MailcowRelayhost,
	type MailcowTransport,
	type MailcowResource,
	type MailcowPolicyEntry,
	type MailcowRecipientMap,
	type MailcowContainer,
	type MailcowFail2ban,
	type MailcowForwardingHost,
	type MailcowLogEntry,
	type MailcowLogName,
	type MailcowQuarantineItem,
	type MailcowQueueItem,
	type MailcowSyncJob,
} from './model-ops';
import { now } from './php';

export * from './model';
export * from './model-ops';

/** An entry of the API log (get/logs/api): unix time in seconds, newest first in the list. */
export interface MailcowApiLogEntry {
	time: number;
	uri: string;
	method: string;
	remote: string;
	data: string;
}

/** The containers of a stock install, shaped as the OpenAPI example of get/status/containers. */
function defaultContainers(): Record<string, MailcowContainer> {
	const images: Record<string, string> = {
		'acme-mailcow': 'ghcr.io/mailcow/acme:1.92',
		'clamd-mailcow': 'ghcr.io/mailcow/clamd:1.70',
		'dockerapi-mailcow': 'ghcr.io/mailcow/dockerapi:2.11',
		'dovecot-mailcow': 'ghcr.io/mailcow/dovecot:2.33',
		'memcached-mailcow': 'memcached:alpine',
		'mysql-mailcow': 'mariadb:10.11',
		'netfilter-mailcow': 'ghcr.io/mailcow/netfilter:1.61',
		'nginx-mailcow': 'ghcr.io/mailcow/nginx:1.03',
		'php-fpm-mailcow': 'ghcr.io/mailcow/phpfpm:1.93',
		'postfix-mailcow': 'ghcr.io/mailcow/postfix:1.80',
		'redis-mailcow': 'redis:7.4.2-alpine',
		'rspamd-mailcow': 'ghcr.io/mailcow/rspamd:2.2',
		'sogo-mailcow': 'ghcr.io/mailcow/sogo:1.133',
		'unbound-mailcow': 'ghcr.io/mailcow/unbound:1.24',
		'watchdog-mailcow': 'ghcr.io/mailcow/watchdog:2.08',
	};
	const started = new Date(Date.now() - 86400000).toISOString();
	return Object.fromEntries(
		Object.entries(images).map(([container, image]) => [
			container,
			{ type: 'info', container, state: 'running', started_at: started, image },
		]),
	);
}

/** The options netfilter writes on its first start (mailcow's defaults). */
function defaultFail2ban(): MailcowFail2ban {
	return {
		ban_time: 1800,
		ban_time_increment: true,
		max_ban_time: 10000,
		netban_ipv4: 32,
		netban_ipv6: 128,
		max_attempts: 10,
		retry_window: 600,
		banlist_id: null,
		manage_external: 0,
		regex: null,
		whitelist: [],
		blacklist: [],
		activeBans: [],
		permBans: [],
	};
}

export class MailcowState {
	version = '2026-07a';
	passwordPolicy = { length: '6', chars: '0', special_chars: '0', lowerupper: '0', numbers: '0' };
	readonly domains = new Map<string, MailcowDomain>();
	readonly mailboxes = new Map<string, MailcowMailbox>();
	readonly aliases = new Map<number, MailcowAlias>();
	/** DKIM keys live in redis in mailcow: they outlive the domain they belong to. */
	readonly dkim = new Map<string, MailcowDkimKey>();
	readonly domainAdmins = new Map<string, MailcowDomainAdmin>();
	/** The next alias id (mailcow's auto-increment). */
	nextAliasId = 1;

	/**
	 * Whether mailcow reaches its mail containers (dockerapi, postfix, dovecot, rspamd,
	 * netfilter). On (the default) the [DOCKER] routes answer from the data below; off, they
	 * answer as the recorder without containers did (empty logs, `null` container status, …).
	 */
	mailContainers = true;
	readonly appPasswords = new Map<number, MailcowAppPassword>();
	nextAppPasswordId = 1;
	readonly syncJobs = new Map<number, MailcowSyncJob>();
	nextSyncJobId = 1;
	readonly forwardingHosts = new Map<string, MailcowForwardingHost>();
	readonly bccMaps = new Map<number, MailcowBccMap>();
	nextBccId = 1;
	readonly aliasDomains = new Map<string, MailcowAliasDomain>();
	/** Per-mailbox settings kept outside the mailbox record, keyed by the lowercased address. */
	readonly userAcl = new Map<string, Set<string>>();
	readonly pushover = new Map<string, Record<string, unknown>>();
	readonly spamScores = new Map<string, string>();
	readonly customAttributes = new Map<string, Record<string, string>>();
	readonly delimiterActions = new Map<string, string>();
	readonly filters = new Map<number, MailcowFilter>();
	nextFilterId = 1;
	/**
	 * Errors waiting in the PHP worker's OpenSSL queue: add/dkim_import reads the oldest with
	 * openssl_error_string() and fails with it (the recorder's workers held stale TLS errors).
	 */
	readonly opensslErrors: string[] = [];
	/** SASL logins per mailbox for get/last-login (rows of dovecot's sasl_log). */
	readonly saslLogins = new Map<string, Array<Record<string, unknown>>>();
	/**
	 * The web interface login get/last-login reports per mailbox (`ui`: remote, time): *(code)*
	 * mailcow skips the newest one (the session asking), so it is the one before.
	 */
	readonly uiLogins = new Map<string, { remote: string; time: number }>();
	/** Keyed by address. */
	readonly timeLimitedAliases = new Map<string, MailcowTimeLimitedAlias>();
	/**
	 * Addresses the next add/time_limited_alias calls use instead of random ones (first in,
	 * first used), so tests can know them in advance.
	 */
	readonly nextTimeLimitedAddresses: string[] = [];
	/** Domain-wide footers, keyed by domain; no route reads them back. */
	readonly domainFooters = new Map<string, MailcowDomainFooter>();
	/** The server's spam score default (rspamd's actions), "low,high". */
	defaultSpamScore = '5,15';
	/** CORS settings of edit/cors; null until configured (the base URL and all methods). */
	cors: { origins: string[]; methods: string[] } | null = null;
	/** The identity provider's stored keys (edit/identity-provider); null when none. */
	identityProvider: Record<string, unknown> | null = null;
	/** Single sign-on tokens issued by add/sso/domain-admin (token → username). */
	readonly ssoTokens = new Map<string, string>();
	readonly tlsPolicies = new Map<number, MailcowTlsPolicy>();
	nextTlsPolicyId = 1;
	readonly oauthClients = new Map<number, MailcowOauthClient>();
	nextOauthClientId = 1;
	readonly relayhosts = new Map<number, MailcowRelayhost>();
	nextRelayhostId = 1;
	readonly transports = new Map<number, MailcowTransport>();
	nextTransportId = 1;
	/** Keyed by the lowercased address. */
	readonly resources = new Map<string, MailcowResource>();
	readonly policies = new Map<number, MailcowPolicyEntry>();
	nextPolicyId = 1;
	readonly recipientMaps = new Map<number, MailcowRecipientMap>();
	nextRecipientMapId = 1;
	/** netfilter's options and bans; tests push bans into `activeBans`/`permBans`. */
	fail2ban: MailcowFail2ban = defaultFail2ban();
	/** Whether netfilter has written its options yet (false: get/fail2ban shows only the lists). */
	fail2banWritten = true;
	readonly quarantine = new Map<number, MailcowQuarantineItem>();
	nextQuarantineId = 1;
	/** postfix's queue; tests push messages (get/mailq/all, edit/mailq, delete/mailq). */
	readonly mailQueue: MailcowQueueItem[] = [];
	/** The containers' log lists, newest first; tests `unshift` entries (polling triggers). */
	readonly logs = Object.fromEntries(CONTAINER_LOGS.map((name) => [name, []])) as unknown as Record<
		MailcowLogName,
		MailcowLogEntry[]
	>;
	/** Every authenticated API request, newest first (get/logs/api). */
	readonly apiLog: MailcowApiLogEntry[] = [];
	/** rspamd's statistics object (get/logs/rspamd-stats). */
	rspamdStats: Record<string, unknown> = {};
	/** Container status keyed by name (get/status/containers); tests change `state`. */
	readonly containers: Record<string, MailcowContainer> = defaultContainers();
	/** The vmail volume (get/status/vmail): strings, as df reports them. */
	vmail = { type: 'info', disk: '/dev/sda1', used: '3.1G', total: '98G', used_percent: '4%' };

	private readonly mailboxesByDomain = new Map<string, Set<string>>();
	private readonly aliasIdByAddress = new Map<string, number>();
	private readonly aliasesByDomain = new Map<string, Set<number>>();

	addDomain(seed: DomainSeed): MailcowDomain {
		const name = seed.name.toLowerCase();
		const domain: MailcowDomain = {
			description: name,
			aliases: 400,
			mailboxes: 10,
			defquota: 3072,
			maxquota: 10240,
			quota: 10240,
			active: 1,
			gal: 1,
			backupmx: 0,
			relayAllRecipients: 0,
			relayUnknownOnly: 0,
			rl: false,
			created: now(),
			modified: null,
			...seed,
			name,
			tags: new Set(seed.tags ?? []),
		};
		delete (domain as { dkim?: boolean }).dkim;
		this.domains.set(name, domain);
		if (seed.dkim) this.addDkim(name);
		return domain;
	}

	/** Removes the domain with its aliases and admin links; DKIM keys stay (as in redis). */
	removeDomain(name: string) {
		this.domains.delete(name);
		for (const id of [...(this.aliasesByDomain.get(name) ?? [])]) this.removeAlias(id);
		this.aliasesByDomain.delete(name);
		this.mailboxesByDomain.delete(name);
		for (const admin of this.domainAdmins.values())
			admin.domains = admin.domains.filter((d) => d !== name);
	}

	addDkim(domain: string, selector = 'dkim', length = 2048): MailcowDkimKey {
		const key = { selector, length, pubkey: fakeDkimPublicKey(length) };
		this.dkim.set(domain.toLowerCase(), key);
		return key;
	}

	addMailbox(seed: MailboxSeed): MailcowMailbox {
		const username = seed.username.toLowerCase();
		const [localPart, domain] = username.split('@');
		const { password, tags, attributes, ...rest } = seed;
		const time = now();
		const mailbox: MailcowMailbox = {
			localPart,
			domain,
			name: '',
			quota: 0,
			active: 1,
			senderAcl: [],
			rl: false,
			created: time,
			modified: time,
			...rest,
			username,
			passwordHash: hashPassword(password),
			attributes: { ...DEFAULT_MAILBOX_ATTRIBUTES, passwd_update: time, ...attributes },
			tags: new Set(tags ?? []),
		};
		this.mailboxes.set(username, mailbox);
		let set = this.mailboxesByDomain.get(domain);
		if (!set) this.mailboxesByDomain.set(domain, (set = new Set()));
		set.add(username);
		return mailbox;
	}

	removeMailbox(username: string) {
		const mailbox = this.mailboxes.get(username);
		if (!mailbox) return;
		this.mailboxes.delete(username);
		this.mailboxesByDomain.get(mailbox.domain)?.delete(username);
		// mailcow drops the mailbox from alias targets and deletes aliases left without one.
		for (const alias of [...this.aliases.values()]) {
			const targets = alias.goto.split(',');
			if (!targets.includes(username)) continue;
			const left = targets.filter((t) => t !== username);
			if (left.length === 0) this.removeAlias(alias.id);
			else alias.goto = left.join(',');
		}
	}

	/**
	 * Moves a mailbox to a new address (edit/rename-mbox): the new local part keeps its case in
	 * the record, lookups stay case-insensitive. Aliases delivering to it follow.
	 */
	renameMailbox(mailbox: MailcowMailbox, newUsername: string) {
		const oldKey = mailbox.username.toLowerCase();
		const newKey = newUsername.toLowerCase();
		this.mailboxes.delete(oldKey);
		this.mailboxesByDomain.get(mailbox.domain)?.delete(oldKey);
		mailbox.username = newUsername;
		mailbox.localPart = newUsername.slice(0, newUsername.lastIndexOf('@'));
		this.mailboxes.set(newKey, mailbox);
		this.mailboxesByDomain.get(mailbox.domain)?.add(newKey);
		for (const alias of this.aliases.values()) {
			const targets = alias.goto.split(',');
			if (!targets.includes(oldKey)) continue;
			// The targets are rewritten with the new name's case (deleting the mailbox later,
			// which compares lowercased names, then leaves such an alias behind).
			alias.goto = targets.map((t) => (t === oldKey ? newUsername : t)).join(',');
			alias.modified = now();
		}
	}

	setMailboxPassword(mailbox: MailcowMailbox, password: string) {
		mailbox.passwordHash = hashPassword(password);
		mailbox.attributes.passwd_update = now();
	}

	checkMailboxPassword(username: string, password: string): boolean {
		const mailbox = this.mailboxes.get(username.toLowerCase());
		return !!mailbox && passwordMatches(mailbox.passwordHash, password);
	}

	/**
	 * Whether the mailbox may send as `address`: its own address, an active alias that delivers
	 * to it, or a sender_acl entry (the address, "@domain" or "*").
	 */
	canSendAs(username: string, address: string): boolean {
		const user = username.toLowerCase();
		const from = address.toLowerCase();
		const mailbox = this.mailboxes.get(user);
		if (!mailbox) return false;
		if (from === user) return true;
		const domain = from.slice(from.lastIndexOf('@') + 1);
		if (mailbox.senderAcl.some((e) => e === '*' || e === from || e === `@${domain}`)) return true;
		for (const candidate of [from, `@${domain}`]) {
			const alias = this.aliasByAddress(candidate);
			if (alias && alias.active === 1 && alias.goto.split(',').includes(user)) return true;
		}
		return false;
	}

	mailboxesIn(domain: string): MailcowMailbox[] {
		return [...(this.mailboxesByDomain.get(domain) ?? [])].map((u) => this.mailboxes.get(u)!);
	}

	mailboxCount(domain: string): number {
		return this.mailboxesByDomain.get(domain)?.size ?? 0;
	}

	/** Sum of the mailbox quotas of a domain in MiB, optionally leaving one mailbox out. */
	quotaUsed(domain: string, except?: string): number {
		let sum = 0;
		for (const username of this.mailboxesByDomain.get(domain) ?? []) {
			if (username !== except) sum += this.mailboxes.get(username)!.quota;
		}
		return sum;
	}

	addAlias(seed: AliasSeed): MailcowAlias {
		const address = seed.address.toLowerCase();
		const goto = Array.isArray(seed.goto) ? seed.goto.join(',') : seed.goto;
		const alias: MailcowAlias = {
			active: 1,
			sogoVisible: 0,
			internal: 0,
			senderAllowed: 0,
			publicComment: null,
			privateComment: null,
			created: now(),
			modified: null,
			...seed,
			id: this.nextAliasId++,
			address,
			goto,
			domain: address.slice(address.lastIndexOf('@') + 1),
		};
		this.aliases.set(alias.id, alias);
		this.aliasIdByAddress.set(address, alias.id);
		let set = this.aliasesByDomain.get(alias.domain);
		if (!set) this.aliasesByDomain.set(alias.domain, (set = new Set()));
		set.add(alias.id);
		return alias;
	}

	/** Gives an alias a new address (edit/alias with `address`), moving it to that domain. */
	renameAlias(alias: MailcowAlias, address: string) {
		this.aliasIdByAddress.delete(alias.address);
		this.aliasesByDomain.get(alias.domain)?.delete(alias.id);
		alias.address = address.toLowerCase();
		alias.domain = alias.address.slice(alias.address.lastIndexOf('@') + 1);
		this.aliasIdByAddress.set(alias.address, alias.id);
		let set = this.aliasesByDomain.get(alias.domain);
		if (!set) this.aliasesByDomain.set(alias.domain, (set = new Set()));
		set.add(alias.id);
	}

	removeAlias(id: number) {
		const alias = this.aliases.get(id);
		if (!alias) return;
		this.aliases.delete(id);
		this.aliasIdByAddress.delete(alias.address);
		this.aliasesByDomain.get(alias.domain)?.delete(id);
	}

	aliasByAddress(address: string): MailcowAlias | undefined {
		const id = this.aliasIdByAddress.get(address.toLowerCase());
		return id === undefined ? undefined : this.aliases.get(id);
	}

	aliasesIn(domain: string): MailcowAlias[] {
		return [...(this.aliasesByDomain.get(domain) ?? [])].map((id) => this.aliases.get(id)!);
	}

	aliasCount(domain: string): number {
		return this.aliasesByDomain.get(domain)?.size ?? 0;
	}

	/** Adds a quarantine row as rspamd would; `created` defaults to now (unix seconds). */
	addQuarantineItem(
		seed: Partial<Omit<MailcowQuarantineItem, 'id'>> & { rcpt: string },
	): MailcowQuarantineItem {
		const item: MailcowQuarantineItem = {
			qid: Math.random().toString(16).slice(2, 12).toUpperCase(),
			subject: '',
			score: 0,
			ip: '192.0.2.1',
			action: 'reject',
			symbols: '[]',
			fuzzy_hashes: '[]',
			sender: '',
			msg: '',
			domain: seed.rcpt.slice(seed.rcpt.lastIndexOf('@') + 1),
			notified: 0,
			created: Math.floor(Date.now() / 1000),
			user: 'unknown',
			qhash: Math.random().toString(16).slice(2).padEnd(64, '0').slice(0, 64),
			...seed,
			id: this.nextQuarantineId++,
		};
		this.quarantine.set(item.id, item);
		return item;
	}

	addDomainAdmin(seed: {
		username: string;
		password: string;
		domains?: string[];
		active?: number;
	}) {
		const admin: MailcowDomainAdmin = {
			username: seed.username,
			passwordHash: hashPassword(seed.password),
			active: seed.active ?? 1,
			domains: seed.domains ?? [],
			acl: new Set(),
			created: now(),
		};
		this.domainAdmins.set(seed.username, admin);
		return admin;
	}
}
