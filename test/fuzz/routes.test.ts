/* eslint-disable @n8n/community-nodes/no-restricted-globals */
// Property-based fuzzing of every path-taking operation and list search of both nodes (issue:
// route integrity). For each operation, 200 seeded values go into its path field, all as items of
// one real execution (WorkflowExecute → RoutingNode → the node's preSend → HTTP → emulator); the
// list searches are called directly over HTTP. Property, per value: either the item failed before
// sending with a field-naming NodeOperationError, or the emulator's own routing (mailcow: nginx +
// PHP; Migadu: URL dot-segment resolution) decoded exactly the intended route for exactly that
// object. Nothing but NodeOperationError / NodeApiError may come out.
import axios from 'axios';
import type {
	IDataObject,
	IHttpRequestOptions,
	ILoadOptionsFunctions,
	INode,
	INodeParameters,
} from 'n8n-workflow';
// The built package, as the engine runs it (no second compilation of the node sources).
import { searchMailboxes as searchMailcowMailboxes } from '../../dist/nodes/Mailcow/listSearch/searchMailboxes';
import { toList } from '../../dist/nodes/shared/fields';
import { asciiName, namesDomains } from '../../dist/nodes/Mailcow/shared/idn';
import { searchMailboxes as searchMigaduMailboxes } from '../../dist/nodes/Migadu/listSearch/searchMailboxes';
import { toAsciiAddress, toAsciiDomain, toLocalPart } from '../../dist/nodes/Migadu/shared/convert';
import type { RecordedRequest } from '../emulators/core';
import { MAILCOW_RW_KEY, MailcowEmulator } from '../emulators/mailcow';
import { MIGADU_KEY, MIGADU_USER, MigaduEmulator } from '../emulators/migadu';
import { runNode } from '../helpers/runNode';
import { VALUES_PER_OPERATION, FUZZ_SEED, valuesFor } from './values';

const V = '={{ $json.v }}';
type Route = string[];

interface Operation {
	name: string;
	node: 'mailcow' | 'migadu';
	/** Node parameters (the fuzzed field holds V), or a list search called with the value. */
	parameters?: INodeParameters;
	search?: (value: string) => Promise<unknown>;
	/** The routes one value must reach, or undefined when it cannot be sent at all. */
	routes: (value: string) => Route[] | undefined;
	/** Requests that are not about the value (a fixed follow-up route), left out of the match. */
	ignore?: (request: RecordedRequest) => boolean;
	/** The item may stop after a failed request (one request per id): a prefix may arrive. */
	mayStop?: boolean;
}

interface Outcome {
	name: string;
	values: number;
	refused: number;
	sent: number;
	escapes: string[];
	crashes: string[];
}

// ---- Mailcow ------------------------------------------------------------------------------

const one = (value: string) => value.trim();
/** The node sends domains and addresses in punycode on the routes that name them (idn.ts). */
const named = (category: string, value: string) =>
	namesDomains(category) ? asciiName(value) : value;
const mailcowGet = (resource: string, field: string, category: string): Operation => ({
	name: `Mailcow ${resource} → Get`,
	node: 'mailcow',
	parameters: { resource, operation: 'get', [field]: V },
	routes: (v) => [['get', category, named(category, one(v))]],
});
const mailcowList = (
	resource: string,
	field: string,
	category: string,
	paged = false,
): Operation => ({
	name: `Mailcow ${resource} → Get Many (domain filter)`,
	node: 'mailcow',
	parameters: { resource, operation: 'getAll', returnAll: true, [field]: V },
	routes: (v) => {
		const list = toList(v);
		if (list.length > 0)
			return [['get', category, 'all', list.map((d: string) => named(category, d)).join(',')]];
		// Without domains a paged Get Many reads the version, then searches (no path values).
		return paged ? [] : [['get', category, 'all']];
	},
	...(paged
		? {
				ignore: (r: RecordedRequest) =>
					['get/status/version', `search/${category}`].includes(r.route?.join('/') ?? ''),
			}
		: {}),
});
const mailcowTagRemoval = (resource: string, field: string, fields: string): Operation => ({
	name: `Mailcow ${resource} → Update (Remove Tags)`,
	node: 'mailcow',
	parameters: { resource, operation: 'update', [field]: V, [fields]: { removeTags: 'old' } },
	routes: (v) => toList(v).map((id: string) => ['delete', resource, 'tag', named(resource, id)]),
	// A failed removal (unknown id) ends the item: later ids are not sent.
	mayStop: true,
});

/** A read of one mailbox by its own route (get/spam-score/{mailbox}, get/last-login/{mailbox}). */
const mailcowMailboxRead = (operation: string, category: string): Operation => ({
	name: `Mailcow mailbox → ${operation}`,
	node: 'mailcow',
	parameters: { resource: 'mailbox', operation, mailbox: V },
	routes: (v) => [['get', category, named(category, one(v))]],
});
/** Delete Tags of one domain or mailbox: delete/{domain|mailbox}/tag/{object}. */
const mailcowTagDelete = (resource: string, field: string): Operation => ({
	name: `Mailcow ${resource} → Delete Tags`,
	node: 'mailcow',
	parameters: { resource, operation: 'deleteTags', [field]: V, [`${resource}TagsToDelete`]: 'old' },
	routes: (v) => [['delete', resource, 'tag', named(resource, one(v))]],
});

function mailcowOperations(emulator: () => MailcowEmulator): Operation[] {
	return [
		mailcowGet('alias', 'alias', 'alias'),
		mailcowGet('mailbox', 'mailbox', 'mailbox'),
		mailcowGet('domain', 'domain', 'domain'),
		mailcowGet('domainAdmin', 'adminUsername', 'domain-admin'),
		mailcowGet('dkim', 'dkimDomain', 'dkim'),
		{
			...mailcowGet('dkim', 'dkimDomain', 'dkim'),
			name: 'Mailcow dkim → Create and Get',
			parameters: { resource: 'dkim', operation: 'createAndGet', dkimDomain: V },
			// After {} the operation adds the key (a fixed route, the domain in the body) and reads again.
			routes: (v) => [['get', 'dkim', named('dkim', one(v))]],
			ignore: (r) => r.method === 'POST' && r.route?.join('/') === 'add/dkim',
		},
		mailcowList('mailbox', 'mailboxDomains', 'mailbox', true),
		mailcowList('alias', 'aliasDomains', 'alias'),
		{
			...mailcowList('mailbox', 'mailboxDomains', 'mailbox'),
			name: 'Mailcow mailbox → Get Many Reduced (domain filter)',
			parameters: {
				resource: 'mailbox',
				operation: 'getAllReduced',
				returnAll: true,
				mailboxDomains: V,
			},
			routes: (v) => {
				const list = toList(v);
				return [
					list.length > 0
						? ['get', 'mailbox', 'reduced', list.map((d: string) => named('mailbox', d)).join(',')]
						: ['get', 'mailbox', 'reduced'],
				];
			},
		},
		{
			name: 'Mailcow sieveFilter → Get Many (of a mailbox)',
			node: 'mailcow',
			parameters: {
				resource: 'sieveFilter',
				operation: 'getAll',
				returnAll: true,
				sieveFilterMailbox: V,
			},
			routes: (v) => [['get', 'filters', named('filters', one(v))]],
		},
		{
			name: 'Mailcow mailboxPolicy → Get Many (of a mailbox)',
			node: 'mailcow',
			parameters: {
				resource: 'mailboxPolicy',
				operation: 'getAll',
				returnAll: true,
				mailboxPolicyMailbox: V,
			},
			routes: (v) => [['get', 'policy_wl_mailbox', named('policy_wl_mailbox', one(v))]],
		},
		{
			name: 'Mailcow domain → Get Policy Entries',
			node: 'mailcow',
			parameters: { resource: 'domain', operation: 'getPolicyEntries', returnAll: true, domain: V },
			routes: (v) => [['get', 'policy_wl_domain', named('policy_wl_domain', one(v))]],
		},
		mailcowTagRemoval('domain', 'domains', 'domainUpdateFields'),
		mailcowTagRemoval('mailbox', 'mailboxes', 'mailboxUpdateFields'),
		mailcowMailboxRead('getSpamScore', 'spam-score'),
		mailcowMailboxRead('getLastLogin', 'last-login'),
		mailcowTagDelete('mailbox', 'mailbox'),
		mailcowTagDelete('domain', 'domain'),
		{
			name: 'Mailcow list search: mailboxes of a domain',
			node: 'mailcow',
			search: async (value) => await searchMailcowMailboxes.call(mailcowSearch(emulator(), value)),
			routes: (v) => [
				one(v) ? ['get', 'mailbox', 'all', named('mailbox', one(v))] : ['get', 'mailbox', 'all'],
			],
		},
	];
}

/** n8n's load-options context, reduced to what the searches use; real HTTP through axios. */
function searchContext(
	parameter: IDataObject,
	credentials: IDataObject,
	headers: Record<string, string>,
): ILoadOptionsFunctions {
	return {
		getNode: () => ({ name: 'Fuzz' }) as INode,
		getCredentials: async () => credentials,
		getCurrentNodeParameter: (name: string) => {
			if (!(name in parameter)) throw new Error(`Could not find property "${name}"`);
			return parameter[name];
		},
		helpers: {
			httpRequestWithAuthentication: async (_type: string, options: IHttpRequestOptions) => {
				const response = await axios.request({
					method: options.method,
					baseURL: options.baseURL,
					url: options.url,
					data: options.body,
					headers: { ...(options.headers as Record<string, string>), ...headers },
					validateStatus: () => true,
				});
				return { statusCode: response.status, body: response.data, headers: response.headers };
			},
		},
	} as unknown as ILoadOptionsFunctions;
}

const mailcowSearch = (emulator: MailcowEmulator, value: string) =>
	searchContext(
		{ mailboxDomain: value },
		{ baseUrl: emulator.url, apiKey: MAILCOW_RW_KEY },
		{ 'X-API-Key': MAILCOW_RW_KEY },
	);

// ---- Migadu -------------------------------------------------------------------------------

const DOMAIN = 'example.com';
const value = (converted: { value: string } | { error: string }) =>
	'value' in converted ? converted.value : undefined;
const domainOf = (v: string) => value(toAsciiDomain(v.trim()));
const localOf = (v: string) => value(toLocalPart(v, DOMAIN));
const under = (...route: Array<string | undefined>) =>
	route.some((s) => s === undefined) ? undefined : [['v1', ...(route as string[])]];

const domainParam = { __rl: true, mode: 'name', value: DOMAIN };
const mailboxParam = { __rl: true, mode: 'address', value: 'info@example.com' };

interface Child {
	resource: string;
	field: string;
	label: string;
	parent: 'domain' | 'mailbox';
	collection: string;
	convert: (v: string) => string | undefined;
	update: IDataObject;
	create: IDataObject;
}

const CHILDREN: Child[] = [
	{
		resource: 'mailbox',
		field: 'mailbox',
		label: 'mailboxes',
		parent: 'domain',
		collection: 'mailboxes',
		convert: localOf,
		update: { mailboxUpdateFields: { name: 'Front Desk' } },
		create: {
			localPart: 'fuzz',
			name: 'Fuzz',
			passwordMethod: 'password',
			password: 'Fuzz-Pass-2026!x',
		},
	},
	{
		resource: 'identity',
		field: 'identity',
		label: 'identities',
		parent: 'mailbox',
		collection: 'identities',
		convert: localOf,
		update: { identityUpdateFields: { name: 'Press' } },
		create: { identity: 'fuzz', name: 'Fuzz' },
	},
	{
		resource: 'forwarding',
		field: 'forwarding',
		label: 'forwardings',
		parent: 'mailbox',
		collection: 'forwardings',
		convert: (v) => value(toAsciiAddress(v)),
		update: { forwardingUpdateFields: { isActive: false } },
		create: { address: 'boss@elsewhere.example' },
	},
	{
		resource: 'alias',
		field: 'alias',
		label: 'aliases',
		parent: 'domain',
		collection: 'aliases',
		convert: localOf,
		update: { aliasUpdateFields: { destinations: 'info@example.com' } },
		create: { alias: 'fuzz', destinations: 'info@example.com' },
	},
	{
		resource: 'rewrite',
		field: 'rewrite',
		label: 'rewrites',
		parent: 'domain',
		collection: 'rewrites',
		convert: (v) => v.trim() || undefined,
		update: { rewriteUpdateFields: { newName: 'renamed' } },
		create: { rewrite: 'fuzz', localPartRule: 'fuzz-*', destinations: 'info@example.com' },
	},
];

function migaduOperations(emulator: () => MigaduEmulator): Operation[] {
	const ops: Operation[] = [];
	const op = (name: string, parameters: INodeParameters, routes: Operation['routes']) =>
		ops.push({ name: `Migadu ${name}`, node: 'migadu', parameters, routes });
	// Domain operations: the domain is the path value.
	for (const [operation, suffix, extra] of [
		['get', undefined, {}],
		['update', undefined, { domainUpdateFields: { description: 'Main' } }],
		['activate', 'activate', {}],
		['getDiagnostics', 'diagnostics', {}],
		['getDnsRecords', 'records', {}],
		['getUsage', 'usage', {}],
	] as Array<[string, string | undefined, IDataObject]>) {
		op(`domain → ${operation}`, { resource: 'domain', operation, domain: V, ...extra }, (v) =>
			under('domains', domainOf(v), ...(suffix ? [suffix] : [])),
		);
	}
	for (const child of CHILDREN) {
		const parentPath = (parentValue: string | undefined) =>
			child.parent === 'domain'
				? ['domains', parentValue]
				: ['domains', DOMAIN, 'mailboxes', parentValue];
		const parentOf = (v: string) => (child.parent === 'domain' ? domainOf(v) : localOf(v));
		const fixedParent =
			child.parent === 'domain'
				? { domain: domainParam }
				: { domain: domainParam, mailbox: mailboxParam };
		const fixedParentPath =
			child.parent === 'domain' ? ['domains', DOMAIN] : ['domains', DOMAIN, 'mailboxes', 'info'];
		// Get Many and Create: the parent (domain or mailbox) is the path value.
		const parentField =
			child.parent === 'domain' ? { domain: V } : { domain: domainParam, mailbox: V };
		op(
			`${child.resource} → getAll`,
			{ resource: child.resource, operation: 'getAll', returnAll: true, ...parentField },
			(v) => under(...parentPath(parentOf(v)), child.collection),
		);
		op(
			`${child.resource} → create`,
			{ resource: child.resource, operation: 'create', ...parentField, ...child.create },
			(v) => under(...parentPath(parentOf(v)), child.collection),
		);
		// Get, Update, Delete: the object itself is the path value.
		for (const [operation, extra] of [
			['get', {}],
			['update', child.update],
			['delete', {}],
		] as Array<[string, IDataObject]>) {
			op(
				`${child.resource} → ${operation}`,
				{ resource: child.resource, operation, ...fixedParent, [child.field]: V, ...extra },
				(v) => under(...fixedParentPath, child.collection, child.convert(v)),
			);
		}
	}
	ops.push({
		name: 'Migadu list search: mailboxes of a domain',
		node: 'migadu',
		search: async (v) =>
			await searchMigaduMailboxes.call(
				searchContext(
					{ domain: v, throttling: { requestsPerWindow: 0 } },
					{ email: MIGADU_USER, apiKey: MIGADU_KEY, baseUrl: `${emulator().url}/v1` },
					{
						Authorization: `Basic ${Buffer.from(`${MIGADU_USER}:${MIGADU_KEY}`).toString('base64')}`,
					},
				),
			),
		routes: (v) => under('domains', domainOf(v), 'mailboxes'),
	});
	return ops;
}

// ---- The property ---------------------------------------------------------------------------

const KNOWN = new Set(['NodeOperationError', 'NodeApiError']);
const describeError = (e: unknown) =>
	e instanceof Error ? `${e.constructor.name}: ${e.message}` : `thrown ${JSON.stringify(e)}`;
/** A field-naming refusal: "Field: …" (one wording in both nodes and the shared path rule). */
const namesField = (message: string) => /^[A-Z][A-Za-z ]*: /.test(message);

function received(emulator: { requests: RecordedRequest[] }, op: Operation): string[] {
	return emulator.requests
		.filter((r) => !op.ignore?.(r))
		.map((r) =>
			JSON.stringify(op.node === 'mailcow' ? (r.route ?? `nginx refused ${r.target}`) : r.segments),
		);
}

/** Compares the routes the emulator decoded with the routes of the values that were sent. */
function compare(
	op: Operation,
	values: string[],
	refused: Set<number>,
	got: string[],
	outcome: Outcome,
) {
	const expected: string[] = [];
	values.forEach((v, i) => {
		if (refused.has(i)) return;
		const routes = op.routes(v);
		if (!routes) outcome.escapes.push(`${JSON.stringify(v)} was sent though it names no object`);
		for (const route of routes ?? []) expected.push(JSON.stringify(route));
	});
	const left = [...got];
	for (const route of expected) {
		const at = left.indexOf(route);
		if (at === -1 && !op.mayStop) outcome.escapes.push(`expected ${route}, not received`);
		else if (at !== -1) left.splice(at, 1);
	}
	for (const route of left) outcome.escapes.push(`received ${route}, which no value named`);
	outcome.sent = values.length - refused.size;
	outcome.refused = refused.size;
}

async function runOperation(
	op: Operation,
	values: string[],
	emulator: MailcowEmulator | MigaduEmulator,
	credentials: Record<string, IDataObject>,
): Promise<Outcome> {
	const outcome: Outcome = {
		name: op.name,
		values: values.length,
		refused: 0,
		sent: 0,
		escapes: [],
		crashes: [],
	};
	const refused = new Set<number>();
	if (op.search) {
		// One call at a time: each request belongs to exactly one value. A search that sends
		// nothing and lists nothing for a value it cannot use is a refusal too.
		const expected: string[] = [];
		const got: string[] = [];
		for (const [i, v] of values.entries()) {
			const before = emulator.requests.length;
			try {
				await op.search(v);
			} catch (error) {
				const name = (error as Error).constructor?.name;
				if (!KNOWN.has(name)) outcome.crashes.push(`${JSON.stringify(v)}: ${describeError(error)}`);
				else if (name === 'NodeOperationError' && !namesField((error as Error).message))
					outcome.crashes.push(`unnamed field: ${(error as Error).message}`);
			}
			const sent = emulator.requests.slice(before);
			if (sent.length === 0) refused.add(i);
			else {
				got.push(...received({ requests: sent } as never, op));
				expected.push(...(op.routes(v) ?? [['(no object)']]).map((r) => JSON.stringify(r)));
			}
		}
		outcome.sent = values.length - refused.size;
		outcome.refused = refused.size;
		if (JSON.stringify(got) !== JSON.stringify(expected))
			outcome.escapes.push(...got.filter((r, k) => r !== expected[k]).map((r) => `received ${r}`));
		return outcome;
	} else {
		const { items, error } = await runNode({
			node: op.node,
			parameters:
				op.node === 'migadu'
					? { throttling: { requestsPerWindow: 0 }, ...op.parameters }
					: op.parameters!,
			credentials: credentials as never,
			items: values.map((v) => ({ json: { v } })),
			continueOnFail: true,
		});
		if (error) outcome.crashes.push(`the execution failed: ${error.message}`);
		for (const item of items) {
			const e = item.error as (Error & { context?: { itemIndex?: number } }) | undefined;
			if (!e) continue;
			const name = e.constructor?.name;
			if (!KNOWN.has(name)) {
				outcome.crashes.push(describeError(e));
				continue;
			}
			if (name !== 'NodeOperationError') continue;
			const index = e.context?.itemIndex;
			if (typeof index !== 'number' || !namesField(e.message))
				outcome.crashes.push(`refusal without field or item: ${e.message}`);
			else refused.add(index);
		}
	}
	compare(op, values, refused, received(emulator, op), outcome);
	return outcome;
}

describe('Route fuzzing: every path value reaches exactly its object, or is refused before sending', () => {
	const mailcow = new MailcowEmulator({ validateRequests: false });
	const migadu = new MigaduEmulator();
	const outcomes: Outcome[] = [];
	const operations = [...mailcowOperations(() => mailcow), ...migaduOperations(() => migadu)];

	beforeAll(async () => {
		await Promise.all([mailcow.start(), migadu.start()]);
	});
	afterAll(async () => {
		await Promise.all([mailcow.stop(), migadu.stop()]);
		if (outcomes.length === 0) return;
		const sum = (key: 'refused' | 'sent') => outcomes.reduce((n, o) => n + o[key], 0);
		const escapes = outcomes.reduce((n, o) => n + o.escapes.length, 0);
		const crashes = outcomes.reduce((n, o) => n + o.crashes.length, 0);
		const mailcowOps = outcomes.filter((o) => o.name.startsWith('Mailcow')).length;
		process.stdout.write(
			`\nRoute fuzzing (fast-check, seed ${FUZZ_SEED}): ${outcomes.length} operations covered ` +
				`(Mailcow ${mailcowOps}, Migadu ${outcomes.length - mailcowOps}), ` +
				`${Math.min(...outcomes.map((o) => o.values))} values per operation; ` +
				`${sum('sent')} sent, ${sum('refused')} refused before sending; escapes ${escapes}, crashes ${crashes}\n`,
		);
	});

	it.each(operations.map((op, index) => [op.name, op, index] as const))(
		'%s',
		async (_name, op, index) => {
			const emulator = op.node === 'mailcow' ? mailcow : migadu;
			emulator.reset();
			if (op.node === 'mailcow') seedMailcow(mailcow);
			const credentials: Record<string, IDataObject> =
				op.node === 'mailcow'
					? { mailcowApi: { baseUrl: mailcow.url, apiKey: MAILCOW_RW_KEY } }
					: { migaduApi: { email: MIGADU_USER, apiKey: MIGADU_KEY, baseUrl: `${migadu.url}/v1` } };
			const values = valuesFor(index);
			const outcome = await runOperation(op, values, emulator, credentials).catch(
				(error: unknown): Outcome => ({
					name: op.name,
					values: values.length,
					refused: 0,
					sent: 0,
					escapes: [],
					crashes: [`the run threw ${describeError(error)}`],
				}),
			);
			outcomes.push(outcome);
			expect(values).toHaveLength(VALUES_PER_OPERATION);
			expect({
				escapes: outcome.escapes.slice(0, 5),
				crashes: outcome.crashes.slice(0, 5),
			}).toEqual({ escapes: [], crashes: [] });
			// Both kinds of outcome occur: the generator reaches the route and the refusals.
			expect(outcome.sent).toBeGreaterThan(0);
			expect(outcome.refused).toBeGreaterThan(0);
		},
	);
});

function seedMailcow(emulator: MailcowEmulator) {
	const { state } = emulator;
	// Every domain has its DKIM key: Create and Get reads it (one GET) or fails to add one.
	state.addDomain({ name: 'acme.test', dkim: true });
	state.addMailbox({ username: 'alice@acme.test', password: 'Secret-123', quota: 100 });
	state.addMailbox({ username: 'a+b@acme.test', password: 'Secret-123', quota: 100 });
	state.addAlias({ address: 'info@acme.test', goto: ['alice@acme.test'], active: 1 });
	state.addDomainAdmin({ username: 'admin1', password: 'Secret-123', domains: ['acme.test'] });
}
