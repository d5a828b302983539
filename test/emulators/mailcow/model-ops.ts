// Records of the Mailcow emulator's operational groups: app passwords, sync jobs, forwarding
// hosts, fail2ban, quarantine, the mail queue, logs and container status. Field names follow
// mailcow's database columns and API answers (test/fixtures/mailcow-observed-2.json).

export interface MailcowAppPassword {
	id: number;
	/** Stored HTML-escaped once (mailcow escapes on write and again on read). */
	name: string;
	mailbox: string;
	/** `{BLF-CRYPT}$2y$10$…`, shown as is by get/app-passwd. */
	passwordHash: string;
	protocols: Record<AppPasswordProtocol, number>;
	active: number;
	created: string;
	modified: string | null;
}

export const APP_PASSWORD_PROTOCOLS = [
	'imap_access',
	'smtp_access',
	'dav_access',
	'eas_access',
	'pop3_access',
	'sieve_access',
] as const;
export type AppPasswordProtocol = (typeof APP_PASSWORD_PROTOCOLS)[number];

/** One imapsync job; numbers are ints except maxbytespersecond (a string, as mailcow answers). */
export interface MailcowSyncJob {
	id: number;
	user2: string;
	host1: string;
	user1: string;
	password1: string;
	port1: number;
	enc1: string;
	mins_interval: number;
	subfolder2: string;
	maxage: number;
	maxbytespersecond: string;
	timeout1: number;
	timeout2: number;
	exclude: string;
	custom_params: string;
	delete2duplicates: number;
	delete1: number;
	delete2: number;
	automap: number;
	skipcrossduplicates: number;
	subscribeall: number;
	dry: number;
	active: number;
	is_running: number;
	last_run: string | null;
	success: number | null;
	exit_status: string | null;
	/** The last imapsync output (get/syncjobs without no_log). */
	log: string;
	created: string;
	modified: string | null;
}

export interface MailcowForwardingHost {
	host: string;
	source: string;
	keep_spam: 'yes' | 'no';
}

export interface MailcowFail2ban {
	ban_time: number;
	ban_time_increment: boolean;
	max_ban_time: number;
	netban_ipv4: number;
	netban_ipv6: number;
	max_attempts: number;
	retry_window: number;
	banlist_id: string | null;
	manage_external: number;
	/** Keyed "1", "2", … as mailcow stores it; null for the built-in set. */
	regex: Record<string, string> | null;
	whitelist: string[];
	blacklist: string[];
	/** Bans netfilter reports (its redis keys); tests add and remove them. */
	activeBans: Array<{ network: string; banned_until: number; queued_for_unban: number }>;
	permBans: string[];
}

/** A quarantine row as rspamd writes it. `created` is a unix time in seconds. */
export interface MailcowQuarantineItem {
	id: number;
	qid: string;
	subject: string;
	score: number;
	ip: string;
	action: string;
	/** rspamd's symbols as a JSON string. */
	symbols: string;
	fuzzy_hashes: string;
	sender: string;
	rcpt: string;
	msg: string;
	domain: string;
	notified: number;
	created: number;
	user: string;
	qhash: string;
}

/** One message of postfix's queue, as postqueue -j prints it (the OpenAPI example's shape). */
export interface MailcowQueueItem {
	queue_name: string;
	queue_id: string;
	arrival_time: number;
	message_size: number;
	sender: string;
	/** `"addr"` or `"addr (delay reason)"`. */
	recipients: string[];
	/** The raw message get/postcat answers. */
	message?: string;
}

export interface MailcowContainer {
	type: 'info';
	container: string;
	state: string;
	started_at: string;
	image: string;
}

/** Entries of the log lists, newest first; the shapes of the OpenAPI examples. */
export type MailcowLogEntry = Record<string, unknown>;

export const CONTAINER_LOGS = [
	'acme',
	'autodiscover',
	'dovecot',
	'netfilter',
	'postfix',
	'ratelimited',
	'rspamd-history',
	'sogo',
	'watchdog',
	'cron',
	'ui',
	'sasl',
] as const;
export type MailcowLogName = (typeof CONTAINER_LOGS)[number];

export interface MailcowBccMap {
	id: number;
	/** "@domain" or an address. */
	local_dest: string;
	bcc_dest: string;
	active: number;
	type: 'sender' | 'rcpt';
	domain: string;
	created: string;
	modified: string | null;
}

export interface MailcowRecipientMap {
	id: number;
	recipient_map_old: string;
	recipient_map_new: string;
	active: number;
	created: string;
	modified: string | null;
}

/** A spam filter white/blacklist entry of a domain or a mailbox (rspamd settings). */
export interface MailcowPolicyEntry {
	prefid: number;
	/** The domain or the mailbox address it belongs to. */
	object: string;
	list: 'wl' | 'bl';
	value: string;
}

/** A resource (room, group, thing): a row of the mailbox table of its own kind. */
export interface MailcowResource {
	/** The address with the case of its description (`Room1@example.org`). */
	name: string;
	kind: 'location' | 'group' | 'thing';
	multiple_bookings: number;
	description: string;
	active: number;
	domain: string;
	local_part: string;
}

export interface MailcowAliasDomain {
	alias_domain: string;
	target_domain: string;
	active: number;
	rl: { value: string; frame: string } | false;
	created: string;
	modified: string | null;
}

/** A sender-dependent transport (relayhost). Passwords are kept (and answered) in clear. */
export interface MailcowRelayhost {
	id: number;
	hostname: string;
	username: string;
	password: string;
	active: number;
}

export interface MailcowTransport {
	id: number;
	is_mx_based: number;
	destination: string;
	nexthop: string;
	username: string;
	password: string;
	active: number;
}

export interface MailcowTlsPolicy {
	id: number;
	dest: string;
	policy: string;
	parameters: string;
	active: number;
	created: string;
	modified: string | null;
}

/** An oAuth2 client of mailcow's own provider; the secret is answered in clear by get. */
export interface MailcowOauthClient {
	id: number;
	client_id: string;
	client_secret: string;
	redirect_uri: string | null;
}

/** A time-limited ("spam") alias of a mailbox. `validity` is a unix time in seconds. */
export interface MailcowTimeLimitedAlias {
	address: string;
	goto: string;
	description: string;
	validity: number;
	permanent: number;
	created: string;
	modified: string | null;
}

export interface MailcowDomainFooter {
	html: string;
	plain: string;
	skip_replies: number;
	exclude: string[];
}

/** A Sieve filter of a mailbox (pre- or postfilter). */
export interface MailcowFilter {
	id: number;
	username: string;
	filter_type: 'prefilter' | 'postfilter';
	script_desc: string;
	script_data: string;
	active: number;
}
