/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals */
// Which of mailcow's documented routes the Mailcow node sends to. Every operation declares its
// routes (path templates below /api/v1); each must be a documented path of the OpenAPI spec or
// one of the undocumented routes listed here (recorded in test/fixtures/mailcow-observed*.json).
// The table prints with VERBOSE=1.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { MailcowResource } from '../../nodes/Mailcow/shared/resource';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { RESOURCES } = require('../../dist/nodes/Mailcow/resources/index.js') as {
	RESOURCES: MailcowResource[];
};

/**
 * Routes the node uses that mailcow's OpenAPI spec does not document. /send/email is not in stock
 * mailcow at all (proposed in mailcow PR #6989; recorded as missing in mailcow-observed.json): Email
 * → Send needs a server that added it.
 */
const UNDOCUMENTED = [
	// The password policy (recorded).
	'/get/passwordpolicy',
	// One quarantined message (recorded; a missing id answers []).
	'/get/quarantine/{id}',
	// One mailbox's sync jobs: the documented get/syncjobs/all/no_log with a mailbox (recorded).
	'/get/syncjobs/{mailbox}/no_log',
	'/get/alias/all',
	'/get/alias/all/{domain}',
	'/get/domain/all',
	'/get/mailbox/all',
	'/get/rl-domain/all',
	'/get/rl-mbox/all',
	'/send/email',
	'/get/relayhost/all',
	'/edit/relayhost',
	'/get/transport/all',
	'/edit/transport',
	'/edit/fwdhost',
	// A single admin: a variant of the documented get/domain-admin/all (mailcow-api.md, routes).
	'/get/domain-admin/{id}',
	'/edit/app-passwd',
	'/add/alias-domain',
	'/get/alias-domain/{id}',
	'/get/alias-domain/all',
	'/edit/alias-domain',
	'/delete/alias-domain',
	'/edit/time_limited_alias',
	'/delete/time_limited_alias',
	'/get/bcc/all',
	'/edit/bcc',
	'/get/recipient_map/all',
	'/edit/recipient_map',
	// Without a count mailcow answers the LOG_LINES newest entries (mailcow-observed-2.md, logs).
	'/get/logs/{log}',
	'/get/tls-policy-map/all',
	'/edit/tls-policy-map',
	'/add/filter',
	'/get/filters/{mailbox}',
	'/edit/filter',
	'/delete/filter',
	'/edit/tls_policy',
	'/edit/quarantine_category',
	'/edit/resource',
	'/add/mailbox-policy',
	'/get/policy_wl_mailbox/{mailbox}',
	'/get/policy_bl_mailbox/{mailbox}',
	'/delete/mailbox-policy',
	'/get/last-login/{mailbox}',
	'/get/last-login/{mailbox}/{days}',
	'/edit/rename-mbox',
	// DataTables server-side processing of the web UI, mailcow 2026-03 and later (paged Get Many).
	'/search/mailbox',
	'/search/domain',
	'/get/oauth2-client/all',
	'/edit/oauth2-client',
	'/get/mailbox/reduced',
	'/get/mailbox/reduced/{domain}',
	// The external identity provider, secrets in clear (mailcow-observed-2.md, identity provider).
	'/get/identity-provider',
];

const spec = parse(readFileSync(join(__dirname, '../fixtures/mailcow-openapi.yaml'), 'utf8')) as {
	paths: Record<string, unknown>;
};

/** `/api/v1/edit/rl-mbox/` and `/edit/rl-mbox`, `{id}` and `{mailbox}` compare equal. */
const shape = (path: string) =>
	path
		.replace(/^\/api\/v1/, '')
		.replace(/\/$/, '')
		.replace(/\{[^}]+\}/g, '{}');

const documented = new Map(Object.keys(spec.paths).map((p) => [shape(p), p]));

const used = RESOURCES.flatMap((resource) =>
	resource.operations.flatMap((operation) =>
		(operation.routes ?? []).map((route) => ({
			operation: `${resource.value} → ${String(operation.option.value)}`,
			route,
		})),
	),
);

describe('Mailcow routes', () => {
	it('every operation declares the routes it sends to', () => {
		const silent = RESOURCES.flatMap((r) =>
			r.operations
				.filter((o) => !o.routes?.length)
				.map((o) => `${r.value} → ${String(o.option.value)}`),
		);
		expect(silent).toEqual([]);
	});

	it('every route is documented by mailcow or listed as undocumented', () => {
		const unknown = used.filter(
			(u) => !documented.has(shape(u.route)) && !UNDOCUMENTED.includes(u.route),
		);
		expect(unknown).toEqual([]);
	});

	it('reports the documented routes covered', () => {
		const covered = new Set(used.map((u) => shape(u.route)).filter((r) => documented.has(r)));
		const missing = [...documented].filter(([r]) => !covered.has(r)).map(([, p]) => p);
		if (process.env.VERBOSE) {
			process.stdout.write(
				`documented: ${covered.size}/${documented.size}\n` +
					`undocumented used: ${UNDOCUMENTED.join(', ')}\n` +
					`missing:\n  ${missing.join('\n  ')}\n`,
			);
		}
		expect(covered.size + missing.length).toBe(documented.size);
		expect(documented.size).toBe(96);
	});
});
