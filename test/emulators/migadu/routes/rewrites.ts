import type { EmulatorResponse } from '../../core';
import type { DomainEntry } from '../state';
import {
	applyFields,
	badRequest,
	isBlank,
	methodNotAllowed,
	notFound,
	ok,
	type RouteContext,
} from './helpers';

const REWRITE_FIELDS = {
	strings: ['name', 'local_part_rule'],
	addressLists: ['destinations'],
	numbers: ['order_num'],
};

/** /v1/domains/{domain}/rewrites[/{name}] */
export function rewriteRoutes(ctx: RouteContext, domain: DomainEntry): EmulatorResponse {
	const { request, body, rest } = ctx;
	const [, slug, extra] = rest;
	if (extra !== undefined) return notFound();
	if (slug === undefined) {
		if (request.method === 'GET') return ok({ rewrites: [...domain.rewrites.values()] });
		if (request.method !== 'POST') return methodNotAllowed();
		for (const key of ['name', 'local_part_rule', 'destinations']) {
			if (
				isBlank(body[key]) ||
				(Array.isArray(body[key]) && (body[key] as unknown[]).length === 0)
			) {
				return badRequest(`${key} can't be blank`);
			}
		}
		const name = String(body.name).trim();
		if (domain.rewrites.has(name)) return badRequest('name has already been taken');
		const rewrite: Record<string, unknown> = {
			name,
			domain_name: domain.record.name,
			local_part_rule: '',
			order_num: 0,
			destinations: [],
		};
		applyFields(rewrite, body, REWRITE_FIELDS);
		domain.rewrites.set(name, rewrite);
		return ok(rewrite);
	}
	const rewrite = domain.rewrites.get(slug);
	if (!rewrite) return notFound();
	switch (request.method) {
		case 'GET':
			return ok(rewrite);
		case 'PUT': {
			// Sending a new name renames the rule.
			const renamed = 'name' in body ? String(body.name).trim() : slug;
			if (!renamed) return badRequest("name can't be blank");
			if (renamed !== slug && domain.rewrites.has(renamed))
				return badRequest('name has already been taken');
			applyFields(rewrite, body, REWRITE_FIELDS);
			domain.rewrites.delete(slug);
			domain.rewrites.set(renamed, rewrite);
			return ok(rewrite);
		}
		case 'DELETE':
			domain.rewrites.delete(slug);
			return ok(rewrite);
		default:
			return methodNotAllowed();
	}
}
