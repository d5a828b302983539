/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals -- test code: reads a fixture file */
// Smaller read routes: last logins, password policy as HTML, bcc destination options, presets,
// templates, admins, rspamd actions.
import fs from 'node:fs';
import path from 'node:path';
import { getAnswer } from '../php';
import type { MailcowHandler, RouteTable } from './index';

interface Presets {
	sieve: unknown[];
	rspamd: unknown[];
	mailboxTemplates: unknown[];
	domainTemplates: unknown[];
	admins: unknown[];
}
let presets: Presets | undefined;
/** mailcow's shipped presets and templates, as recorded (test/fixtures/mailcow-presets.json). */
function shipped(): Presets {
	presets ??= JSON.parse(
		fs.readFileSync(
			path.join(__dirname, '..', '..', '..', 'fixtures', 'mailcow-presets.json'),
			'utf8',
		),
	) as Presets;
	return presets;
}
const copy = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/** Any object gets the shape (logins come from the web UI and dovecot); none prints nothing. */
const getLastLogin: MailcowHandler = ({ state, rest }) => {
	const object = (rest[0] ?? '').toLowerCase();
	if (object === '') return { status: 200, body: '' };
	const ui = state.uiLogins.get(object);
	return getAnswer({
		ui: ui ? copy(ui) : false,
		sasl: copy(state.saslLogins.get(object) ?? []),
	});
};

/** A GET with a side effect: it deletes the mailbox's login history. */
const resetLastLogin: MailcowHandler = ({ state, rest }) => {
	state.saslLogins.delete((rest[0] ?? '').toLowerCase());
	state.uiLogins.delete((rest[0] ?? '').toLowerCase());
	return { status: 200, body: true };
};

const getPasswordPolicyHtml: MailcowHandler = ({ state, rest }) => {
	if (rest[0] !== 'html') return getAnswer(state.passwordPolicy);
	return {
		status: 200,
		body: `<p class="help-block small">- Minimum password length is ${state.passwordPolicy.length}</p>`,
	};
};

const getBccDestinationOptions: MailcowHandler = ({ state }) => {
	const body: Record<string, unknown> = {
		domains: [...state.domains.keys()].sort(),
		mailboxes: Object.fromEntries(
			[...state.mailboxes.values()].map((m) => [
				m.username,
				[
					m.username,
					...[...state.aliases.values()].filter((a) => a.goto === m.username).map((a) => a.address),
				],
			]),
		),
	};
	if (state.aliasDomains.size > 0) body.alias_domains = [...state.aliasDomains.keys()].sort();
	return getAnswer(body);
};

const getPresets: MailcowHandler = ({ rest }) =>
	rest[0] === 'sieve'
		? getAnswer(copy(shipped().sieve))
		: rest[0] === 'rspamd'
			? getAnswer(copy(shipped().rspamd))
			: getAnswer(undefined);

const getAdmin: MailcowHandler = ({ rest }) =>
	rest[0] === 'all' ? getAnswer(copy(shipped().admins)) : getAnswer(undefined);

/** [DOCKER] rspamd's actions; not recorded with rspamd present, so {} either way. */
const getRspamdActions: MailcowHandler = () => getAnswer(undefined);

/** The templates of get/{mailbox,domain}/template/all. */
export const templates = (kind: 'mailbox' | 'domain') =>
	copy(kind === 'mailbox' ? shipped().mailboxTemplates : shipped().domainTemplates);

export const miscRoutes: RouteTable = {
	get: {
		'last-login': getLastLogin,
		'reset-last-login': resetLastLogin,
		passwordpolicy: getPasswordPolicyHtml,
		'bcc-destination-options': getBccDestinationOptions,
		presets: getPresets,
		admin: getAdmin,
		rspamd: getRspamdActions,
	},
};
