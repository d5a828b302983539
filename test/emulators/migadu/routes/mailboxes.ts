import type { EmulatorResponse } from '../../core';
import {
	asciiAddress,
	newMailbox,
	type DomainEntry,
	type MailboxEntry,
	type MigaduState,
} from '../state';
import { mailboxChildRoutes } from './mailboxChildren';
import {
	applyFields,
	badRequest,
	dateOrError,
	isBlank,
	methodNotAllowed,
	notFound,
	ok,
	type RouteContext,
} from './helpers';

const MAILBOX_FIELDS = {
	strings: [
		'name',
		'spam_action',
		'spam_aggressiveness',
		'autorespond_subject',
		'autorespond_body',
		'footer_plain_body',
		'footer_html_body',
	],
	booleans: [
		'is_internal',
		'may_send',
		'may_receive',
		'may_access_imap',
		'may_access_pop3',
		'may_access_managesieve',
		'autorespond_active',
		'footer_active',
		'expireable',
		'remove_upon_expiry',
		'is_active',
	],
	lists: ['sender_denylist', 'sender_allowlist', 'recipient_denylist'],
	addressLists: ['delegations'],
	dates: ['autorespond_expires_on', 'expires_on'],
};

const SPAM_ACTIONS = ['folder', 'subject', 'none', 'drop'];
const SPAM_LEVELS = [
	'most_permissive',
	'more_permissive',
	'permissive',
	'default',
	'strict',
	'stricter',
	'strictest',
];

function invalid(body: Record<string, unknown>): string | undefined {
	if ('spam_action' in body && !SPAM_ACTIONS.includes(String(body.spam_action)))
		return 'spam_action is invalid';
	if ('spam_aggressiveness' in body && !SPAM_LEVELS.includes(String(body.spam_aggressiveness))) {
		return 'spam_aggressiveness is invalid';
	}
	return dateOrError(body, 'autorespond_expires_on') ?? dateOrError(body, 'expires_on');
}

/** A mailbox as Migadu answers it: with its identities and forwardings as objects. */
function view(mailbox: MailboxEntry) {
	return {
		...mailbox.record,
		identities: [...mailbox.identities.values()],
		forwardings: [...mailbox.forwardings.values()],
	};
}

/** /v1/domains/{domain}/mailboxes[/{local_part}[/identities|forwardings…]] */
export function mailboxRoutes(
	ctx: RouteContext,
	domain: DomainEntry,
	state: MigaduState,
): EmulatorResponse {
	const { request, body } = ctx;
	const name = String(domain.record.name);
	const [localPart, child] = ctx.rest.slice(1);
	if (localPart === undefined) {
		if (request.method === 'GET')
			return ok({ mailboxes: [...domain.mailboxes.values()].map(view) });
		if (request.method !== 'POST') return methodNotAllowed();
		if (isBlank(body.local_part)) return badRequest("local_part can't be blank");
		if (isBlank(body.name)) return badRequest("name can't be blank");
		const local = String(body.local_part).trim().toLowerCase();
		if (domain.mailboxes.has(local) || domain.aliases.has(local))
			return badRequest('local_part has already been taken');
		const problem = invalid(body);
		if (problem) return badRequest(problem);
		const method = body.password_method ?? 'password';
		if (method === 'invitation') {
			if (isBlank(body.password_recovery_email))
				return badRequest("password_recovery_email can't be blank");
		} else if (method === 'password') {
			if (isBlank(body.password)) return badRequest("password can't be blank");
		} else {
			return badRequest('password_method is invalid');
		}
		const record = newMailbox(name, local);
		applyFields(record, body, MAILBOX_FIELDS);
		if (!isBlank(body.password_recovery_email))
			record.password_recovery_email = asciiAddress(String(body.password_recovery_email));
		if (method === 'invitation')
			state.invitations.push({
				address: String(record.address),
				to: String(record.password_recovery_email),
			});
		const entry: MailboxEntry = { record, identities: new Map(), forwardings: new Map() };
		domain.mailboxes.set(local, entry);
		return ok(view(entry));
	}
	const mailbox = domain.mailboxes.get(localPart);
	if (!mailbox) return notFound();
	if (child !== undefined) return mailboxChildRoutes(ctx, name, mailbox, state);
	switch (request.method) {
		case 'GET':
			return ok(view(mailbox));
		case 'PUT': {
			if ('name' in body && isBlank(body.name)) return badRequest("name can't be blank");
			const problem = invalid(body);
			if (problem) return badRequest(problem);
			applyFields(mailbox.record, body, MAILBOX_FIELDS);
			if ('password_recovery_email' in body) {
				mailbox.record.password_recovery_email = isBlank(body.password_recovery_email)
					? null
					: asciiAddress(String(body.password_recovery_email));
			}
			// Live-confirmed quirk: invitation on an existing mailbox sends nothing and deactivates it.
			if (body.password_method === 'invitation') mailbox.record.is_active = false;
			return ok(view(mailbox));
		}
		case 'DELETE':
			domain.mailboxes.delete(localPart);
			return ok(view(mailbox));
		default:
			return methodNotAllowed();
	}
}
