// Mailbox settings edited through their own routes: edit/user-acl, edit/pushover(-test),
// edit/quarantine_notification, edit/quarantine_category, get/edit/spam-score,
// edit/mailbox/custom-attribute, edit/tls_policy, edit/delimiter_action.
import type { EmulatorResponse } from '../../core';
import type { Entry, Msg } from '../php';
import {
	asItems,
	caughtException,
	echoItems,
	editPayload,
	getAnswer,
	intval,
	isValidEmail,
	now,
	str,
	writeAnswer,
} from '../php';
import type { MailcowMailbox, MailcowState } from '../state';
import type { MailcowHandler, MailcowRouteContext, RouteTable } from './index';

const mailboxLog = (type: string, data: unknown) => ['mailbox', 'edit', type, data, null];

/**
 * The loop most mailbox() edits share: one entry per mailbox, access_denied for an unknown one.
 * `apply` answers a danger message, or undefined for mailbox_modified.
 */
function perMailbox(
	context: MailcowRouteContext,
	type: string,
	apply: (mailbox: MailcowMailbox, attr: Record<string, unknown>) => Msg | undefined,
	itemKey = 'username',
): EmulatorResponse {
	const { items, attr } = editPayload(context.payload);
	const entryLog = mailboxLog(type, { [itemKey]: echoItems(items), ...attr });
	// The documented items shape {"anyOf": […]} is one unknown mailbox.
	const list =
		items && typeof items === 'object' && !Array.isArray(items) ? [items] : asItems(items);
	const entries: Entry[] = [];
	for (const item of list) {
		const mailbox =
			typeof item === 'string' ? context.state.mailboxes.get(item.toLowerCase()) : undefined;
		if (!mailbox) {
			entries.push({ type: 'danger', log: entryLog, msg: 'access_denied' });
			continue;
		}
		const problem = apply(mailbox, attr);
		if (problem !== undefined) entries.push({ type: 'danger', log: entryLog, msg: problem });
		else
			entries.push({ type: 'success', log: entryLog, msg: ['mailbox_modified', mailbox.username] });
	}
	return writeAnswer(entries);
}

const USER_ACLS = [
	'spam_alias',
	'tls_policy',
	'spam_score',
	'spam_policy',
	'delimiter_action',
	'syncjobs',
	'eas_reset',
	'sogo_profile_reset',
	'pushover',
	'quarantine',
	'quarantine_attachments',
	'quarantine_notification',
	'quarantine_category',
	'app_passwds',
	'pw_reset',
];

/** Every ACL not listed is switched off; unknown names are ignored. */
const editUserAcl: MailcowHandler = ({ state, payload }) => {
	const { items, attr } = editPayload(payload);
	const entryLog = ['acl', 'edit', 'user', { username: echoItems(items), ...attr }];
	const entries: Entry[] = [];
	for (const item of asItems(items).map(str)) {
		const username = item.toLowerCase();
		if (!state.mailboxes.has(username)) {
			entries.push({ type: 'danger', log: entryLog, msg: 'access_denied' });
			continue;
		}
		const acl = new Set(
			asItems(attr.user_acl)
				.map(str)
				.filter((a) => USER_ACLS.includes(a)),
		);
		state.userAcl.set(username, acl);
		entries.push({ type: 'success', log: entryLog, msg: ['acl_saved', item] });
	}
	return writeAnswer(entries);
};

const PUSHOVER_CREDENTIAL = /^[A-Za-z0-9]{30}$/;

/** Omitted fields keep their value; key and token must be 30 letters or digits. */
const editPushover: MailcowHandler = ({ state, payload }) => {
	const { items, attr } = editPayload(payload);
	const data = { username: echoItems(items), ...attr };
	const entries: Entry[] = [];
	for (const item of asItems(items).map(str)) {
		const username = item.toLowerCase();
		const log = ['pushover', 'edit', data];
		if (!state.mailboxes.has(username)) {
			entries.push({ type: 'danger', log, msg: 'access_denied' });
			continue;
		}
		if (str(attr.delete) === 'true') {
			state.pushover.delete(username);
			entries.push({ type: 'success', log, msg: 'pushover_settings_edited' });
			continue;
		}
		const merged = { ...(state.pushover.get(username) ?? {}), ...attr };
		// The key and token errors log the data twice.
		if (!PUSHOVER_CREDENTIAL.test(str(merged.key))) {
			entries.push({ type: 'danger', log: [...log, data], msg: 'pushover_key' });
			continue;
		}
		if (!PUSHOVER_CREDENTIAL.test(str(merged.token))) {
			entries.push({ type: 'danger', log: [...log, data], msg: 'pushover_token' });
			continue;
		}
		if (str(merged.senders_regex) !== '') {
			try {
				new RegExp(str(merged.senders_regex));
			} catch {
				entries.push({ type: 'danger', log, msg: 'Invalid regex' });
				continue;
			}
		}
		state.pushover.set(username, merged);
		entries.push({ type: 'success', log, msg: 'pushover_settings_edited' });
	}
	return writeAnswer(entries);
};

/** Without settings: credentials missing. With them, the call to api.pushover.net fails (no internet). */
const testPushover: MailcowHandler = ({ state, payload }) => {
	const { items } = editPayload(payload);
	const log = ['pushover', 'test', { username: echoItems(items) }];
	return writeAnswer(
		asItems(items)
			.map(str)
			.map((item): Entry => {
				const settings = state.pushover.get(item.toLowerCase());
				return {
					type: 'danger',
					log,
					msg: settings ? 'Pushover API ERR (0): ' : 'pushover_credentials_missing',
				};
			}),
	);
};

/** A value outside the list is access_denied; no value at all is a PHP error (empty answer). */
function quarantineSetting(
	key: 'quarantine_notification' | 'quarantine_category',
	values: string[],
): MailcowHandler {
	return (context) => {
		const { attr } = editPayload(context.payload);
		if (attr[key] === undefined)
			return caughtException(
				context.session,
				`An unknown error occured: Undefined array key "${key}"`,
			);
		return perMailbox(context, key, (mailbox) => {
			const value = str(attr[key]);
			if (!values.includes(value)) return 'access_denied';
			mailbox.attributes[key] = value;
			return undefined;
		});
	};
}

const INVALID_SPAM_SCORE =
	'Invalid spam score, format must be "1,2" where first is low and second is high spam value.';

/** "low,high" without whitespace; equal values make high = low + 0.1; "default" removes them. */
const editSpamScore: MailcowHandler = (context) =>
	perMailbox(context, 'spam_score', (mailbox, attr) => {
		const value = str(attr.spam_score).replace(/\s/g, '');
		if (value === 'default') {
			context.state.spamScores.delete(mailbox.username);
			return undefined;
		}
		const parts = value.split(',');
		if (parts.length !== 2 || parts.some((p) => !/^\d+(\.\d+)?$/.test(p)))
			return INVALID_SPAM_SCORE;
		const [low, high] = parts;
		const score = Number(low) === Number(high) ? `${low},${Number(low) + 0.1}` : `${low},${high}`;
		context.state.spamScores.set(mailbox.username, score);
		return undefined;
	});

const getSpamScore: MailcowHandler = ({ state, rest }) => {
	const object = (rest[0] ?? '').toLowerCase();
	if (object === '') return getAnswer({ score: state.defaultSpamScore });
	if (!state.mailboxes.has(object)) return getAnswer(undefined);
	return getAnswer({ score: state.spamScores.get(object) ?? state.defaultSpamScore });
};

const ARRAY_COMBINE_ERROR =
	'An unknown error occured: ValueError Object\n(\n    [message:protected] => array_combine(): Argument #1 ($keys) and argument #2 ($values) must have the same number of elements\n    [string:Error:private] => \n    [code:protected] => 0\n    [file:protected] => /web/inc/functions.mailbox.inc.php\n    [line:protected] => 3901\n    [trace:Error:private] => Array\n        (\n            [0] => Array\n                (\n                    [file] => /web/inc/functions.mailbox.inc.php\n                    [line] => 3901\n                    [function] => array_combine\n                )\n\n            [1] => Array\n                (\n                    [file] => /web/json_api.php\n                    [line] => 1963\n                    [function] => mailbox\n                )\n\n        )\n\n    [previous:Error:private] => \n)\n';

/** The new set replaces all custom attributes; spaces are removed from keys. */
export const editCustomAttribute: MailcowHandler = (context) => {
	const { items, attr } = editPayload(context.payload);
	const keys = asItems(attr.attribute).map((k) => str(k).replace(/\s/g, ''));
	const values = asItems(attr.value).map(str);
	if (keys.length !== values.length) return caughtException(context.session, ARRAY_COMBINE_ERROR);
	const entryLog = mailboxLog('mailbox_custom_attribute', { mailboxes: echoItems(items), ...attr });
	const entries: Entry[] = [];
	for (const item of asItems(items).map(str)) {
		const username = item.toLowerCase();
		if (!isValidEmail(username)) {
			entries.push({ type: 'danger', log: entryLog, msg: ['username_invalid', item] });
			continue;
		}
		const mailbox = context.state.mailboxes.get(username);
		if (!mailbox) {
			entries.push({ type: 'danger', log: entryLog, msg: 'access_denied' });
			continue;
		}
		context.state.customAttributes.set(
			username,
			Object.fromEntries(keys.map((k, i) => [k, values[i]])),
		);
		mailbox.modified = now();
		entries.push({ type: 'success', log: entryLog, msg: ['mailbox_modified', mailbox.username] });
	}
	return writeAnswer(entries);
};

const editTlsPolicy: MailcowHandler = (context) =>
	perMailbox(context, 'tls_policy', (mailbox, attr) => {
		for (const key of ['tls_enforce_in', 'tls_enforce_out'])
			if (attr[key] !== undefined) mailbox.attributes[key] = intval(attr[key]) === 1 ? '1' : '0';
		return undefined;
	});

/** "subject" or "subfolder"; anything else means none. */
const editDelimiterAction: MailcowHandler = (context) =>
	perMailbox(context, 'delimiter_action', (mailbox, attr) => {
		const value = str(attr.tagged_mail_handler);
		context.state.delimiterActions.set(
			mailbox.username,
			value === 'subject' || value === 'subfolder' ? value : 'none',
		);
		return undefined;
	});

/** pushover_active of get/mailbox (the only read-back of the pushover settings). */
export const pushoverActive = (state: MailcowState, username: string) =>
	intval(state.pushover.get(username)?.active);

export const mailboxExtraRoutes: RouteTable = {
	get: { 'spam-score': getSpamScore },
	edit: {
		'user-acl': editUserAcl,
		pushover: editPushover,
		'pushover-test': testPushover,
		quarantine_notification: quarantineSetting('quarantine_notification', [
			'never',
			'hourly',
			'daily',
			'weekly',
		]),
		quarantine_category: quarantineSetting('quarantine_category', ['add_header', 'reject', 'all']),
		'spam-score': editSpamScore,
		tls_policy: editTlsPolicy,
		delimiter_action: editDelimiterAction,
	},
};
