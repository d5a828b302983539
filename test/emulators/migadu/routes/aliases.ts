import type { EmulatorResponse } from '../../core';
import type { DomainEntry } from '../state';
import {
	addressList,
	applyFields,
	badRequest,
	dateOrError,
	isBlank,
	methodNotAllowed,
	notFound,
	ok,
	type RouteContext,
} from './helpers';

const ALIAS_FIELDS = {
	booleans: ['is_internal', 'expireable', 'remove_upon_expiry'],
	addressLists: ['destinations'],
	dates: ['expires_on'],
};

/** Aliases only redirect within their own domain (Migadu's docs). */
function destinationError(body: Record<string, unknown>, domain: string): string | undefined {
	if (!('destinations' in body)) return undefined;
	const destinations = addressList(body.destinations);
	if (destinations.length === 0) return "destinations can't be blank";
	if (destinations.some((d) => !d.endsWith(`@${domain}`)))
		return 'destinations must be on the same domain';
	return dateOrError(body, 'expires_on');
}

/** /v1/domains/{domain}/aliases[/{local_part}] */
export function aliasRoutes(ctx: RouteContext, domain: DomainEntry): EmulatorResponse {
	const { request, body, rest } = ctx;
	const name = String(domain.record.name);
	const [, localPart, extra] = rest;
	if (extra !== undefined) return notFound();
	if (localPart === undefined) {
		// The envelope key is address_aliases.
		if (request.method === 'GET') return ok({ address_aliases: [...domain.aliases.values()] });
		if (request.method !== 'POST') return methodNotAllowed();
		if (isBlank(body.local_part)) return badRequest("local_part can't be blank");
		if (!('destinations' in body)) return badRequest("destinations can't be blank");
		const local = String(body.local_part).trim().toLowerCase();
		if (domain.aliases.has(local) || domain.mailboxes.has(local))
			return badRequest('local_part has already been taken');
		const problem = destinationError(body, name);
		if (problem) return badRequest(problem);
		const alias: Record<string, unknown> = {
			local_part: local,
			domain_name: name,
			address: `${local}@${name}`,
			destinations: [],
			is_internal: false,
			expireable: false,
			expires_on: null,
			remove_upon_expiry: false,
		};
		applyFields(alias, body, ALIAS_FIELDS);
		domain.aliases.set(local, alias);
		return ok(alias);
	}
	const alias = domain.aliases.get(localPart);
	if (!alias) return notFound();
	switch (request.method) {
		case 'GET':
			return ok(alias);
		case 'PUT': {
			const problem = destinationError(body, name);
			if (problem) return badRequest(problem);
			// destinations replace the whole list.
			applyFields(alias, body, ALIAS_FIELDS);
			return ok(alias);
		}
		case 'DELETE':
			domain.aliases.delete(localPart);
			return ok(alias);
		default:
			return methodNotAllowed();
	}
}
