import type { EmulatorResponse, RecordedRequest } from '../../core';
import type { Json, MigaduState } from '../state';
import { aliasRoutes } from './aliases';
import { domainRoutes, domainsCollection } from './domains';
import { notFound } from './helpers';
import { mailboxRoutes } from './mailboxes';
import { rewriteRoutes } from './rewrites';

/** Dispatches /v1/domains… to the resource handlers. */
export function route(request: RecordedRequest, state: MigaduState): EmulatorResponse {
	const [version, collection, domainName, resource, ...more] = request.segments;
	if (version !== 'v1' || collection !== 'domains') return notFound();
	const body = (
		request.body && typeof request.body === 'object' && !Array.isArray(request.body)
			? request.body
			: {}
	) as Json;
	if (domainName === undefined) return domainsCollection({ request, state, body });
	// Domains are stored in punycode; a Unicode name in the path is not found.
	const domain = state.domains.get(domainName.toLowerCase());
	if (!domain) return notFound();
	const rest = resource === undefined ? [] : [resource, ...more];
	const context = { request, state, body, rest };
	switch (resource) {
		case 'mailboxes':
			return mailboxRoutes(context, domain, state);
		case 'aliases':
			return aliasRoutes(context, domain);
		case 'rewrites':
			return rewriteRoutes(context, domain);
		default:
			return domainRoutes(context, domain, state);
	}
}
