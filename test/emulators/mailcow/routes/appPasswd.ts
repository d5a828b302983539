// App passwords: add/edit/delete/app-passwd, get/app-passwd/all/{mailbox}.
import { randomBytes } from 'node:crypto';
import type { Entry } from '../php';
import {
	asItems,
	caughtException,
	echoItems,
	editPayload,
	getAnswer,
	htmlEscape,
	intval,
	isValidEmail,
	mysqlError,
	now,
	phpTypeError,
	record,
	str,
	writeAnswer,
} from '../php';
import { APP_PASSWORD_PROTOCOLS, type MailcowAppPassword, type MailcowState } from '../state';
import type { MailcowHandler, RouteTable } from './index';
import { passwordProblem } from './password';

const BCRYPT = './ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
/** A bcrypt-shaped hash, as mailcow stores app passwords (the emulator never checks them). */
const blfCrypt = () =>
	`{BLF-CRYPT}$2y$10$${[...randomBytes(53)].map((b) => BCRYPT[b % 64]).join('')}`;

/** Only app_passwd and app_passwd2 are masked in the log. */
function masked(data: Record<string, unknown>) {
	const copy = { ...data };
	for (const key of ['app_passwd', 'app_passwd2']) if (key in copy) copy[key] = '*';
	return copy;
}

const log = (action: string, data: Record<string, unknown>) => ['app_passwd', action, masked(data)];

/** A list of protocol names (a plain string is a list of one); every protocol not named is 0. */
function protocolFlags(value: unknown): MailcowAppPassword['protocols'] {
	const named = new Set(asItems(value).map(str));
	return Object.fromEntries(
		APP_PASSWORD_PROTOCOLS.map((p) => [p, named.has(p) ? 1 : 0]),
	) as MailcowAppPassword['protocols'];
}

function view(a: MailcowAppPassword) {
	return {
		id: a.id,
		// Escaped when stored and again when read.
		name: htmlEscape(a.name),
		mailbox: a.mailbox,
		domain: a.mailbox.slice(a.mailbox.lastIndexOf('@') + 1),
		password: a.passwordHash,
		created: a.created,
		modified: a.modified,
		imap_access: a.protocols.imap_access,
		smtp_access: a.protocols.smtp_access,
		dav_access: a.protocols.dav_access,
		eas_access: a.protocols.eas_access,
		pop3_access: a.protocols.pop3_access,
		sieve_access: a.protocols.sieve_access,
		active: a.active,
	};
}

const getAppPasswd: MailcowHandler = ({ state, rest, session }) => {
	if (rest[0] === 'all') {
		const mailbox = (rest[1] ?? '').toLowerCase();
		return getAnswer(
			[...state.appPasswords.values()].filter((a) => a.mailbox === mailbox).map(view),
		);
	}
	if (rest[0] === undefined || rest[0] === '') return getAnswer(undefined);
	// The route reads $object['id'] on a string: a TypeError, so there is no "get one" route.
	return caughtException(
		session,
		phpTypeError('Cannot access offset of type string on string', '/web/json_api.php', 556),
	);
};

const addAppPasswd: MailcowHandler = ({ state, payload }) => {
	const attr = record(payload);
	const entry = (type: Entry['type'], msg: Entry['msg']) =>
		writeAnswer([{ type, log: log('add', attr), msg }]);
	const username = str(attr.username).toLowerCase();
	if (!isValidEmail(username) || !state.mailboxes.has(username))
		return entry('danger', 'access_denied');
	const problem = passwordProblem(state, attr.app_passwd, attr.app_passwd2);
	if (problem) return writeAnswer([problem]);
	if (str(attr.app_name).trim() === '') return entry('danger', 'app_name_empty');
	addAppPassword(state, {
		mailbox: username,
		name: str(attr.app_name),
		protocols: attr.protocols,
		active: intval(attr.active),
	});
	return entry('success', 'app_passwd_added');
};

/** Stores an app password (also the seeding helper of tests and the demo). */
export function addAppPassword(
	state: MailcowState,
	seed: { mailbox: string; name: string; protocols?: unknown; active?: number },
): MailcowAppPassword {
	const app: MailcowAppPassword = {
		id: state.nextAppPasswordId++,
		name: htmlEscape(seed.name),
		mailbox: seed.mailbox.toLowerCase(),
		passwordHash: blfCrypt(),
		protocols: protocolFlags(seed.protocols),
		active: seed.active ?? 1,
		created: now(),
		modified: null,
	};
	state.appPasswords.set(app.id, app);
	return app;
}

const editAppPasswd: MailcowHandler = ({ state, payload, session }) => {
	const { items, attr } = editPayload(payload);
	const ids = asItems(items).map(str);
	const entryLog = log('edit', { id: echoItems(items), ...attr });
	const entries: Entry[] = [];
	for (const id of ids) {
		const app = state.appPasswords.get(Number(id));
		if (!/^\d+$/.test(id) || !app) {
			entries.push({ type: 'danger', log: entryLog, msg: ['app_passwd_id_invalid', id] });
			continue;
		}
		if (attr.app_passwd !== undefined) {
			const problem = passwordProblem(state, attr.app_passwd, attr.app_passwd2);
			if (problem) return writeAnswer([...entries, problem]);
		}
		// Without attr.username the session user "API" becomes the mailbox: a foreign-key error.
		const username = str(attr.username).toLowerCase();
		if (!state.mailboxes.has(username)) {
			return caughtException(
				session,
				mysqlError(
					1452,
					'Cannot add or update a child row: a foreign key constraint fails (`mailcow`.`app_passwd`, CONSTRAINT `fk_username_app_passwd` FOREIGN KEY (`mailbox`) REFERENCES `mailbox` (`username`) ON DELETE CASCADE ON UPDATE NO ACTION)',
				),
			);
		}
		app.mailbox = username;
		// An omitted name is the one read back (escaped once more), so each edit adds a layer.
		app.name = htmlEscape(attr.app_name === undefined ? htmlEscape(app.name) : str(attr.app_name));
		if (attr.protocols !== undefined) app.protocols = protocolFlags(attr.protocols);
		if (attr.active !== undefined) app.active = intval(attr.active);
		if (attr.app_passwd !== undefined) app.passwordHash = blfCrypt();
		app.modified = now();
		entries.push({ type: 'success', log: entryLog, msg: ['object_modified', ids.join(', ')] });
	}
	return writeAnswer(entries);
};

const deleteAppPasswd: MailcowHandler = ({ state, payload }) => {
	const entryLog = log('delete', { id: echoItems(payload) });
	const entries: Entry[] = [];
	for (const id of asItems(payload).map(str)) {
		if (!/^\d+$/.test(id) || !state.appPasswords.delete(Number(id))) {
			// The first unknown id ends the loop: later ids stay.
			entries.push({ type: 'danger', log: entryLog, msg: 'app_passwd_id_invalid' });
			break;
		}
		entries.push({ type: 'success', log: entryLog, msg: ['app_passwd_removed', id] });
	}
	return writeAnswer(entries);
};

export const appPasswdRoutes: RouteTable = {
	get: { 'app-passwd': getAppPasswd },
	add: { 'app-passwd': addAppPasswd },
	edit: { 'app-passwd': editAppPasswd },
	delete: { 'app-passwd': deleteAppPasswd },
};
