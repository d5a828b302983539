import type { EmulatorResponse } from '../../core';
import { asciiDomain, newDomain, type DomainEntry, type MigaduState } from '../state';
import {
	applyFields,
	badRequest,
	isBlank,
	methodNotAllowed,
	notFound,
	ok,
	type RouteContext,
} from './helpers';

const DOMAIN_FIELDS = {
	strings: ['description', 'spam_aggressiveness'],
	booleans: ['greylisting_enabled', 'mx_proxy_enabled', 'subject_rewriting_enabled', 'can_access'],
	lists: ['tags', 'sender_denylist', 'sender_allowlist', 'recipient_denylist'],
	addressLists: ['catchall_destinations'],
};

/** GET/POST /v1/domains */
export function domainsCollection(ctx: Omit<RouteContext, 'rest'>): EmulatorResponse {
	const { request, state, body } = ctx;
	if (request.method === 'GET')
		return ok({ domains: [...state.domains.values()].map((d) => d.record) });
	if (request.method !== 'POST') return methodNotAllowed();
	if (isBlank(body.name)) return badRequest("name can't be blank");
	const name = asciiDomain(String(body.name));
	if (!name || !name.includes('.')) return badRequest('name is invalid');
	if (state.domains.has(name)) return badRequest('name has already been taken');
	const entry = newDomain(name, {
		hosted_dns: body.hosted_dns === true || body.hosted_dns === 'true',
	});
	applyFields(entry.record, body, DOMAIN_FIELDS);
	state.domains.set(name, entry);
	if (body.create_default_addresses === true || body.create_default_addresses === 'true') {
		for (const local of ['postmaster', 'abuse', 'admin']) {
			entry.aliases.set(local, {
				local_part: local,
				domain_name: name,
				address: `${local}@${name}`,
				destinations: [],
				is_internal: false,
				expireable: false,
				expires_on: null,
				remove_upon_expiry: false,
			});
		}
	}
	return ok(entry.record);
}

function records(name: string) {
	return {
		domain_name: name,
		mx_records: [
			{ type: 'MX', name, value: 'aspmx1.migadu.com', priority: 10 },
			{ type: 'MX', name, value: 'aspmx2.migadu.com', priority: 20 },
		],
		spf: { type: 'TXT', name, value: 'v=spf1 include:spf.migadu.com -all' },
		dkim: ['key1', 'key2', 'key3'].map((key) => ({
			type: 'CNAME',
			name: `${key}._domainkey.${name}`,
			value: `${key}.${name}._domainkey.migadu.com`,
		})),
		dmarc: { type: 'TXT', name: `_dmarc.${name}`, value: 'v=DMARC1; p=quarantine;' },
		dns_verification: {
			type: 'TXT',
			name,
			value: `hosted-email-verify=${name.replace(/\W/g, '').slice(0, 8)}`,
		},
	};
}

/** /v1/domains/{domain}[/records|diagnostics|activate|usage] */
export function domainRoutes(
	ctx: RouteContext,
	domain: DomainEntry,
	state: MigaduState,
): EmulatorResponse {
	const { request, body, rest } = ctx;
	const name = String(domain.record.name);
	const [action] = rest;
	if (action === undefined) {
		if (request.method === 'GET') return ok(domain.record);
		// Domains are updated with PATCH; Migadu has no domain delete.
		if (request.method !== 'PATCH') return methodNotAllowed();
		applyFields(domain.record, body, DOMAIN_FIELDS);
		return ok(domain.record);
	}
	if (rest.length !== 1 || request.method !== 'GET') return notFound();
	switch (action) {
		case 'records':
			return state.recordsPending.has(name) ? notFound() : ok(records(name));
		case 'diagnostics': {
			const ready = state.dnsReady.has(name);
			const problem = (what: string) => (ready ? [] : [`${what} record not found`]);
			return ok({
				mx: problem('MX'),
				spf: problem('SPF'),
				dkim: problem('DKIM'),
				dmarc: problem('DMARC'),
			});
		}
		case 'activate':
			// A GET with side effects; 422 while the DNS checks fail.
			if (!state.dnsReady.has(name)) {
				return { status: 422, body: { error: 'DNS records are not set up correctly' } };
			}
			domain.record.state = 'active';
			domain.record.can_send = true;
			domain.record.can_receive = true;
			domain.record.activated_at = domain.record.activated_at ?? '2026-11-23T08:00:00Z';
			return ok(domain.record);
		case 'usage':
			return ok({
				domain_name: name,
				incoming: 12,
				outgoing: 3,
				storage: 0.25 * domain.mailboxes.size,
			});
		default:
			return notFound();
	}
}
