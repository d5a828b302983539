import type { EmulatorResponse } from '../../core';
import {
	asciiAddress,
	newIdentity,
	type Json,
	type MailboxEntry,
	type MigaduState,
} from '../state';
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

const IDENTITY_FIELDS = {
	strings: ['name', 'password_use', 'footer_plain_body', 'footer_html_body'],
	booleans: [
		'may_send',
		'may_receive',
		'may_access_imap',
		'may_access_pop3',
		'may_access_managesieve',
		'footer_active',
	],
};
const FORWARDING_FIELDS = { booleans: ['is_active', 'remove_upon_expiry'], dates: ['expires_on'] };
const PASSWORD_USES = ['none', 'mailbox', 'custom'];

/** …/mailboxes/{local_part}/identities[/{id}] and …/forwardings[/{address}] */
export function mailboxChildRoutes(
	ctx: RouteContext,
	domain: string,
	mailbox: MailboxEntry,
	state: MigaduState,
): EmulatorResponse {
	const [, , child, id, extra] = ctx.rest;
	if (extra !== undefined) return notFound();
	if (child === 'identities') return identities(ctx, domain, mailbox, state, id);
	if (child === 'forwardings') return forwardings(ctx, mailbox, state, id);
	return notFound();
}

/**
 * Migadu keeps an identity's password only when its `password_use` is `custom`; with `none` or
 * `mailbox` a password in the same request is accepted and silently dropped
 * (terraform-provider-migadu PR #151).
 */
function keepPassword(state: MigaduState, identity: Json, body: Json) {
	if (isBlank(body.password) || identity.password_use !== 'custom') return;
	state.identityPasswords.set(String(identity.address), String(body.password));
}

function identities(
	ctx: RouteContext,
	domain: string,
	mailbox: MailboxEntry,
	state: MigaduState,
	id?: string,
): EmulatorResponse {
	const { request, body } = ctx;
	if (id === undefined) {
		if (request.method === 'GET') return ok({ identities: [...mailbox.identities.values()] });
		if (request.method !== 'POST') return methodNotAllowed();
		if (isBlank(body.local_part)) return badRequest("local_part can't be blank");
		if (isBlank(body.name)) return badRequest("name can't be blank");
		const local = String(body.local_part).trim().toLowerCase();
		if (mailbox.identities.has(local) || local === mailbox.record.local_part) {
			return badRequest('local_part has already been taken');
		}
		if ('password_use' in body && !PASSWORD_USES.includes(String(body.password_use)))
			return badRequest('password_use is invalid');
		if (body.password_use === 'custom' && isBlank(body.password))
			return badRequest("password can't be blank");
		const identity = newIdentity(domain, local);
		applyFields(identity, body, IDENTITY_FIELDS);
		keepPassword(state, identity, body);
		mailbox.identities.set(local, identity);
		return ok(identity);
	}
	const identity = mailbox.identities.get(id);
	if (!identity) return notFound();
	switch (request.method) {
		case 'GET':
			return ok(identity);
		case 'PUT':
			if ('name' in body && isBlank(body.name)) return badRequest("name can't be blank");
			if ('password_use' in body && !PASSWORD_USES.includes(String(body.password_use)))
				return badRequest('password_use is invalid');
			applyFields(identity, body, IDENTITY_FIELDS);
			keepPassword(state, identity, body);
			return ok(identity);
		case 'DELETE':
			mailbox.identities.delete(id);
			state.identityPasswords.delete(String(identity.address));
			return ok(identity);
		default:
			return methodNotAllowed();
	}
}

function forwardings(
	ctx: RouteContext,
	mailbox: MailboxEntry,
	state: MigaduState,
	id?: string,
): EmulatorResponse {
	const { request, body } = ctx;
	const problem = dateOrError(body, 'expires_on');
	if (id === undefined) {
		if (request.method === 'GET') return ok({ forwardings: [...mailbox.forwardings.values()] });
		if (request.method !== 'POST') return methodNotAllowed();
		if (isBlank(body.address)) return badRequest("address can't be blank");
		const address = asciiAddress(String(body.address)).toLowerCase();
		if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(address)) return badRequest('address is invalid');
		if (mailbox.forwardings.has(address)) return badRequest('address has already been taken');
		if (problem) return badRequest(problem);
		// The destination must confirm by email before anything is forwarded.
		const forwarding: Record<string, unknown> = {
			address,
			is_active: true,
			expires_on: null,
			remove_upon_expiry: false,
			blocked_at: null,
			confirmation_sent_at: '2026-11-23T08:00:00Z',
			confirmed_at: null,
		};
		applyFields(forwarding, body, FORWARDING_FIELDS);
		mailbox.forwardings.set(address, forwarding);
		state.confirmations.push({ mailbox: String(mailbox.record.address), to: address });
		return ok(forwarding);
	}
	const forwarding = mailbox.forwardings.get(id.toLowerCase());
	if (!forwarding) return notFound();
	switch (request.method) {
		case 'GET':
			return ok(forwarding);
		case 'PUT':
			if (problem) return badRequest(problem);
			applyFields(forwarding, body, FORWARDING_FIELDS);
			return ok(forwarding);
		case 'DELETE':
			mailbox.forwardings.delete(id.toLowerCase());
			return ok(forwarding);
		default:
			return methodNotAllowed();
	}
}
