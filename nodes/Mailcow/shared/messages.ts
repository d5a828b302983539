/**
 * Plain-English explanations of mailcow's message keys (the `msg` of a result entry), written for
 * this package. Keys not listed are shown as mailcow sent them.
 */
export interface MailcowEntry {
	type: string;
	msg: string | unknown[];
	log?: unknown[];
}

const EXPLANATIONS: Record<string, string> = {
	access_denied:
		'Mailcow refused access to the object: it does not exist (unknown domain or mailbox), or the key may not change it.',
	domain_invalid: 'The domain name is invalid or the domain does not exist in mailcow.',
	domain_not_found: 'The domain does not exist in mailcow.',
	object_exists: 'An object with this name already exists.',
	is_alias: 'The address is already used by an alias.',
	is_spam_alias: 'The address is already used by a spam alias.',
	password_complexity:
		"The password does not meet mailcow's password policy (see Configuration → Password policy).",
	password_mismatch: 'The password and its confirmation differ.',
	username_invalid:
		'The username is invalid: use letters, digits and _ . - only (for mailboxes: a full email address).',
	mysql_error: "Mailcow's database refused the change.",
	'Cannot find attributes in post data': 'Mailcow found no attributes in the request body.',
	'Cannot add item': 'Mailcow added nothing and gave no reason (usually an unknown object).',
	'Cannot edit item': 'Mailcow changed nothing and gave no reason (usually an unknown object).',
	'Cannot delete item': 'Mailcow deleted nothing and gave no reason (usually an unknown object).',
};

/** The message key of an entry's `msg` (`"key"` or `["key", ...args]`). */
export function messageKey(msg: unknown): string {
	return String(Array.isArray(msg) ? msg[0] : msg);
}

function withArgs(text: string, msg: unknown): string {
	const args = Array.isArray(msg) ? msg.slice(1) : [];
	const shown = args
		// mailcow pads some keys with an empty argument (`["relayhost_added", ""]`).
		.filter((a) => a !== null && a !== undefined && a !== '')
		.map((a) => (typeof a === 'object' ? JSON.stringify(a) : String(a)));
	return shown.length ? `${text} (${shown.join(', ')})` : text;
}

/** `key (arg1, arg2)` as mailcow sent it (errors quote mailcow's key, users search for it). */
export function formatMessage(msg: unknown): string {
	return withArgs(messageKey(msg), msg);
}

const DONE: Record<string, string> = { added: 'added', modified: 'changed', removed: 'deleted' };

/**
 * A success message of an output item in words: the resource's text for the key
 * (`rl_saved` → "Rate limit saved"), else `<object>_added|modified|removed` read as
 * "<Object> added|changed|deleted", else the key; mailcow's arguments follow in parentheses
 * (`Mailbox added (jane@example.com)`).
 */
export function messageText(msg: unknown): string {
	const key = messageKey(msg);
	const known = SUCCESS_TEXTS[key];
	if (known) return withArgs(known, msg);
	const done = /^([a-z_]+)_(added|modified|removed)$/.exec(key);
	if (!done) return formatMessage(msg);
	const object = done[1].replace(/_/g, ' ');
	return withArgs(`${object[0].toUpperCase()}${object.slice(1)} ${DONE[done[2]]}`, msg);
}

const SUCCESS_TEXTS: Record<string, string> = {};

/** Adds a resource's success texts (resources/index.ts registers every resource's `successTexts`). */
export function explainSuccess(texts: Record<string, string>): void {
	Object.assign(SUCCESS_TEXTS, texts);
}

/** Adds a resource's texts (resources/index.ts registers every resource's `messages`). */
export function explainMessages(texts: Record<string, string>): void {
	Object.assign(EXPLANATIONS, texts);
}

/**
 * The explanation of a message key. A registered key ending in `*` explains every message that
 * starts with the rest: mailcow passes some database errors through as text naming the object.
 */
export function describeMessage(msg: unknown): string {
	const key = messageKey(msg);
	const prefix = Object.keys(EXPLANATIONS).find(
		(k) => k.endsWith('*') && key.startsWith(k.slice(0, -1)),
	);
	return (
		EXPLANATIONS[key] ??
		(prefix && EXPLANATIONS[prefix]) ??
		"See mailcow's documentation for this message key."
	);
}
