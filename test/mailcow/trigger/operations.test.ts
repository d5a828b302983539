// Mailcow Trigger, events over mailcow's operational routes (quarantine, containers, fail2ban,
// logs, sync jobs, app passwords) against the emulator, through n8n-core's PollContext.
import type { IDataObject, INodeParameters } from 'n8n-workflow';
import { MAILCOW_RW_KEY } from '../../emulators/mailcow';
import type { MailcowState } from '../../emulators/mailcow/state';
import { TriggerHarness } from '../../helpers/pollTrigger';
import { credentials, useMailcow } from '../setup';

const mailcow = useMailcow();

const trigger = (parameters: INodeParameters) =>
	new TriggerHarness('mailcowTrigger', parameters, credentials(mailcow));

/** A write through the emulator's API, as an admin would make it in mailcow's UI. */
async function api(path: string, body: unknown) {
	const response = await fetch(`${mailcow.url}/api/v1/${path}`, {
		method: 'POST',
		headers: { 'content-type': 'application/json', 'x-api-key': MAILCOW_RW_KEY },
		body: JSON.stringify(body),
	});
	const answer = (await response.json()) as Array<{ type: string }>;
	expect(answer[0].type).toBe('success');
}

async function seed(state: MailcowState) {
	state.addDomain({ name: 'acme.test' });
	state.addDomain({ name: 'other.test' });
	state.addMailbox({ username: 'alice@acme.test', password: 'Secret-123' });
	state.addMailbox({ username: 'carol@other.test', password: 'Secret-123' });
	state.addQuarantineItem({ rcpt: 'alice@acme.test', sender: 'old@spam.test', subject: 'Old' });
	state.logs.ratelimited.unshift({ time: 1_700_000_000, rcpt: 'alice@acme.test', message: 'old' });
	for (const [username, user1] of [
		['alice@acme.test', 'alice'],
		['carol@other.test', 'carol'],
	]) {
		await api('add/syncjob', {
			username,
			host1: 'imap.old.test',
			port1: 993,
			user1,
			password1: 'Imap-Secret-1',
			enc1: 'SSL',
			mins_interval: 20,
			exclude: '',
			active: 1,
		});
	}
	await api('add/app-passwd', {
		username: 'alice@acme.test',
		app_name: 'Old phone',
		app_passwd: 'AppPass-1234',
		app_passwd2: 'AppPass-1234',
		active: '1',
		protocols: ['imap_access'],
	});
}

/** The sync job of a mailbox (alice's by default). */
const job = (state: MailcowState, mailbox = 'alice@acme.test') =>
	[...state.syncJobs.values()].find((j) => j.user2 === mailbox)!;

interface Case {
	title: string;
	parameters: INodeParameters;
	/** The GET the event sends (every poll). */
	path: RegExp;
	change: (state: MailcowState) => void | Promise<void>;
	expected: IDataObject[];
	/** A change the event (or its filter) must ignore. */
	ignored?: (state: MailcowState) => void | Promise<void>;
	/** State before activation. */
	before?: (state: MailcowState) => void;
}

const cases: Case[] = [
	{
		title: 'new quarantined message for a domain',
		parameters: { event: 'quarantined', domains: 'acme.test' },
		path: /^\/api\/v1\/get\/quarantine\/all$/,
		ignored: (s) => void s.addQuarantineItem({ rcpt: 'carol@other.test', subject: 'Not ours' }),
		change: (s) => {
			s.addQuarantineItem({
				rcpt: 'alice@acme.test',
				sender: 'bad@spam.test',
				subject: 'You won',
				score: 17.5,
			});
			s.addQuarantineItem({ rcpt: 'alice@acme.test', sender: 'x@spam.test', subject: 'Again' });
		},
		expected: [
			{ rcpt: 'alice@acme.test', sender: 'bad@spam.test', subject: 'You won', score: 17.5 },
			{ rcpt: 'alice@acme.test', subject: 'Again' },
		],
	},
	{
		title: 'container stopped',
		parameters: { event: 'containerStopped' },
		path: /^\/api\/v1\/get\/status\/containers$/,
		change: (s) => void (s.containers['postfix-mailcow'].state = 'exited'),
		expected: [{ container: 'postfix-mailcow', state: 'exited', previousState: 'running' }],
	},
	{
		title: 'container running again',
		parameters: { event: 'containerRunning' },
		path: /^\/api\/v1\/get\/status\/containers$/,
		before: (s) => void (s.containers['sogo-mailcow'].state = 'exited'),
		// Stopping is not this event.
		ignored: (s) => void (s.containers['acme-mailcow'].state = 'exited'),
		change: (s) => void (s.containers['sogo-mailcow'].state = 'running'),
		expected: [{ container: 'sogo-mailcow', state: 'running', previousState: 'exited' }],
	},
	{
		title: 'new fail2ban ban',
		parameters: { event: 'fail2banBanned' },
		path: /^\/api\/v1\/get\/fail2ban$/,
		change: (s) => {
			s.fail2ban.activeBans.push({
				network: '203.0.113.7/32',
				banned_until: 600,
				queued_for_unban: 0,
			});
			s.fail2ban.permBans.push('198.51.100.0/24');
		},
		expected: [
			{ network: '203.0.113.7/32', permanent: false },
			{ network: '198.51.100.0/24', permanent: true },
		],
	},
	{
		title: 'new log entries containing a text',
		// Containing Text is matched in any case, without the spaces around it.
		parameters: { event: 'logEntry', log: 'ratelimited', text: ' ALICE ' },
		path: /^\/api\/v1\/get\/logs\/ratelimited\/1-100$/,
		ignored: (s) => void s.logs.ratelimited.unshift({ time: 1_700_000_100, rcpt: 'bob@acme.test' }),
		change: (s) => {
			// Two entries in the same second as the newest one seen, and a later one.
			s.logs.ratelimited.unshift({ time: 1_700_000_100, rcpt: 'alice@acme.test', n: 1 });
			s.logs.ratelimited.unshift({ time: 1_700_000_200, rcpt: 'alice@acme.test', n: 2 });
		},
		expected: [
			{ rcpt: 'alice@acme.test', n: 1, log: 'ratelimited' },
			{ rcpt: 'alice@acme.test', n: 2, log: 'ratelimited' },
		],
	},
	{
		title: 'sync job failed',
		parameters: { event: 'syncJobFailed', domains: 'acme.test' },
		path: /^\/api\/v1\/get\/syncjobs\/all\/no_log$/,
		ignored: (s) => {
			Object.assign(job(s), {
				last_run: '2026-11-30 00:00:00',
				success: 1,
				exit_status: 'EXIT_OK',
			});
			// get/syncjobs/all lists every domain's jobs: the domain is matched here.
			Object.assign(job(s, 'carol@other.test'), {
				last_run: '2026-11-30 00:10:00',
				success: 0,
				exit_status: 'EXIT_CONNECTION_FAILURE',
			});
		},
		change: (s) => {
			Object.assign(job(s), {
				last_run: '2026-11-30 00:20:00',
				success: 0,
				exit_status: 'EXIT_CONNECTION_FAILURE',
			});
		},
		expected: [{ user2: 'alice@acme.test', exit_status: 'EXIT_CONNECTION_FAILURE' }],
	},
	{
		title: 'new app password of a mailbox',
		// The Mailbox is read in any case, without the spaces around it.
		parameters: { event: 'appPasswordCreated', mailbox: ' Alice@Acme.Test ' },
		path: /^\/api\/v1\/get\/app-passwd\/all\/alice%40acme\.test$/,
		ignored: async () =>
			await api('add/app-passwd', {
				username: 'carol@other.test',
				app_name: 'Other',
				app_passwd: 'AppPass-5678',
				app_passwd2: 'AppPass-5678',
				active: '1',
			}),
		change: async () =>
			await api('add/app-passwd', {
				username: 'alice@acme.test',
				app_name: 'New laptop',
				app_passwd: 'AppPass-9012',
				app_passwd2: 'AppPass-9012',
				active: '1',
			}),
		expected: [{ name: 'New laptop', mailbox: 'alice@acme.test' }],
	},
];

describe('Mailcow Trigger: operational events', () => {
	beforeEach(async () => await seed(mailcow.state));

	describe.each(cases)('$title', ({ parameters, path, change, expected, ignored, before }) => {
		beforeEach(() => before?.(mailcow.state));
		const fired = (items: IDataObject[] | null) =>
			expect(items).toEqual(expected.map((e) => expect.objectContaining(e)));

		it('first activation emits nothing; quiet and ignored changes emit nothing; the change once', async () => {
			const start = mailcow.requests.length;
			const poller = trigger(parameters);
			expect(await poller.activate()).toEqual({ items: null });
			for (let i = 0; i < 5; i++) expect(await poller.tick()).toEqual({ items: null });
			await ignored?.(mailcow.state);
			for (let i = 0; i < 5; i++) expect(await poller.tick()).toEqual({ items: null });
			await change(mailcow.state);
			const outcome = await poller.tick();
			expect(outcome.error).toBeUndefined();
			fired(outcome.items);
			for (let i = 0; i < 10; i++) expect(await poller.tick()).toEqual({ items: null });
			const sent = mailcow.requests.slice(start).filter((r) => r.method === 'GET');
			expect(sent).toHaveLength(22);
			for (const request of sent) expect(request.rawPath).toMatch(path);
			expect(JSON.stringify(outcome.items)).not.toMatch(/BLF-CRYPT|Imap-Secret/);
		});

		it('a failed poll changes no cursor; the next poll emits the change once', async () => {
			const poller = trigger(parameters);
			await poller.activate();
			const cursor = poller.cursor;
			await change(mailcow.state);
			mailcow.injectFault({ kind: 'serverError', status: 502 }, { times: 1 });
			expect((await poller.tick()).error?.message).toBe('Mailcow answered with HTTP 502');
			mailcow.injectFault({ kind: 'reset' }, { times: 1 });
			expect((await poller.tick()).error).toBeDefined();
			expect(poller.cursor).toEqual(cursor);
			fired((await poller.tick()).items);
			expect(await poller.tick()).toEqual({ items: null });
		});

		it('a restart neither repeats nor misses the change', async () => {
			const poller = trigger(parameters);
			await poller.activate();
			await change(mailcow.state);
			fired((await poller.restart()).items);
			expect((await poller.restart()).items).toBeNull();
		});

		it('Fetch Test Event shows a real item and changes nothing', async () => {
			const poller = trigger(parameters);
			await poller.activate();
			await change(mailcow.state);
			const cursor = poller.cursor;
			const shown = await poller.fetchTestEvent();
			expect(shown.items).toEqual([expect.objectContaining(expected[expected.length - 1])]);
			expect(poller.cursor).toEqual(cursor);
		});
	});

	it('a log read pages further only while a whole page is new, and misses nothing', async () => {
		const poller = trigger({ event: 'logEntry', log: 'netfilter', pageSize: 3 });
		await poller.activate();
		const start = mailcow.requests.length;
		for (let i = 1; i <= 7; i++)
			mailcow.state.logs.netfilter.unshift({ time: 1_800_000_000 + i, message: `ban ${i}` });
		const outcome = await poller.tick();
		expect(outcome.items?.map((e) => e.message)).toEqual(
			[1, 2, 3, 4, 5, 6, 7].map((i) => `ban ${i}`),
		);
		expect(mailcow.requests.slice(start).map((r) => r.rawPath)).toEqual([
			'/api/v1/get/logs/netfilter/1-3',
			'/api/v1/get/logs/netfilter/4-6',
			'/api/v1/get/logs/netfilter/7-9',
		]);
		expect(await poller.tick()).toEqual({ items: null });
	});

	it('activating on a full log page reads that one page only', async () => {
		for (let i = 1; i <= 7; i++)
			mailcow.state.logs.netfilter.unshift({ time: 1_800_000_000 + i, message: `ban ${i}` });
		const start = mailcow.requests.length;
		const poller = trigger({ event: 'logEntry', log: 'netfilter', pageSize: 3 });
		expect(await poller.activate()).toEqual({ items: null });
		expect(mailcow.requests.slice(start).map((r) => r.rawPath)).toEqual([
			'/api/v1/get/logs/netfilter/1-3',
		]);
		mailcow.state.logs.netfilter.unshift({ time: 1_800_000_008, message: 'ban 8' });
		expect((await poller.tick()).items).toEqual([
			{ time: 1_800_000_008, message: 'ban 8', log: 'netfilter' },
		]);
	});

	describe('a log read pages on while the oldest entry of a full page is not older than the cursor', () => {
		const T = 1_800_000_000;
		const ban = (n: number, time = T + n) => ({ time, message: `ban ${n}` });
		const numbers = (from: number, to: number) =>
			Array.from({ length: to - from + 1 }, (_, i) => from + i);

		it.each([
			{
				title: 'every entry new: at most 10 pages, the newest entries',
				before: [],
				added: numbers(1, 12).map((n) => ban(n)),
				pageSize: 1,
				ranges: numbers(1, 10).map((n) => `${n}-${n}`),
				emitted: numbers(3, 12),
			},
			{
				title: 'the first page holds an entry older than the cursor: that page only',
				before: numbers(1, 9).map((n) => ban(n)),
				added: [ban(10)],
				pageSize: 3,
				ranges: ['1-3'],
				emitted: [10],
			},
			{
				title: 'a page ends in the second of the cursor: the next page may hold more of it',
				before: [ban(1, T)],
				added: [ban(2, T), ban(3, T), ban(4, T)],
				pageSize: 2,
				ranges: ['1-2', '3-4', '5-6'],
				emitted: [2, 3, 4],
			},
		])('$title', async ({ before, added, pageSize, ranges, emitted }) => {
			const log = mailcow.state.logs.netfilter;
			for (const entry of before) log.unshift(entry);
			const poller = trigger({ event: 'logEntry', log: 'netfilter', pageSize });
			await poller.activate();
			const start = mailcow.requests.length;
			for (const entry of added) log.unshift(entry);
			const outcome = await poller.tick();
			expect(outcome.items?.map((e) => e.message)).toEqual(emitted.map((n) => `ban ${n}`));
			expect(mailcow.requests.slice(start).map((r) => r.rawPath)).toEqual(
				ranges.map((range) => `/api/v1/get/logs/netfilter/${range}`),
			);
		});

		it('an entry pushed late with an earlier second does not bring back entries already emitted', async () => {
			const log = mailcow.state.logs.netfilter;
			const push = (message: string, time: number) => log.unshift({ time, message });
			push('d', T - 5);
			push('e', T);
			const poller = trigger({ event: 'logEntry', log: 'netfilter', pageSize: 2 });
			await poller.activate();
			// Older than the cursor when it arrives: not reported.
			push('x', T - 1);
			push('z', T);
			expect((await poller.tick()).items?.map((e) => e.message)).toEqual(['z']);
			// Page 2 now holds x and e again: e was emitted before and stays so.
			push('y', T);
			expect((await poller.tick()).items?.map((e) => e.message)).toEqual(['y']);
		});
	});

	it('the API log leaves out reads of it, the trigger’s own and another trigger’s', async () => {
		const poller = trigger({ event: 'logEntry', log: 'api' });
		await poller.activate();
		for (let i = 0; i < 3; i++) expect(await poller.tick()).toEqual({ items: null });
		// Reads of the API log by another trigger (another page size) are left out as well.
		await trigger({ event: 'logEntry', log: 'api', pageSize: 50 }).activate();
		expect(await poller.tick()).toEqual({ items: null });
		await api('add/alias', { address: 'new@acme.test', goto: 'alice@acme.test', active: 1 });
		const outcome = await poller.tick();
		expect(outcome.items).toEqual([
			expect.objectContaining({ uri: '/api/v1/add/alias', method: 'POST', log: 'api' }),
		]);
	});

	it('sync jobs: a success however the database spells it, or no run yet, is no failure', async () => {
		const poller = trigger({ event: 'syncJobFailed' });
		await poller.activate();
		const run = (fields: IDataObject) => Object.assign(job(mailcow.state), fields);
		for (const [i, success] of [1, '1', true].entries()) {
			run({ last_run: `2026-11-30 0${i}:00:00`, success });
			expect(await poller.tick()).toEqual({ items: null });
		}
		run({ last_run: '', success: 0 });
		expect(await poller.tick()).toEqual({ items: null });
		run({ last_run: '2026-11-30 05:00:00', success: '0' });
		expect((await poller.tick()).items).toEqual([
			expect.objectContaining({ last_run: '2026-11-30 05:00:00', success: '0' }),
		]);
	});

	it('quarantine: a message released before the next poll is still reported', async () => {
		const poller = trigger({ event: 'quarantined' });
		await poller.activate();
		const item = mailcow.state.addQuarantineItem({ rcpt: 'alice@acme.test', subject: 'Gone' });
		const later = mailcow.state.addQuarantineItem({ rcpt: 'alice@acme.test', subject: 'Here' });
		mailcow.state.quarantine.delete(item.id);
		expect((await poller.tick()).items).toEqual([expect.objectContaining({ subject: 'Here' })]);
		expect(later.id).toBeGreaterThan(item.id);
	});

	it('containers: one that disappears while running is reported stopped, as missing', async () => {
		const poller = trigger({ event: 'containerStopped' });
		await poller.activate();
		delete mailcow.state.containers['sogo-mailcow'];
		expect((await poller.tick()).items).toEqual([
			{ container: 'sogo-mailcow', state: 'missing', previousState: 'running' },
		]);
		expect(await poller.tick()).toEqual({ items: null });
	});

	it('containers: several stopped in one poll are reported in name order', async () => {
		const poller = trigger({ event: 'containerStopped' });
		await poller.activate();
		mailcow.state.containers['sogo-mailcow'].state = 'exited';
		delete mailcow.state.containers['acme-mailcow'];
		expect((await poller.tick()).items).toEqual([
			{ container: 'acme-mailcow', state: 'missing', previousState: 'running' },
			expect.objectContaining({
				container: 'sogo-mailcow',
				state: 'exited',
				previousState: 'running',
			}),
		]);
	});

	it('fail2ban: a network moved from the active to the permanent bans is no new ban', async () => {
		const fail2ban = mailcow.state.fail2ban;
		fail2ban.activeBans.push({ network: '203.0.113.7/32', banned_until: 600, queued_for_unban: 0 });
		const poller = trigger({ event: 'fail2banBanned' });
		await poller.activate();
		fail2ban.activeBans.length = 0;
		fail2ban.permBans.push('203.0.113.7/32');
		expect(await poller.tick()).toEqual({ items: null });
		fail2ban.permBans.push('198.51.100.0/24');
		expect((await poller.tick()).items).toEqual([{ network: '198.51.100.0/24', permanent: true }]);
	});

	it('containers: one removed while running and added again, polls later, is "running again"', async () => {
		const poller = trigger({ event: 'containerRunning' });
		await poller.activate();
		const sogo = mailcow.state.containers['sogo-mailcow'];
		delete mailcow.state.containers['sogo-mailcow'];
		expect(await poller.tick()).toEqual({ items: null });
		expect(await poller.tick()).toEqual({ items: null });
		mailcow.state.containers['sogo-mailcow'] = sogo;
		expect((await poller.tick()).items).toEqual([
			{ ...sogo, container: 'sogo-mailcow', previousState: 'missing' },
		]);
		expect(await poller.tick()).toEqual({ items: null });
	});

	it('containers: a new container, or one removed while stopped and added again, is not "running again"', async () => {
		mailcow.state.containers['acme-mailcow'].state = 'exited';
		const poller = trigger({ event: 'containerRunning' });
		await poller.activate();
		mailcow.state.containers['extra-mailcow'] = {
			...mailcow.state.containers['sogo-mailcow'],
			container: 'extra-mailcow',
		};
		expect(await poller.tick()).toEqual({ items: null });
		// Removed while stopped: forgotten, so its return is a new container.
		const acme = mailcow.state.containers['acme-mailcow'];
		delete mailcow.state.containers['acme-mailcow'];
		expect(await poller.tick()).toEqual({ items: null });
		mailcow.state.containers['acme-mailcow'] = { ...acme, state: 'running' };
		expect(await poller.tick()).toEqual({ items: null });
	});

	it('containers: unreachable dockerapi fails the poll instead of reporting every container', async () => {
		const poller = trigger({ event: 'containerStopped' });
		await poller.activate();
		const cursor = poller.cursor;
		mailcow.state.mailContainers = false;
		const outcome = await poller.tick();
		expect(outcome.error?.message).toBe('Mailcow answered with an empty response');
		expect(poller.cursor).toEqual(cursor);
		mailcow.state.mailContainers = true;
		expect(await poller.tick()).toEqual({ items: null });
	});
});

// Fetch Test Event in the editor before the workflow was ever activated: no remembered state, so
// the trigger shows the most recent real item of the event, or says why there is none.
describe('Mailcow Trigger: Fetch Test Event before activation, and field checks', () => {
	beforeEach(async () => await seed(mailcow.state));
	const show = async (parameters: INodeParameters) => await trigger(parameters).fetchTestEvent();
	const why = async (parameters: INodeParameters) => {
		const shown = await show(parameters);
		expect(shown.error?.message).toBe('Nothing to show yet');
		return shown.error?.description;
	};

	it('quarantine: the newest message of the chosen domains', async () => {
		mailcow.state.addQuarantineItem({ rcpt: 'alice@acme.test', subject: 'Newer' });
		mailcow.state.addQuarantineItem({ rcpt: 'carol@other.test', subject: 'Not ours' });
		expect((await show({ event: 'quarantined', domains: 'acme.test' })).items).toEqual([
			expect.objectContaining({ rcpt: 'alice@acme.test', subject: 'Newer' }),
		]);
		expect(await why({ event: 'quarantined', domains: 'none.test' })).toBe(
			'The quarantine holds no message for the chosen domains.',
		);
	});

	it('containers: a stopped one as it would be reported; running ones for Running Again', async () => {
		expect(await why({ event: 'containerStopped' })).toBe(
			'Every container mailcow reports is running.',
		);
		mailcow.state.containers['sogo-mailcow'].state = 'exited';
		expect((await show({ event: 'containerStopped' })).items).toEqual([
			expect.objectContaining({
				container: 'sogo-mailcow',
				state: 'exited',
				previousState: 'running',
			}),
		]);
		expect((await show({ event: 'containerRunning' })).items).toEqual([
			expect.objectContaining({ container: 'acme-mailcow', state: 'running' }),
		]);
		for (const container of Object.values(mailcow.state.containers)) container.state = 'exited';
		expect(await why({ event: 'containerRunning' })).toBe(
			'No container has come back since the trigger was activated.',
		);
	});

	it('log entries: the newest entry containing the text, named with its log', async () => {
		mailcow.state.logs.ratelimited.unshift({ time: 1_700_000_100, rcpt: 'bob@acme.test' });
		expect((await show({ event: 'logEntry', log: 'ratelimited', text: 'alice' })).items).toEqual([
			{ time: 1_700_000_000, rcpt: 'alice@acme.test', message: 'old', log: 'ratelimited' },
		]);
		expect(await why({ event: 'logEntry', log: 'ratelimited', text: 'carol' })).toBe(
			'The ratelimited log has no entry containing "carol" yet.',
		);
		expect(await why({ event: 'logEntry', log: 'sogo' })).toBe('The sogo log has no entry yet.');
	});

	it('sync jobs: the most recent failed run', async () => {
		expect(await why({ event: 'syncJobFailed' })).toBe('No sync job has a failed last run.');
		Object.assign(job(mailcow.state), {
			last_run: '2026-11-30 00:20:00',
			success: 0,
			exit_status: 'EXIT_CONNECTION_FAILURE',
		});
		expect((await show({ event: 'syncJobFailed' })).items).toEqual([
			expect.objectContaining({ user2: 'alice@acme.test', exit_status: 'EXIT_CONNECTION_FAILURE' }),
		]);
	});

	// get/syncjobs lists jobs by id; of runs ending in the same second, the one listed last.
	it.each([
		{ alice: '2026-11-30 02:00:00', carol: '2026-11-30 01:00:00', shown: 'alice@acme.test' },
		{ alice: '2026-11-30 01:00:00', carol: '2026-11-30 02:00:00', shown: 'carol@other.test' },
		{ alice: '2026-11-30 01:00:00', carol: '2026-11-30 01:00:00', shown: 'carol@other.test' },
	])(
		'sync jobs: runs failed at $alice (alice) and $carol (carol) show $shown’s',
		async ({ alice, carol, shown }) => {
			const failed = { success: 0, exit_status: 'EXIT_CONNECTION_FAILURE' };
			Object.assign(job(mailcow.state), { ...failed, last_run: alice });
			Object.assign(job(mailcow.state, 'carol@other.test'), { ...failed, last_run: carol });
			expect((await show({ event: 'syncJobFailed' })).items).toEqual([
				expect.objectContaining({ user2: shown }),
			]);
		},
	);

	it('fail2ban and app passwords: what is missing is named', async () => {
		expect(await why({ event: 'fail2banBanned' })).toBe(
			'fail2ban has no banned network right now.',
		);
		expect(await why({ event: 'appPasswordCreated', mailbox: 'carol@other.test' })).toBe(
			'The mailbox carol@other.test has no app password yet.',
		);
	});

	it('refuses Entries per Request outside 1–1000 and a Mailbox that is no address, before sending', async () => {
		for (const pageSize of [0, 1001]) {
			const outcome = await trigger({
				event: 'logEntry',
				log: 'api',
				pageSize: `={{ ${pageSize} }}`,
			}).activate();
			expect(outcome.error?.message).toBe('Entries per Request must be between 1 and 1000');
			expect(outcome.error?.description).toBe(
				'Correct the Entries per Request field of the trigger.',
			);
		}
		for (const pageSize of [1, 1000]) {
			expect(await trigger({ event: 'logEntry', log: 'api', pageSize }).activate()).toEqual({
				items: null,
			});
		}
		const sent = mailcow.requests.length;
		for (const bad of ['alice', 'x/alice@acme.test', 'alice@acme.test/x', 'a b@acme.test']) {
			const mailbox = await trigger({ event: 'appPasswordCreated', mailbox: bad }).activate();
			expect(mailbox.error?.message).toBe(
				'Mailbox must be a mailbox address such as jane@example.com',
			);
		}
		expect(mailcow.requests).toHaveLength(sent);
	});
	it('a changed Log or Mailbox starts over silently instead of emitting what is there', async () => {
		async function switched(from: INodeParameters, to: INodeParameters, between: () => unknown) {
			const first = trigger(from);
			expect(await first.activate()).toEqual({ items: null });
			await between();
			const second = trigger(to);
			second.saved = first.saved;
			return await second.restart();
		}
		expect(
			await switched(
				{ event: 'logEntry', log: 'ratelimited' },
				{ event: 'logEntry', log: 'netfilter' },
				() => mailcow.state.logs.netfilter.unshift({ time: 1_800_000_000, message: 'ban' }),
			),
		).toEqual({ items: null });
		expect(
			await switched(
				{ event: 'appPasswordCreated', mailbox: 'alice@acme.test' },
				{ event: 'appPasswordCreated', mailbox: 'carol@other.test' },
				async () =>
					await api('add/app-passwd', {
						username: 'carol@other.test',
						app_name: 'Tablet',
						app_passwd: 'AppPass-5678',
						app_passwd2: 'AppPass-5678',
						active: '1',
					}),
			),
		).toEqual({ items: null });
	});
});
