// Dispatch of mailcow's router (json_api.php): action/category → handler, with the body and
// method rules that apply before any handler runs, in the order the recording shows.
import type { EmulatorResponse, RecordedRequest } from '../../core';
import type { Entry } from '../php';
import type { MailcowState } from '../state';
import { aliasRoutes } from './alias';
import { aliasDomainRoutes } from './aliasDomain';
import { appPasswdRoutes } from './appPasswd';
import { bccRoutes } from './bcc';
import { corsRoutes } from './cors';
import { dkimRoutes } from './dkim';
import { dkimImportRoutes } from './dkimImport';
import { editDomainFooter } from './domainFooter';
import { domainAdminRoutes } from './domainAdmin';
import { domainRoutes } from './domain';
import { fail2banRoutes } from './fail2ban';
import { filterRoutes } from './filter';
import { fwdhostRoutes } from './fwdhost';
import { identityProviderRoutes } from './identityProvider';
import { logsRoutes } from './logs';
import { mailboxRoutes } from './mailbox';
import { editCustomAttribute, mailboxExtraRoutes } from './mailboxExtra';
import { mailqRoutes } from './mailq';
import { miscRoutes, templates } from './misc';
import { oauth2ClientRoutes } from './oauth2Client';
import { policyRoutes } from './policy';
import { quarantineRoutes } from './quarantine';
import { ratelimitRoutes } from './ratelimit';
import { recipientMapRoutes } from './recipientMap';
import { relayhostRoutes } from './relayhost';
import { renameMailboxRoutes } from './renameMailbox';
import { resourceRoutes } from './resource';
import { search, searchSince } from './search';
import { sendEmail } from './sendEmail';
import { ssoRoutes } from './sso';
import { statusRoutes } from './status';
import { syncjobRoutes } from './syncjob';
import { timeLimitedAliasRoutes } from './timeLimitedAlias';
import { tlsPolicyMapRoutes } from './tlsPolicyMap';
import { transportRoutes } from './transport';

export type MailcowAction = 'get' | 'add' | 'edit' | 'delete';

export interface MailcowSession {
	/** Entries mailcow keeps in the PHP session and puts in front of the next answer. */
	pending: Entry[];
}

export interface MailcowRouteContext {
	request: RecordedRequest;
	access: 'rw' | 'ro' | 'none';
	action: string;
	category: string;
	/** Path segments after the category, decoded. */
	rest: string[];
	state: MailcowState;
	sendEmailRoute: boolean;
	/** add: the attributes; delete: the items (a bare array); edit: `{ items, attr }`. */
	payload?: unknown;
	session?: MailcowSession;
	/** Spec validation of the request with its JSON-shaped body; an answer means "rejected". */
	validate?: (body: unknown) => Promise<EmulatorResponse | undefined>;
}

export type MailcowHandler = (
	context: MailcowRouteContext,
) => EmulatorResponse | Promise<EmulatorResponse>;
export type RouteTable = Partial<Record<MailcowAction, Record<string, MailcowHandler>>>;

const tables: RouteTable[] = [
	domainRoutes,
	dkimRoutes,
	domainAdminRoutes,
	mailboxRoutes,
	aliasRoutes,
	appPasswdRoutes,
	fwdhostRoutes,
	fail2banRoutes,
	logsRoutes,
	quarantineRoutes,
	mailqRoutes,
	statusRoutes,
	syncjobRoutes,
	bccRoutes,
	recipientMapRoutes,
	policyRoutes,
	ratelimitRoutes,
	resourceRoutes,
	aliasDomainRoutes,
	relayhostRoutes,
	transportRoutes,
	tlsPolicyMapRoutes,
	oauth2ClientRoutes,
	corsRoutes,
	ssoRoutes,
	identityProviderRoutes,
	mailboxExtraRoutes,
	timeLimitedAliasRoutes,
	renameMailboxRoutes,
	filterRoutes,
	dkimImportRoutes,
	miscRoutes,
];

const routeTable: Record<MailcowAction, Record<string, MailcowHandler>> = {
	get: {},
	add: {},
	edit: {},
	delete: {},
};
for (const table of tables) {
	for (const action of Object.keys(table) as MailcowAction[])
		Object.assign(routeTable[action], table[action]);
}
/** Sub-routes of a category (`edit/mailbox/custom-attribute`) in front of its handler. */
function subRoute(action: MailcowAction, category: string, sub: string, handler: MailcowHandler) {
	const base = routeTable[action][category];
	routeTable[action][category] = (context) =>
		context.rest[0] === sub ? handler(context) : base(context);
}
subRoute('edit', 'mailbox', 'custom-attribute', editCustomAttribute);
subRoute('edit', 'domain', 'footer', editDomainFooter);
const templateRoute: (kind: 'mailbox' | 'domain') => MailcowHandler = (kind) => (context) =>
	context.rest[1] === 'all' ? { status: 200, body: templates(kind) } : { status: 200, body: {} };
subRoute('get', 'mailbox', 'template', templateRoute('mailbox'));
subRoute('get', 'domain', 'template', templateRoute('domain'));

const error = (status: number, msg: string): EmulatorResponse => ({
	status,
	body: { type: 'error', msg },
});
export const NOT_FOUND = error(404, 'route not found');
const NO_ATTRIBUTES = error(200, 'Cannot find attributes in post data');

/** The log mailcow writes for a category's add function (used for the no-key answer). */
export function addLog(category: string, data: unknown): unknown[] {
	if (category === 'dkim') return ['dkim', 'add', data];
	if (category === 'dkim_duplicate') return ['dkim', 'duplicate', data];
	if (category === 'domain-admin') return ['domain_admin', 'add', data];
	return ['mailbox', 'add', category, data, null];
}

/** Lets a test or the emulator look up whether a route exists (for the spec validator). */
export function findHandler(action: string, category: string): MailcowHandler | undefined {
	const table = routeTable[action as MailcowAction];
	return table && Object.prototype.hasOwnProperty.call(table, category)
		? table[category]
		: undefined;
}

interface Fields {
	attr?: unknown;
	items?: unknown;
	/** Whether the JSON body was a non-empty object or list. */
	nonEmpty?: boolean;
}

/** json_api.php reads JSON only with a JSON content type; otherwise the form fields attr/items. */
function readFields(request: RecordedRequest, action: string): Fields | EmulatorResponse {
	const contentType = String(request.headers['content-type'] ?? '').toLowerCase();
	if (request.rawBody.length === 0) return {};
	if (contentType.startsWith('application/json')) {
		let decoded: unknown;
		try {
			decoded = JSON.parse(request.rawBody);
		} catch {
			decoded = null;
		}
		if (decoded === null) return error(400, "Request body doesn't contain valid json!");
		if (action === 'add') return { attr: decoded };
		if (action === 'delete') return { items: decoded };
		const object = (typeof decoded === 'object' ? decoded : {}) as Record<string, unknown>;
		const nonEmpty = !!decoded && typeof decoded === 'object' && Object.keys(decoded).length > 0;
		return { attr: object.attr, items: object.items, nonEmpty };
	}
	if (contentType.startsWith('application/x-www-form-urlencoded')) {
		const form = new URLSearchParams(request.rawBody);
		const parse = (name: string) => {
			const value = form.get(name);
			if (value === null) return undefined;
			try {
				return JSON.parse(value) as unknown;
			} catch {
				return undefined;
			}
		};
		return { attr: parse('attr'), items: parse('items') };
	}
	return {};
}

export async function routes(context: MailcowRouteContext): Promise<EmulatorResponse> {
	const { action, category, request } = context;
	if (action === 'send' && category === 'email' && context.sendEmailRoute) {
		if (request.method !== 'POST') return error(405, 'only POST method is allowed');
		// The route reads its own body (form or JSON); it may call context.validate with the attributes.
		return await sendEmail(context);
	}
	// search/* came with mailcow 2026-03 (issue 14); an older json_api.php has no such action and
	// answers like any unknown route (inferred: the recorded release is 2026-07a, no older one).
	if (action === 'search') return searchSince(context.state.version) ? search(context) : NOT_FOUND;
	const handler = findHandler(action, category);
	if (!handler) return NOT_FOUND;
	if (action === 'get') {
		if (request.method !== 'GET') return error(405, 'only GET method is allowed');
		// Without a key mailcow runs the request unauthenticated and prints nothing.
		if (context.access === 'none') return { status: 200, body: '' };
		return (await context.validate?.(undefined)) ?? (await handler(context));
	}

	const fields = readFields(request, action);
	if ('status' in fields) return fields;
	// The attribute check runs before the method check: a bare GET on add/edit/delete gets 200.
	// For edit any non-empty JSON body passes (edit/mailq {"action":"flush"} reaches the route).
	const present =
		(action === 'edit' && fields.nonEmpty === true) ||
		(action === 'add'
			? fields.attr !== undefined
			: action === 'delete'
				? fields.items !== undefined
				: fields.attr !== undefined || fields.items !== undefined);
	if (!present) return NO_ATTRIBUTES;
	if (request.method !== 'POST') return error(405, 'only POST method is allowed');
	if (context.access === 'ro') return error(403, 'API read/write access denied');
	if (context.access === 'none') {
		// Unauthenticated add reaches the function, which refuses the missing role; edit and delete do not.
		if (action !== 'add') return error(403, 'API read/write access denied');
		return {
			status: 200,
			body: [{ type: 'danger', log: addLog(category, fields.attr), msg: 'access_denied' }],
		};
	}
	context.payload = action === 'add' ? fields.attr : action === 'delete' ? fields.items : fields;
	const jsonShape = action === 'edit' ? JSON.parse(JSON.stringify(fields)) : context.payload;
	return (await context.validate?.(jsonShape)) ?? (await handler(context));
}
