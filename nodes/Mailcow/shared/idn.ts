/**
 * International domain names. mailcow stores domains in punycode (`xn--bcher-kva.test`): its add
 * routes, edit/domain and get/domain convert a Unicode name themselves, but get/mailbox,
 * get/alias, edit/mailbox and the delete routes do not (they answer `{}` or `access_denied`), and
 * get/mailbox/all/{domain} with a name mailcow does not know answers every mailbox. The node
 * therefore converts every domain it puts in a path or in the `items` of an edit/delete, and
 * outputs names as mailcow stores them.
 */

// Printable ASCII only: nothing to convert.
const ASCII = /^[ -~]*$/;

/**
 * The punycode form of a domain name; ASCII input, and anything the WHATWG URL parser does not
 * take as a host name, is returned unchanged (mailcow then answers for exactly that text). Node
 * code may not import node:url, so the URL parser does the conversion.
 */
export function asciiDomain(domain: string): string {
	if (ASCII.test(domain)) return domain;
	try {
		const host = new URL(`http://${domain}`).hostname;
		// Only a plain host name: anything the parser changed otherwise is left to mailcow.
		return /^[a-z0-9.-]+$/.test(host) ? host : domain;
	} catch {
		return domain;
	}
}

/**
 * A domain, an address (`local@domain`, `@domain` for a catch-all) or a comma-separated list of
 * them with each domain part in punycode. The local part is never changed: mailcow refuses a
 * Unicode local part itself.
 */
export function asciiName(text: string): string {
	if (ASCII.test(text)) return text;
	if (text.includes(',')) return text.split(',').map(asciiName).join(',');
	const at = text.lastIndexOf('@');
	return at < 0 ? asciiDomain(text) : `${text.slice(0, at + 1)}${asciiDomain(text.slice(at + 1))}`;
}

/** The API categories whose ids are domains or addresses (not domain-admin usernames). */
const NAMED_BY_DOMAIN = new Set([
	'domain',
	'mailbox',
	'alias',
	'dkim',
	'alias-domain',
	'time_limited_alias',
	// get/filters/{mailbox}, get/policy_{wl,bl}_{domain,mailbox}/{object}
	'filters',
	'policy_wl_domain',
	'policy_bl_domain',
	'policy_wl_mailbox',
	'policy_bl_mailbox',
	// Mailbox settings: like edit/mailbox, they look the address up as stored (inferred from the
	// same username handling in mailcow's mailbox() code), so a Unicode domain is not found.
	'spam-score',
	'tls_policy',
	'quarantine_notification',
	'quarantine_category',
	'user-acl',
	'pushover',
	// get/last-login/{mailbox}
	'last-login',
]);

/** Whether the ids of `action/category/…` are domains or addresses. */
export function namesDomains(category: string): boolean {
	return NAMED_BY_DOMAIN.has(category);
}
