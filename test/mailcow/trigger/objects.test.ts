// Mailcow Trigger, events over mailcow's object lists (mailboxes, aliases, domains, domain
// admins, quota) against the emulator, through n8n-core's PollContext.
import type { IDataObject, INodeParameters } from 'n8n-workflow';
import { MAILCOW_RW_KEY } from '../../emulators/mailcow';
import type { MailcowState } from '../../emulators/mailcow/state';
import { TriggerHarness } from '../../helpers/pollTrigger';
import { credentials, readOnly, useMailcow, wire } from '../setup';

const mailcow = useMailcow();
const MIB = 1024 * 1024;

function trigger(parameters: INodeParameters, key?: string) {
	return new TriggerHarness(
		'mailcowTrigger',
		parameters,
		key ? credentials(mailcow, key) : credentials(mailcow),
	);
}

function seed(state: MailcowState) {
	state.addDomain({ name: 'acme.test', tags: ['prod'] });
	state.addDomain({ name: 'other.test' });
	state.addMailbox({ username: 'alice@acme.test', password: 'x', quota: 100, tags: ['vip'] });
	state.addMailbox({ username: 'bob@acme.test', password: 'x', quota: 100 });
	state.addMailbox({ username: 'carol@other.test', password: 'x', quota: 100 });
	state.addAlias({ address: 'info@acme.test', goto: ['alice@acme.test'] });
	state.addDomainAdmin({ username: 'acmeadmin', password: 'Secret-123', domains: ['acme.test'] });
}

interface Case {
	title: string;
	parameters: INodeParameters;
	path: string;
	change: (state: MailcowState) => void;
	expected: IDataObject;
	/** The query every poll sends (mailcow filters by it). */
	query?: Record<string, string>;
	/** A change the filters must ignore (another domain, no tag). */
	ignored?: (state: MailcowState) => void;
}

const cases: Case[] = [
	{
		title: 'new mailbox in a domain',
		parameters: { event: 'mailboxCreated', domains: 'acme.test' },
		path: '/api/v1/get/mailbox/reduced/acme.test',
		ignored: (s) => s.addMailbox({ username: 'dave@other.test', password: 'x' }),
		change: (s) => s.addMailbox({ username: 'erin@acme.test', password: 'x', name: 'Erin' }),
		expected: { username: 'erin@acme.test', name: 'Erin', domain: 'acme.test' },
	},
	{
		title: 'new mailbox with a tag',
		parameters: { event: 'mailboxCreated', tags: 'vip' },
		path: '/api/v1/get/mailbox/reduced',
		ignored: (s) => s.addMailbox({ username: 'dave@acme.test', password: 'x' }),
		change: (s) => s.addMailbox({ username: 'erin@acme.test', password: 'x', tags: ['vip-2'] }),
		expected: { username: 'erin@acme.test', tags: ['vip-2'] },
	},
	{
		title: 'mailbox deleted',
		parameters: { event: 'mailboxDeleted' },
		path: '/api/v1/get/mailbox/reduced',
		change: (s) => s.removeMailbox('bob@acme.test'),
		expected: { username: 'bob@acme.test' },
	},
	{
		title: 'mailbox over the quota threshold',
		parameters: { event: 'quotaAbove', threshold: 80, domains: 'acme.test' },
		path: '/api/v1/get/mailbox/reduced/acme.test',
		ignored: (s) => {
			s.mailboxes.get('carol@other.test')!.bytesUsed = 95 * MIB;
			s.mailboxes.get('bob@acme.test')!.bytesUsed = 79 * MIB;
		},
		change: (s) => (s.mailboxes.get('alice@acme.test')!.bytesUsed = 85 * MIB),
		expected: { username: 'alice@acme.test', percentInUse: 85, threshold: 80 },
	},
	{
		title: 'new alias',
		parameters: { event: 'aliasCreated', domains: 'acme.test' },
		path: '/api/v1/get/alias/all/acme.test',
		ignored: (s) => s.addAlias({ address: 'x@other.test', goto: ['carol@other.test'] }),
		change: (s) => s.addAlias({ address: 'sales@acme.test', goto: ['bob@acme.test'] }),
		expected: { address: 'sales@acme.test', goto: 'bob@acme.test' },
	},
	{
		title: 'alias deleted',
		parameters: { event: 'aliasDeleted' },
		path: '/api/v1/get/alias/all',
		change: (s) => s.removeAlias(s.aliasByAddress('info@acme.test')!.id),
		expected: { address: 'info@acme.test' },
	},
	{
		title: 'new domain',
		parameters: { event: 'domainCreated' },
		path: '/api/v1/get/domain/all',
		change: (s) => s.addDomain({ name: 'new.test', description: 'New' }),
		expected: { domain_name: 'new.test', description: 'New' },
	},
	{
		title: 'new domain of the chosen names',
		parameters: { event: 'domainCreated', domains: 'new.test, later.test' },
		// get/domain/all takes no domain: the names are matched here.
		path: '/api/v1/get/domain/all',
		ignored: (s) => s.addDomain({ name: 'else.test' }),
		change: (s) => s.addDomain({ name: 'new.test' }),
		expected: { domain_name: 'new.test' },
	},
	{
		title: 'new domain with one of the tags',
		parameters: { event: 'domainCreated', tags: 'prod, eu' },
		path: '/api/v1/get/domain/all',
		query: { tags: 'prod,eu' },
		ignored: (s) => s.addDomain({ name: 'untagged.test' }),
		change: (s) => s.addDomain({ name: 'eu.test', tags: ['prod-eu'] }),
		expected: { domain_name: 'eu.test' },
	},
	{
		title: 'new domain admin of one of its domains',
		parameters: { event: 'domainAdminCreated', domains: 'other.test' },
		path: '/api/v1/get/domain-admin/all',
		ignored: (s) =>
			s.addDomainAdmin({ username: 'acme2', password: 'Secret-123', domains: ['acme.test'] }),
		change: (s) =>
			s.addDomainAdmin({
				username: 'otheradmin',
				password: 'Secret-123',
				domains: ['acme.test', 'other.test'],
			}),
		expected: { username: 'otheradmin', selected_domains: ['acme.test', 'other.test'] },
	},
];

describe('Mailcow Trigger: object events', () => {
	beforeEach(() => seed(mailcow.state));

	describe.each(cases)('$title', ({ parameters, path, query, change, expected, ignored }) => {
		it('first activation emits nothing; quiet and filtered-out changes emit nothing; the change once', async () => {
			const poller = trigger(parameters);
			expect(await poller.activate()).toEqual({ items: null });
			for (let i = 0; i < 5; i++) expect(await poller.tick()).toEqual({ items: null });
			ignored?.(mailcow.state);
			for (let i = 0; i < 5; i++) expect(await poller.tick()).toEqual({ items: null });
			change(mailcow.state);
			const fired = await poller.tick();
			expect(fired.error).toBeUndefined();
			expect(fired.items).toEqual([expect.objectContaining(expected)]);
			for (let i = 0; i < 10; i++) expect(await poller.tick()).toEqual({ items: null });
			const paths = new Set(wire(mailcow).map((r) => `${r.method} ${r.rawPath}`));
			expect(paths).toEqual(new Set([`GET ${path}`]));
			expect(wire(mailcow)).toHaveLength(22);
			for (const request of mailcow.requests) expect(request.query).toEqual(query ?? {});
		});

		it('a failed poll changes no cursor; the next poll emits the change once', async () => {
			const poller = trigger(parameters);
			await poller.activate();
			const cursor = poller.cursor;
			change(mailcow.state);
			mailcow.injectFault({ kind: 'html' }, { times: 1 });
			const failed = await poller.tick();
			expect(failed.error?.message).toBe('Mailcow answered with an HTML page instead of JSON');
			expect(poller.cursor).toEqual(cursor);
			mailcow.injectFault({ kind: 'emptyBody' }, { times: 1 });
			expect((await poller.tick()).error?.message).toBe('Mailcow answered with an empty response');
			expect(poller.cursor).toEqual(cursor);
			expect((await poller.tick()).items).toEqual([expect.objectContaining(expected)]);
			expect(await poller.tick()).toEqual({ items: null });
		});

		it('a restart neither repeats nor misses the change', async () => {
			const poller = trigger(parameters);
			await poller.activate();
			change(mailcow.state);
			expect((await poller.restart()).items).toEqual([expect.objectContaining(expected)]);
			expect((await poller.restart()).items).toBeNull();
			expect(await poller.tick()).toEqual({ items: null });
		});
	});

	it('quota: crossing fires once; dropping below re-arms; crossing again fires again', async () => {
		const poller = trigger({ event: 'quotaAbove', threshold: 90 });
		const alice = mailcow.state.mailboxes.get('alice@acme.test')!;
		alice.bytesUsed = 95 * MIB;
		// Already above at activation: remembered, not emitted.
		await poller.activate();
		expect(await poller.tick()).toEqual({ items: null });
		alice.bytesUsed = 50 * MIB;
		expect(await poller.tick()).toEqual({ items: null });
		// At the threshold counts.
		alice.bytesUsed = 90 * MIB;
		expect((await poller.tick()).items).toEqual([
			expect.objectContaining({ username: 'alice@acme.test', percentInUse: 90 }),
		]);
		alice.bytesUsed = 99 * MIB;
		expect(await poller.tick()).toEqual({ items: null });
		// Unlimited mailboxes never fire.
		mailcow.state.addMailbox({ username: 'free@acme.test', password: 'x', quota: 0 });
		mailcow.state.mailboxes.get('free@acme.test')!.bytesUsed = 500 * MIB;
		expect(await poller.tick()).toEqual({ items: null });
	});

	it('a mailbox deleted and created again between polls is new (and was deleted)', async () => {
		const created = trigger({ event: 'mailboxCreated' });
		const deleted = trigger({ event: 'mailboxDeleted' });
		await created.activate();
		await deleted.activate();
		mailcow.state.removeMailbox('bob@acme.test');
		mailcow.state.addMailbox({ username: 'bob@acme.test', password: 'x' });
		mailcow.state.mailboxes.get('bob@acme.test')!.created = '2099-01-01 00:00:00';
		expect((await created.tick()).items).toEqual([
			expect.objectContaining({ username: 'bob@acme.test' }),
		]);
		expect((await deleted.tick()).items).toEqual([{ username: 'bob@acme.test' }]);
	});

	it('a domain mailcow does not know does not turn into every mailbox', async () => {
		// mailcow answers every mailbox for get/mailbox/reduced/{unknown domain}.
		const poller = trigger({ event: 'mailboxCreated', domains: 'typo.test' });
		await poller.activate();
		mailcow.state.addMailbox({ username: 'zed@acme.test', password: 'x' });
		expect(await poller.tick()).toEqual({ items: null });
		expect((await poller.fetchTestEvent()).error?.message).toBe('Nothing to show yet');
	});

	it('Domains from an expression that gives nothing watch every domain', async () => {
		const poller = trigger({ event: 'mailboxCreated', domains: '={{ null }}' });
		expect(await poller.activate()).toEqual({ items: null });
		mailcow.state.addMailbox({ username: 'zed@other.test', password: 'x' });
		expect((await poller.tick()).items).toEqual([
			expect.objectContaining({ username: 'zed@other.test' }),
		]);
		expect(wire(mailcow).map((r) => r.rawPath)).toEqual([
			'/api/v1/get/mailbox/reduced',
			'/api/v1/get/mailbox/reduced',
		]);
	});

	// mailcow lists these by name; the one created last is shown wherever it is listed.
	it.each([
		{
			event: 'mailboxCreated',
			newest: (s: MailcowState) => s.mailboxes.get('bob@acme.test')!,
			expected: { username: 'bob@acme.test' },
		},
		{
			event: 'domainCreated',
			newest: (s: MailcowState) => s.domains.get('acme.test')!,
			expected: { domain_name: 'acme.test' },
		},
		{
			event: 'domainAdminCreated',
			newest: (s: MailcowState) => {
				s.addDomainAdmin({ username: 'zadmin', password: 'Secret-123', domains: ['other.test'] });
				return s.domainAdmins.get('acmeadmin')!;
			},
			expected: { username: 'acmeadmin' },
		},
	])(
		'$event: Fetch Test Event shows the one created last without moving the cursor',
		async ({ event, newest, expected }) => {
			const poller = trigger({ event });
			newest(mailcow.state).created = '2099-01-01 00:00:00';
			const shown = await poller.fetchTestEvent();
			expect(shown.items).toEqual([expect.objectContaining(expected)]);
			expect(poller.cursor).toBeNull();
		},
	);

	// created has whole seconds: ties are common right after a bulk provisioning.
	it('domainCreated: of domains created in the same second, Fetch Test Event shows the one listed last', async () => {
		mailcow.state.addDomain({ name: 'zulu.test' });
		for (const domain of mailcow.state.domains.values()) domain.created = '2099-01-01 00:00:00';
		const answer = await fetch(`${mailcow.url}/api/v1/get/domain/all`, {
			headers: { 'x-api-key': MAILCOW_RW_KEY },
		});
		const listed = (await answer.json()) as IDataObject[];
		const shown = await trigger({ event: 'domainCreated' }).fetchTestEvent();
		expect(listed.length).toBeGreaterThan(2);
		expect(shown.items).toEqual([
			expect.objectContaining({ domain_name: listed.at(-1)!.domain_name }),
		]);
	});

	it('aliases: Fetch Test Event shows the alias added last, wherever mailcow lists it', async () => {
		mailcow.state.addAlias({ address: 'x@other.test', goto: ['carol@other.test'] });
		mailcow.state.addAlias({ address: 'sales@acme.test', goto: ['bob@acme.test'] });
		// mailcow answers domain by domain: info, sales (acme.test), then x (other.test).
		const shown = await trigger({
			event: 'aliasCreated',
			domains: 'acme.test, other.test',
		}).fetchTestEvent();
		expect(shown.items).toEqual([expect.objectContaining({ address: 'sales@acme.test' })]);
	});

	it('the read-only API key is enough', async () => {
		const poller = new TriggerHarness(
			'mailcowTrigger',
			{ event: 'aliasCreated' },
			readOnly(mailcow),
		);
		expect(await poller.activate()).toEqual({ items: null });
		mailcow.state.addAlias({ address: 'ro@acme.test', goto: ['bob@acme.test'] });
		expect((await poller.tick()).items).toEqual([
			expect.objectContaining({ address: 'ro@acme.test' }),
		]);
	});

	it('a wrong API key fails the activation, then polls pause without sending', async () => {
		const poller = trigger({ event: 'mailboxCreated' }, 'wrong-key');
		const first = await poller.activate();
		expect(first.error?.message).toBe('Mailcow rejected the API key (authentication failed)');
		expect(first.error?.httpCode).toBe('401');
		for (let i = 0; i < 10; i++)
			expect((await poller.tick()).error?.message).toMatch(/^Polling paused until/);
		expect(mailcow.requests).toHaveLength(1);
		expect(JSON.stringify(first.error)).not.toContain('wrong-key');
	});

	it('after refused credentials polls pause 5 minutes, doubling per refused retry up to an hour', async () => {
		const start = Date.parse('2026-11-30T10:00:00.000Z') + 123;
		let now = start;
		const clock = jest.spyOn(Date, 'now').mockImplementation(() => now);
		try {
			const poller = trigger({ event: 'mailboxCreated' }, 'wrong-key');
			expect((await poller.activate()).error?.httpCode).toBe('401');
			const minutes = (ms: number) => ms * 60_000;
			let until = start + minutes(5);
			for (const next of [10, 20, 40, 60, 60]) {
				// One millisecond before the pause ends: nothing is sent, and the end is named.
				now = until - 1;
				const paused = await poller.tick();
				const end = new Date(until).toISOString().replace(/\.\d+Z$/, 'Z');
				expect(paused.error?.message).toBe(
					`Polling paused until ${end}: the server refused the credentials`,
				);
				expect(paused.error?.description).toBe(
					'Nothing was sent, so the server cannot ban or block this IP for repeated failed logins. Fix the credential, then deactivate and activate the workflow to retry at once.',
				);
				// At the end the poll is sent again and refused again: a longer pause follows.
				now = until;
				expect((await poller.tick()).error?.httpCode).toBe('401');
				until = now + minutes(next);
			}
			expect(mailcow.requests).toHaveLength(6);
			expect(new Date(start + minutes(5)).toISOString()).toBe('2026-11-30T10:05:00.123Z');
		} finally {
			clock.mockRestore();
		}
	});

	it('bad filters are refused before anything is sent, naming the field', async () => {
		const bad = await trigger({ event: 'mailboxCreated', domains: 'acme.test, a/b' }).activate();
		expect(bad.error?.message).toBe('Domains contains "a/b", which is not a domain name');
		const threshold = await trigger({ event: 'quotaAbove', threshold: 0 }).activate();
		expect(threshold.error?.message).toMatch(/^Threshold \(%\) must be/);
		expect(mailcow.requests).toHaveLength(0);
	});
	it('quota: Fetch Test Event shows the fullest mailbox at or above the threshold, or says none is', async () => {
		const poller = trigger({ event: 'quotaAbove', threshold: 80 });
		const shown = await poller.fetchTestEvent();
		expect(shown.error?.description).toBe('No mailbox is at or above 80% of its quota right now.');
		mailcow.state.mailboxes.get('alice@acme.test')!.bytesUsed = 85 * MIB;
		mailcow.state.mailboxes.get('bob@acme.test')!.bytesUsed = 97.5 * MIB;
		mailcow.state.mailboxes.get('carol@other.test')!.bytesUsed = 80 * MIB;
		expect((await poller.fetchTestEvent()).items).toEqual([
			expect.objectContaining({ username: 'bob@acme.test', percentInUse: 97.5, threshold: 80 }),
		]);
	});

	it('object events: Fetch Test Event says nothing matches the filters yet', async () => {
		const why = async (parameters: INodeParameters) =>
			(await trigger({ domains: 'empty.test', ...parameters }).fetchTestEvent()).error?.description;
		mailcow.state.addDomain({ name: 'empty.test' });
		expect(await why({ event: 'mailboxCreated' })).toBe(
			'mailcow has no mailbox matching the filters yet.',
		);
		expect(await why({ event: 'aliasCreated' })).toBe(
			'mailcow has no alias matching the filters yet.',
		);
		expect(await why({ event: 'domainCreated', tags: 'nothing-tagged' })).toBe(
			'mailcow has no domain matching the filters yet.',
		);
		expect(await why({ event: 'domainAdminCreated' })).toBe(
			'mailcow has no domain administrator matching the filters yet.',
		);
		for (const [event, what] of [
			['mailboxDeleted', 'mailbox'],
			['aliasDeleted', 'alias'],
		]) {
			expect(await why({ event })).toBe(
				`No ${what} has been deleted since the trigger was activated. Delete one and fetch again, or activate the workflow.`,
			);
		}
	});
	describe('a changed filter starts over silently instead of emitting what it now matches', () => {
		async function switched(from: INodeParameters, to: INodeParameters) {
			const first = trigger(from);
			expect(await first.activate()).toEqual({ items: null });
			const second = trigger(to);
			second.saved = first.saved;
			return await second.restart();
		}

		it('Threshold (%)', async () => {
			mailcow.state.mailboxes.get('alice@acme.test')!.bytesUsed = 85 * MIB;
			expect(
				await switched(
					{ event: 'quotaAbove', threshold: 90 },
					{ event: 'quotaAbove', threshold: 80 },
				),
			).toEqual({ items: null });
		});

		it('Domains, read in any case and spacing', async () => {
			const outcome = await switched(
				{ event: 'mailboxCreated', domains: 'acme.test' },
				{ event: 'mailboxCreated', domains: ' ACME.test , Other.Test, ' },
			);
			expect(outcome).toEqual({ items: null });
			expect(wire(mailcow).map((r) => r.rawPath)).toEqual([
				'/api/v1/get/mailbox/reduced/acme.test',
				'/api/v1/get/mailbox/reduced/acme.test,other.test',
			]);
		});

		it('Tags', async () => {
			expect(
				await switched({ event: 'mailboxCreated', tags: 'vip' }, { event: 'mailboxCreated' }),
			).toEqual({ items: null });
		});

		it.each<[string, INodeParameters, INodeParameters]>([
			[
				'Domains that run together when joined',
				{ event: 'mailboxCreated', domains: 'acme.testother.test' },
				{ event: 'mailboxCreated', domains: 'acme.test, other.test' },
			],
			[
				'Tags that run together when joined',
				{ event: 'mailboxCreated', tags: 'vipx' },
				{ event: 'mailboxCreated', tags: 'vip, x' },
			],
			[
				'the same text moved from Domains to Tags',
				{ event: 'mailboxDeleted', domains: 'acme.test' },
				{ event: 'mailboxDeleted', tags: 'acme.test' },
			],
		])('%s', async (_, from, to) => {
			expect(await switched(from, to)).toEqual({ items: null });
		});
	});
	it('Domains must be whole domain names, and Threshold (%) above 0 and at most 100', async () => {
		for (const bad of ['a/b.test', 'acme.test/x', 'acme', 'me@acme.test', 'acme.test:8080 x']) {
			const outcome = await trigger({
				event: 'mailboxCreated',
				domains: `={{ "acme.test, ${bad}" }}`,
			}).activate();
			expect(outcome.error?.message).toBe(`Domains contains "${bad}", which is not a domain name`);
			expect(outcome.error?.description).toBe('Correct the Domains field of the trigger.');
		}
		for (const threshold of [-5, 100.5]) {
			const outcome = await trigger({
				event: 'quotaAbove',
				threshold: `={{ ${threshold} }}`,
			}).activate();
			expect(outcome.error?.message).toBe('Threshold (%) must be a number above 0 and at most 100');
		}
		expect(mailcow.requests).toHaveLength(0);
		expect(await trigger({ event: 'quotaAbove', threshold: 100 }).activate()).toEqual({
			items: null,
		});
		expect(await trigger({ event: 'quotaAbove', threshold: 0.5 }).activate()).toEqual({
			items: null,
		});
	});

	it.each([
		{
			event: 'mailboxCreated',
			domains: 'acme.test, a%b.test',
			refused: 'Domains: "a%b.test" cannot be used as a name: it contains a percent sign',
		},
		{
			event: 'aliasCreated',
			domains: 'a?b.test',
			refused: 'Domains: "a?b.test" cannot be used as a name: it contains one of ? # &',
		},
		{
			event: 'appPasswordCreated',
			mailbox: 'a&b@acme.test',
			refused: 'Mailbox: "a&b@acme.test" cannot be used as a name: it contains one of ? # &',
		},
	])(
		'$event: a name the request path cannot carry is refused before sending, naming the field',
		async ({ refused, ...parameters }) => {
			expect((await trigger(parameters).activate()).error?.message).toBe(refused);
			expect(mailcow.requests).toHaveLength(0);
		},
	);
});
