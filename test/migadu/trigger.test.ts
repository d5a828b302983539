// Migadu Trigger against the Migadu emulator: every event kind through n8n-core's PollContext,
// with the emulator's data changed between polls.
import { sleep, type IDataObject, type INodeParameters } from 'n8n-workflow';
import { newIdentity, newMailbox, type MigaduState } from '../emulators/migadu/state';
import { TriggerHarness } from '../helpers/pollTrigger';
import { byName, calls, credentialsFor, runMigadu, useMigadu } from './helpers';

const migadu = useMigadu();
// reset() keeps the emulator's rate limit (a constructor option); the test that sets one ends it.
afterEach(() => {
	migadu.rateLimit = undefined;
});

function trigger(parameters: INodeParameters) {
	return new TriggerHarness(
		'migaduTrigger',
		{ domain: byName('example.com'), throttling: { requestsPerWindow: 0 }, ...parameters },
		credentialsFor(migadu),
	);
}

const example = (state: MigaduState) => state.domains.get('example.com')!;
const info = (state: MigaduState) => example(state).mailboxes.get('info')!;

function addMailbox(state: MigaduState, local: string) {
	example(state).mailboxes.set(local, {
		record: newMailbox('example.com', local, { name: local }),
		identities: new Map(),
		forwardings: new Map(),
	});
}

function forwarding(address: string, sentAt: string, confirmed: string | null = null) {
	return {
		address,
		is_active: true,
		expires_on: null,
		remove_upon_expiry: false,
		blocked_at: null,
		confirmation_sent_at: sentAt,
		confirmed_at: confirmed,
	};
}

interface Case {
	event: string;
	path: string;
	/** Makes the event happen once in the emulator. */
	change: (state: MigaduState) => void;
	/** What the emitted items must contain. */
	expected: IDataObject[];
	parameters?: INodeParameters;
	/** Seeds state before activation. */
	before?: (state: MigaduState) => void;
}

const longAgo = '2020-01-01T00:00:00Z';
const cases: Case[] = [
	{
		event: 'mailboxCreated',
		path: '/v1/domains/example.com/mailboxes',
		change: (s) => addMailbox(s, 'new'),
		expected: [{ address: 'new@example.com', name: 'new' }],
	},
	{
		event: 'mailboxDeleted',
		path: '/v1/domains/example.com/mailboxes',
		change: (s) => example(s).mailboxes.delete('sales'),
		expected: [{ address: 'sales@example.com' }],
	},
	{
		event: 'identityCreated',
		path: '/v1/domains/example.com/mailboxes',
		change: (s) =>
			info(s).identities.set('help', newIdentity('example.com', 'help', { name: 'Help' })),
		expected: [{ address: 'help@example.com', name: 'Help', mailbox: 'info@example.com' }],
	},
	{
		event: 'identityDeleted',
		path: '/v1/domains/example.com/mailboxes',
		before: (s) => info(s).identities.set('help', newIdentity('example.com', 'help')),
		change: (s) => info(s).identities.delete('help'),
		expected: [{ mailbox: 'info@example.com', address: 'help@example.com' }],
	},
	{
		event: 'forwardingCreated',
		path: '/v1/domains/example.com/mailboxes',
		change: (s) => info(s).forwardings.set('x@ext.test', forwarding('x@ext.test', longAgo)),
		expected: [{ address: 'x@ext.test', mailbox: 'info@example.com', confirmed_at: null }],
	},
	{
		event: 'forwardingDeleted',
		path: '/v1/domains/example.com/mailboxes',
		before: (s) => info(s).forwardings.set('x@ext.test', forwarding('x@ext.test', longAgo)),
		change: (s) => info(s).forwardings.delete('x@ext.test'),
		expected: [{ mailbox: 'info@example.com', address: 'x@ext.test' }],
	},
	{
		event: 'forwardingUnconfirmed',
		path: '/v1/domains/example.com/mailboxes',
		parameters: { hours: 24 },
		// One recent forwarding exists at activation; its wait passes (the confirmation mail is
		// dated back), which is the event.
		before: (s) =>
			info(s).forwardings.set(
				'late@ext.test',
				forwarding('late@ext.test', new Date(Date.now() - 3_600_000).toISOString()),
			),
		change: (s) => {
			info(s).forwardings.get('late@ext.test')!.confirmation_sent_at = new Date(
				Date.now() - 30 * 3_600_000,
			).toISOString();
		},
		expected: [{ address: 'late@ext.test', mailbox: 'info@example.com', hoursUnconfirmed: 30 }],
	},
	{
		event: 'aliasCreated',
		path: '/v1/domains/example.com/aliases',
		change: (s) =>
			example(s).aliases.set('hello', {
				local_part: 'hello',
				domain_name: 'example.com',
				address: 'hello@example.com',
				destinations: ['info@example.com'],
			}),
		expected: [{ address: 'hello@example.com', destinations: ['info@example.com'] }],
	},
	{
		event: 'aliasDeleted',
		path: '/v1/domains/example.com/aliases',
		change: (s) => example(s).aliases.delete('team'),
		expected: [{ address: 'team@example.com' }],
	},
	{
		event: 'rewriteCreated',
		path: '/v1/domains/example.com/rewrites',
		change: (s) =>
			example(s).rewrites.set('sales-rule', {
				name: 'sales-rule',
				domain_name: 'example.com',
				local_part_rule: 'sales-*',
				order_num: 0,
				destinations: ['sales@example.com'],
			}),
		expected: [{ name: 'sales-rule', local_part_rule: 'sales-*' }],
	},
	{
		event: 'rewriteDeleted',
		path: '/v1/domains/example.com/rewrites',
		before: (s) =>
			example(s).rewrites.set('old-rule', { name: 'old-rule', domain_name: 'example.com' }),
		change: (s) => example(s).rewrites.delete('old-rule'),
		expected: [{ name: 'old-rule', domain_name: 'example.com' }],
	},
	{
		event: 'dnsFailing',
		path: '/v1/domains/example.com/diagnostics',
		change: (s) => s.dnsReady.delete('example.com'),
		expected: [
			{
				domain: 'example.com',
				status: 'failing',
				problems: {
					mx: ['MX record not found'],
					spf: ['SPF record not found'],
					dkim: ['DKIM record not found'],
					dmarc: ['DMARC record not found'],
				},
			},
		],
	},
	{
		event: 'dnsHealthy',
		path: '/v1/domains/example.com/diagnostics',
		before: (s) => s.dnsReady.delete('example.com'),
		change: (s) => s.dnsReady.add('example.com'),
		expected: [{ domain: 'example.com', status: 'healthy', problems: {} }],
	},
];

describe('Migadu Trigger', () => {
	describe.each(cases)('$event', ({ event, path, change, expected, parameters, before }) => {
		const make = () => trigger({ event, ...parameters });

		it('first activation emits nothing; ten quiet polls emit nothing; the change is emitted once', async () => {
			before?.(migadu.state);
			const poller = make();
			expect(await poller.activate()).toEqual({ items: null });
			for (let i = 0; i < 10; i++) expect(await poller.tick()).toEqual({ items: null });
			change(migadu.state);
			const fired = await poller.tick();
			expect(fired.error).toBeUndefined();
			expect(fired.items).toEqual([expect.objectContaining(expected[0])]);
			for (let i = 0; i < 10; i++) expect(await poller.tick()).toEqual({ items: null });
			// One GET of one collection per poll, nothing else.
			expect(new Set(calls(migadu))).toEqual(new Set([`GET ${path}`]));
			expect(calls(migadu)).toHaveLength(22);
		});

		it('a failed poll changes no cursor: the change is emitted by the next good poll', async () => {
			before?.(migadu.state);
			const poller = make();
			await poller.activate();
			const cursor = poller.cursor;
			change(migadu.state);
			migadu.injectFault({ kind: 'serverError', status: 500 }, { times: 1 });
			const failed = await poller.tick();
			expect(failed.error?.message).toMatch(/HTTP 500/);
			expect(poller.cursor).toEqual(cursor);
			const next = await poller.tick();
			expect(next.items).toEqual([expect.objectContaining(expected[0])]);
			expect(await poller.tick()).toEqual({ items: null });
		});

		it('a restart neither repeats nor misses the change', async () => {
			before?.(migadu.state);
			const poller = make();
			await poller.activate();
			change(migadu.state);
			// n8n restarts before the next poll: the change happened while it was down.
			expect((await poller.restart()).items).toEqual([expect.objectContaining(expected[0])]);
			expect(await poller.tick()).toEqual({ items: null });
			expect((await poller.restart()).items).toBeNull();
		});
	});

	it('Fetch Test Event returns the most recent real item without moving the cursor', async () => {
		const poller = trigger({ event: 'mailboxCreated' });
		await poller.activate();
		const cursor = poller.cursor;
		const shown = await poller.fetchTestEvent();
		expect(shown.items).toEqual([expect.objectContaining({ address: 'sales@example.com' })]);
		addMailbox(migadu.state, 'zed');
		expect((await poller.fetchTestEvent()).items).toEqual([
			expect.objectContaining({ address: 'zed@example.com' }),
		]);
		expect(poller.cursor).toEqual(cursor);
		// The real poll still emits it.
		expect((await poller.tick()).items).toEqual([
			expect.objectContaining({ address: 'zed@example.com' }),
		]);
	});

	it('objects deleted since the last poll come in the order of their names', async () => {
		for (const local of ['zz', 'aa'])
			example(migadu.state).aliases.set(local, {
				local_part: local,
				domain_name: 'example.com',
				address: `${local}@example.com`,
				destinations: ['info@example.com'],
			});
		const poller = trigger({ event: 'aliasDeleted' });
		await poller.activate();
		example(migadu.state).aliases.delete('zz');
		example(migadu.state).aliases.delete('aa');
		expect((await poller.tick()).items).toEqual([
			expect.objectContaining({ address: 'aa@example.com' }),
			expect.objectContaining({ address: 'zz@example.com' }),
		]);
	});

	it('Fetch Test Event with nothing to show says so', async () => {
		const poller = trigger({ event: 'mailboxDeleted' });
		const shown = await poller.fetchTestEvent();
		expect(shown.items).toBeNull();
		expect(shown.error?.message).toBe('Nothing to show yet');
		expect(shown.error?.description).toMatch(/No mailbox of example.com has been deleted/);
		const diagnostics = await trigger({ event: 'dnsFailing' }).fetchTestEvent();
		expect(diagnostics.error?.description).toMatch(/find no problem right now/);
	});

	it('a changed event or domain starts over silently instead of emitting everything', async () => {
		const poller = trigger({ event: 'mailboxCreated' });
		await poller.activate();
		const other = new TriggerHarness(
			'migaduTrigger',
			{
				event: 'aliasCreated',
				domain: byName('example.com'),
				throttling: { requestsPerWindow: 0 },
			},
			credentialsFor(migadu),
		);
		other.saved = poller.saved;
		expect(await other.restart()).toEqual({ items: null });
	});

	it('an auth failure is thrown, then polling pauses without sending', async () => {
		const poller = new TriggerHarness(
			'migaduTrigger',
			{
				event: 'mailboxCreated',
				domain: byName('example.com'),
				throttling: { requestsPerWindow: 0 },
			},
			{ migaduApi: { ...credentialsFor(migadu).migaduApi, apiKey: 'wrong' } },
		);
		const first = await poller.activate();
		expect(first.error?.message).toBe('Migadu rejected the account email or API key');
		expect(migadu.requests).toHaveLength(1);
		for (let i = 0; i < 5; i++) {
			const paused = await poller.tick();
			expect(paused.error?.message).toMatch(/^Polling paused until .*: the server refused/);
		}
		expect(migadu.requests).toHaveLength(1);
		expect(poller.cursor).toBeNull();
	});

	it("Migadu's block page (403) pauses polling too, without sending", async () => {
		const poller = new TriggerHarness(
			'migaduTrigger',
			{
				event: 'mailboxCreated',
				domain: byName('example.com'),
				throttling: { requestsPerWindow: 0 },
			},
			credentialsFor(migadu),
		);
		migadu.blockAll(60_000);
		const first = await poller.activate();
		expect(first.error?.httpCode).toBe('403');
		migadu.blockAll(0);
		const paused = await poller.tick();
		expect(paused.error?.message).toMatch(/^Polling paused until .*: the server refused/);
		expect(migadu.requests).toHaveLength(1);
	});

	it('an unreachable server fails the poll with its reason and no request details', async () => {
		const poller = new TriggerHarness(
			'migaduTrigger',
			{
				event: 'mailboxCreated',
				domain: byName('example.com'),
				throttling: { requestsPerWindow: 0 },
			},
			{ migaduApi: { ...credentialsFor(migadu).migaduApi, baseUrl: 'http://127.0.0.1:9/v1' } },
		);
		const outcome = await poller.activate();
		expect(outcome.error?.message).toMatch(/refused the connection/);
		expect(poller.cursor).toBeNull();
		expect(JSON.stringify(outcome.error)).not.toContain('emu-migadu-api-key');
	});

	it('polls wait in the same rate-limit queue as the Migadu node', async () => {
		// 3 requests per second allowed by the emulator; the node sends 3 at once and the trigger
		// polls at the same time. Without the shared limiter the fourth request would be refused.
		migadu.rateLimit = { limit: 3, windowMs: 1_000, blockMs: 2_000 };
		const throttling = { requestsPerWindow: 3, windowSeconds: 1 };
		const poller = new TriggerHarness(
			'migaduTrigger',
			{ event: 'mailboxCreated', domain: byName('example.com'), throttling },
			credentialsFor(migadu),
		);
		const [run, poll] = await Promise.all([
			runMigadu(migadu, {
				parameters: { resource: 'domain', operation: 'get', domain: byName('example.com') },
				items: [{ json: {} }, { json: {} }, { json: {} }],
				throttling,
			}),
			sleep(20).then(async () => await poller.activate()),
		]);
		expect(run.error).toBeUndefined();
		expect(poll).toEqual({ items: null });
		expect(migadu.forbidden).toBe(0);
		expect(calls(migadu)).toHaveLength(4);
	});
});

describe('Migadu Trigger: fields, Fetch Test Event and waits', () => {
	const hoursAgo = (hours: number) => new Date(Date.now() - hours * 3_600_000).toISOString();

	it('a Domain that is not a domain name fails the poll before sending', async () => {
		const outcome = await trigger({
			event: 'mailboxCreated',
			domain: byName('={{ "mail server" }}'),
		}).activate();
		expect(outcome.error?.message).toBe(
			'Domain "mail server" is not a domain name such as example.com',
		);
		expect(outcome.error?.description).toBe('Choose the Migadu domain to watch.');
		expect(migadu.requests).toEqual([]);
	});

	it('watches a Unicode domain by its punycode name, and names a missing domain', async () => {
		const unicode = await trigger({
			event: 'aliasCreated',
			domain: byName('Bücher.example'),
		}).activate();
		expect(unicode).toEqual({ items: null });
		const missing = await trigger({
			event: 'rewriteCreated',
			domain: byName('ghost.example'),
		}).activate();
		expect(missing.error?.message).toBe('Migadu could not find domain "ghost.example"');
		expect(calls(migadu)).toEqual([
			'GET /v1/domains/xn--bcher-kva.example/aliases',
			'GET /v1/domains/ghost.example/rewrites',
		]);
	});

	it('Forwarding Unconfirmed: a changed Hours Unconfirmed starts over instead of emitting', async () => {
		info(migadu.state).forwardings.set('x@ext.test', forwarding('x@ext.test', hoursAgo(2)));
		const poller = trigger({ event: 'forwardingUnconfirmed', hours: 24 });
		expect(await poller.activate()).toEqual({ items: null });
		const shorter = trigger({ event: 'forwardingUnconfirmed', hours: 1 });
		shorter.saved = poller.saved;
		expect(await shorter.restart()).toEqual({ items: null });
		// The same Hours keeps the cursor: the forwarding waiting 2 hours is not news any more.
		expect(await shorter.tick()).toEqual({ items: null });
	});

	it('Forwarding Unconfirmed: a new confirmation mail starts a new wait, reported again', async () => {
		info(migadu.state).forwardings.set('x@ext.test', forwarding('x@ext.test', hoursAgo(30)));
		const poller = trigger({ event: 'forwardingUnconfirmed', hours: 24 });
		await poller.activate();
		expect(await poller.tick()).toEqual({ items: null });
		// Resent a day and a half ago: overdue again between two polls.
		info(migadu.state).forwardings.get('x@ext.test')!.confirmation_sent_at = hoursAgo(25.5);
		expect((await poller.tick()).items).toEqual([
			expect.objectContaining({ address: 'x@ext.test', hoursUnconfirmed: 25 }),
		]);
		expect(await poller.tick()).toEqual({ items: null });
	});

	it('Forwarding Unconfirmed: Fetch Test Event shows the longest wait; confirmed ones never count', async () => {
		const forwardings = info(migadu.state).forwardings;
		forwardings.set('a@ext.test', forwarding('a@ext.test', hoursAgo(30)));
		forwardings.set('b@ext.test', forwarding('b@ext.test', hoursAgo(50.5)));
		forwardings.set('c@ext.test', forwarding('c@ext.test', hoursAgo(80), hoursAgo(79)));
		const poller = trigger({ event: 'forwardingUnconfirmed', hours: 24 });
		expect((await poller.fetchTestEvent()).items).toEqual([
			{ ...forwardings.get('b@ext.test'), mailbox: 'info@example.com', hoursUnconfirmed: 50 },
		]);
		forwardings.delete('a@ext.test');
		forwardings.delete('b@ext.test');
		const nothing = await poller.fetchTestEvent();
		expect(nothing.error?.description).toBe(
			'No forwarding of this domain has been waiting for confirmation for 24 hours or more.',
		);
	});

	it.each([
		['mailboxCreated', 'mailbox'],
		['identityCreated', 'identity'],
		['forwardingCreated', 'forwarding'],
		['aliasCreated', 'alias'],
		['rewriteCreated', 'rewrite'],
	])('%s: Fetch Test Event on an empty domain says it has no %s yet', async (event, what) => {
		const shown = await trigger({ event, domain: byName('bücher.example') }).fetchTestEvent();
		expect(shown.error?.message).toBe('Nothing to show yet');
		expect(shown.error?.description).toBe(`The domain xn--bcher-kva.example has no ${what} yet.`);
	});

	it.each([
		['mailboxDeleted', 'mailbox'],
		['identityDeleted', 'identity'],
		['forwardingDeleted', 'forwarding'],
		['aliasDeleted', 'alias'],
		['rewriteDeleted', 'rewrite'],
	])('%s: Fetch Test Event before any deletion says what to do', async (event, what) => {
		const shown = await trigger({ event }).fetchTestEvent();
		expect(shown.error?.description).toBe(
			`No ${what} of example.com has been deleted since the trigger was activated. Delete one and fetch again, or activate the workflow.`,
		);
	});

	it('DNS events: Fetch Test Event shows the current state when it matches the event, else says why not', async () => {
		migadu.state.dnsReady.delete('example.com');
		const failing = await trigger({ event: 'dnsFailing' }).fetchTestEvent();
		const problem = (what: string) => [`${what} record not found`];
		const diagnostics = {
			mx: problem('MX'),
			spf: problem('SPF'),
			dkim: problem('DKIM'),
			dmarc: problem('DMARC'),
		};
		expect(failing.items).toEqual([
			{ domain: 'example.com', status: 'failing', problems: diagnostics, diagnostics },
		]);
		const notHealthy = await trigger({ event: 'dnsHealthy' }).fetchTestEvent();
		expect(notHealthy.error?.description).toBe(
			'The DNS diagnostics of example.com have not recovered from a failure since the trigger was activated, and they fail right now.',
		);
		migadu.state.dnsReady.add('example.com');
		const healthy = await trigger({ event: 'dnsHealthy' }).fetchTestEvent();
		expect(healthy.items).toEqual([
			{
				domain: 'example.com',
				status: 'healthy',
				problems: {},
				diagnostics: { mx: [], spf: [], dkim: [], dmarc: [] },
			},
		]);
		const notFailing = await trigger({ event: 'dnsFailing' }).fetchTestEvent();
		expect(notFailing.error?.description).toBe(
			'The DNS diagnostics of example.com find no problem right now.',
		);
	});
});

describe('Migadu Trigger: DNS diagnostics in other shapes', () => {
	it('a text in the answer counts as a problem; empty lists, null and nested objects do not', async () => {
		const poller = trigger({ event: 'dnsFailing' });
		expect(await poller.activate()).toEqual({ items: null });
		// Migadu documents no schema for diagnostics: an answer with more than the four lists.
		const diagnostics = {
			mx: [],
			spf: [],
			dkim: [],
			dmarc: [],
			verification: 'TXT record missing',
			autoconfig: null,
			details: { mx: 'aspmx1.migadu.com' },
		};
		migadu.injectFault({ kind: 'json', body: diagnostics });
		expect((await poller.tick()).items).toEqual([
			{
				domain: 'example.com',
				status: 'failing',
				problems: { verification: 'TXT record missing' },
				diagnostics,
			},
		]);
		// An empty text is no problem: the domain is healthy again, and the next failure fires.
		migadu.injectFault({ kind: 'json', body: { ...diagnostics, verification: '' } });
		expect(await poller.tick()).toEqual({ items: null });
		migadu.injectFault({ kind: 'json', body: diagnostics });
		expect((await poller.tick()).items).toHaveLength(1);
	});
});
