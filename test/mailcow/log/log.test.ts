import { MailcowState } from '../../emulators/mailcow/state';
import { seedOperationsDemo } from '../../emulators/mailcow/demo-ops';
import { items, run, runOk, useMailcow, wire } from '../setup';

// Logs (get/logs/{log}/{count}): the newest entries of each log mailcow's API offers. The
// container logs are redis lists the containers fill ([DOCKER] in mailcow-observed-2.md); the
// entries below are shaped as the OpenAPI examples (rspamd-history: rspamd's /history rows).
const T = 1764480000; // 2025-11-30T05:20:00Z
const iso = (unix: number) => new Date(unix * 1000).toISOString();

const RAW = {
	acme: {
		message:
			'Certificate validation done, neither changed nor due for renewal, sleeping for another day.',
		time: String(T),
	},
	autodiscover: {
		service: 'activesync',
		time: T,
		ua: 'Microsoft Office/16.0 (Windows NT 6.2; MAPICPL 16.0.11328; Pro)',
		user: 'awesome@acme.test',
	},
	dovecot: {
		message:
			'managesieve-login: Disconnected (no auth attempts in 0 secs): user=<>, rip=172.22.1.3',
		priority: 'info',
		program: 'dovecot',
		time: String(T),
	},
	netfilter: { message: 'Add host/network 1.1.1.1/32 to blacklist', priority: 'crit', time: T },
	postfix: {
		message: 'EF1711500458: removed',
		priority: 'info',
		program: 'postfix/qmgr',
		time: String(T),
	},
	ratelimited: {
		from: 'awesome@acme.test',
		header_from: '"Awesome" <awesome@acme.test>',
		header_subject: 'Mailcow is amazing',
		ip: '172.22.1.248',
		message_id: '6a-5d892500-7-240abd80@90879116',
		qid: 'E3CF91500458',
		rcpt: 'hello@partner.test',
		rl_hash: 'RLsdz3tuabozgd4oacbdh8kc78',
		rl_info: 'mailcow(RLsdz3tuabozgd4oacbdh8kc78)',
		rl_name: 'mailcow',
		time: T,
		user: 'awesome@acme.test',
	},
	'rspamd-history': {
		'message-id': 'offer-77@spammer.test',
		ip: '203.0.113.80',
		action: 'reject',
		score: 16.2,
		required_score: 15,
		symbols: { BAYES_SPAM: { name: 'BAYES_SPAM', score: 5.1 } },
		size: 3412,
		unix_time: T,
		sender_mime: 'offers@spammer.test',
		sender_smtp: 'offers@spammer.test',
		rcpt_mime: ['awesome@acme.test'],
		rcpt_smtp: ['awesome@acme.test'],
		subject: 'Cheap watches',
		user: '',
		id: 'offer-77@spammer.test',
		scan_time: 0.412,
		is_skipped: false,
	},
	sogo: {
		message: '[109]: watchdog "GET /SOGo.index/ HTTP/1.1" 200 2531/0 0.005 - - 0',
		priority: 'notice',
		program: 'sogod',
		time: String(T),
	},
	watchdog: {
		hpdiff: '-1',
		hpnow: '4',
		hptotal: '5',
		lvl: '80',
		service: 'Rspamd',
		time: String(T),
	},
} as const;

const SIMPLE: Record<keyof typeof RAW, Record<string, unknown>> = {
	acme: {
		log: 'acme',
		time: iso(T),
		priority: null,
		message: RAW.acme.message,
	},
	autodiscover: {
		log: 'autodiscover',
		time: iso(T),
		priority: null,
		message: 'Autodiscover (activesync) for awesome@acme.test',
		user: 'awesome@acme.test',
		service: 'activesync',
		userAgent: RAW.autodiscover.ua,
	},
	dovecot: {
		log: 'dovecot',
		time: iso(T),
		priority: 'info',
		message: RAW.dovecot.message,
		program: 'dovecot',
	},
	netfilter: {
		log: 'netfilter',
		time: iso(T),
		priority: 'crit',
		message: RAW.netfilter.message,
	},
	postfix: {
		log: 'postfix',
		time: iso(T),
		priority: 'info',
		message: 'EF1711500458: removed',
		program: 'postfix/qmgr',
	},
	ratelimited: {
		log: 'ratelimited',
		time: iso(T),
		priority: null,
		message:
			'Rate limit "mailcow" reached: awesome@acme.test to hello@partner.test, subject "Mailcow is amazing"',
		user: 'awesome@acme.test',
		from: 'awesome@acme.test',
		recipient: 'hello@partner.test',
		subject: 'Mailcow is amazing',
		queueId: 'E3CF91500458',
		messageId: '6a-5d892500-7-240abd80@90879116',
		ip: '172.22.1.248',
		rateLimit: 'mailcow',
	},
	'rspamd-history': {
		log: 'rspamd-history',
		time: iso(T),
		priority: null,
		message:
			'reject (score 16.2 of 15): offers@spammer.test to awesome@acme.test, subject "Cheap watches"',
		action: 'reject',
		score: 16.2,
		requiredScore: 15,
		sender: 'offers@spammer.test',
		recipients: ['awesome@acme.test'],
		subject: 'Cheap watches',
		messageId: 'offer-77@spammer.test',
		ip: '203.0.113.80',
		sizeBytes: 3412,
		user: '',
	},
	sogo: {
		log: 'sogo',
		time: iso(T),
		priority: 'notice',
		message: RAW.sogo.message,
		program: 'sogod',
	},
	watchdog: {
		log: 'watchdog',
		time: iso(T),
		priority: null,
		message: 'Rspamd: health 80% (4 of 5 points, -1)',
		service: 'Rspamd',
		healthPercent: 80,
		healthPoints: 4,
		healthPointsTotal: 5,
		healthChange: -1,
	},
};

const CONTAINER_LOGS = Object.keys(RAW) as Array<keyof typeof RAW>;

describe('Mailcow → Log', () => {
	const mailcow = useMailcow();
	const older = (log: keyof typeof RAW, n: number) => ({
		...RAW[log],
		time: String(T - 60 * n),
		message: `older entry ${n}`,
	});

	it.each(CONTAINER_LOGS)(
		'gets the newest entries of the %s log with the same core fields (time as ISO-8601)',
		async (log) => {
			mailcow.state.logs[log].push({ ...RAW[log] }, older(log, 1), older(log, 2));
			const out = await runOk(mailcow, {
				resource: 'log',
				operation: 'getAll',
				logName: log,
				limit: 1,
			});
			expect(wire(mailcow)).toEqual([
				{ method: 'GET', rawPath: `/api/v1/get/logs/${log}/1`, body: null },
			]);
			expect(out).toEqual([SIMPLE[log]]);
		},
	);

	it('gets the api log: the request itself is its newest entry', async () => {
		mailcow.state.apiLog.push({
			time: T,
			uri: '/api/v1/edit/mailbox',
			method: 'POST',
			remote: '192.0.2.7',
			data: `items='["a@acme.test"]', attr='{"active":"0"}'`,
		});
		const out = await runOk(mailcow, {
			resource: 'log',
			operation: 'getAll',
			logName: 'api',
			limit: 2,
		});
		expect(wire(mailcow)).toEqual([
			{ method: 'GET', rawPath: '/api/v1/get/logs/api/2', body: null },
		]);
		expect(out).toHaveLength(2);
		expect(out[0]).toMatchObject({
			log: 'api',
			priority: null,
			message: 'GET /api/v1/get/logs/api/2',
			method: 'GET',
			uri: '/api/v1/get/logs/api/2',
		});
		expect(String(out[0].time)).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.000Z$/);
		expect(out[1]).toEqual({
			log: 'api',
			time: iso(T),
			priority: null,
			message: 'POST /api/v1/edit/mailbox',
			method: 'POST',
			uri: '/api/v1/edit/mailbox',
			remote: '192.0.2.7',
			data: `items='["a@acme.test"]', attr='{"active":"0"}'`,
		});
	});

	it('keeps a time it cannot read as mailcow sent it, and adds no program where a log has none', async () => {
		mailcow.state.logs.netfilter.push(
			{ message: 'no time', priority: 'crit' },
			{ message: 'empty time', priority: 'crit', time: '' },
			{ message: 'text time', priority: 'crit', time: 'yesterday' },
			{ message: 'zero time', priority: 'crit', time: 0 },
			{ message: 'unix time', priority: 'crit', time: T },
		);
		const out = await runOk(mailcow, {
			resource: 'log',
			operation: 'getAll',
			logName: 'netfilter',
			returnAll: true,
		});
		expect(out.map((e) => [e.message, e.time])).toEqual([
			['no time', null],
			['empty time', ''],
			['text time', 'yesterday'],
			['zero time', 0],
			['unix time', iso(T)],
		]);
		expect(Object.keys(out[4])).toEqual(['log', 'time', 'priority', 'message']);
	});

	it('rspamd history: every recipient, one given as a string, and fields rspamd left out', async () => {
		const base = { action: 'no action', score: 1.5, required_score: 15, unix_time: T };
		mailcow.state.logs['rspamd-history'].push(
			{ ...base, sender_smtp: 'a@partner.test', rcpt_smtp: ['x@acme.test', 'y@acme.test'] },
			{ ...base, sender_smtp: 'b@partner.test', rcpt_smtp: 'z@acme.test', size: 900 },
			{ unix_time: T, action: 'reject', sender_smtp: 'c@partner.test', subject: 'Hi' },
		);
		const out = await runOk(mailcow, {
			resource: 'log',
			operation: 'getAll',
			logName: 'rspamd-history',
			returnAll: true,
		});
		expect(out.map((e) => [e.message, e.recipients, e.score, e.sizeBytes])).toEqual([
			[
				'no action (score 1.5 of 15): a@partner.test to x@acme.test, y@acme.test, subject ""',
				['x@acme.test', 'y@acme.test'],
				1.5,
				null,
			],
			[
				'no action (score 1.5 of 15): b@partner.test to z@acme.test, subject ""',
				['z@acme.test'],
				1.5,
				900,
			],
			['reject (score  of ): c@partner.test to , subject "Hi"', [], null, null],
		]);
	});

	it('keeps the raw record with Simplify off', async () => {
		mailcow.state.logs.watchdog.push({ ...RAW.watchdog });
		mailcow.state.logs['rspamd-history'].push({ ...RAW['rspamd-history'] });
		const raw = async (logName: string) =>
			await runOk(mailcow, { resource: 'log', operation: 'getAll', logName, simplify: false });
		expect(await raw('watchdog')).toEqual([RAW.watchdog]);
		expect(await raw('rspamd-history')).toEqual([RAW['rspamd-history']]);
	});

	it('Return All asks without a count (mailcow answers the entries it keeps)', async () => {
		mailcow.state.logs.postfix.push({ ...RAW.postfix }, older('postfix', 1), older('postfix', 2));
		const out = await runOk(mailcow, {
			resource: 'log',
			operation: 'getAll',
			logName: 'postfix',
			returnAll: true,
		});
		expect(wire(mailcow)).toEqual([
			{ method: 'GET', rawPath: '/api/v1/get/logs/postfix', body: null },
		]);
		expect(out.map((e) => e.message)).toEqual([
			'EF1711500458: removed',
			'older entry 1',
			'older entry 2',
		]);
		expect(out[2].time).toBe(iso(T - 120));
	});

	it('an empty log is no items (mailcow answers {})', async () => {
		const out = await runOk(mailcow, { resource: 'log', operation: 'getAll', logName: 'acme' });
		expect(wire(mailcow)).toEqual([
			{ method: 'GET', rawPath: '/api/v1/get/logs/acme/50', body: null },
		]);
		expect(out).toEqual([]);
	});

	it('pairs each entry with its input item; an unknown log fails its own item only', async () => {
		mailcow.state.logs.netfilter.push({ ...RAW.netfilter });
		const result = await run(
			mailcow,
			{ resource: 'log', operation: 'getAll', logName: '={{ $json.log }}', limit: 5 },
			{ items: items({ log: 'netfilter' }, { log: '../status/version' }), continueOnFail: true },
		);
		expect(wire(mailcow)).toEqual([
			{ method: 'GET', rawPath: '/api/v1/get/logs/netfilter/5', body: null },
		]);
		expect(result.items.map((i) => [i.json, i.pairedItem])).toEqual([
			[SIMPLE.netfilter, { item: 0 }],
			[
				expect.objectContaining({
					error: expect.stringMatching(
						/^Log: "\.\.\/status\/version" is not one of acme, .*\(item 1\)$/,
					),
				}),
				{ item: 1 },
			],
		]);
	});

	it('the sandbox demo has entries in every log the node offers', () => {
		const state = new MailcowState();
		state.addDomain({ name: 'acme.test' });
		seedOperationsDemo(state, 'acme.test', 'a@acme.test', 'b@acme.test');
		for (const log of CONTAINER_LOGS)
			expect([log, state.logs[log].length > 0]).toEqual([log, true]);
	});

	it("the sandbox demo keeps every log newest first, as mailcow's redis lists are", () => {
		const state = new MailcowState();
		state.addDomain({ name: 'acme.test' });
		seedOperationsDemo(state, 'acme.test', 'a@acme.test', 'b@acme.test');
		for (const log of CONTAINER_LOGS) {
			const times = state.logs[log].map((entry) =>
				Number(
					(entry as { time?: unknown; unix_time?: unknown }).time ??
						(entry as { unix_time?: unknown }).unix_time,
				),
			);
			expect([log, times]).toEqual([log, [...times].sort((a, b) => b - a)]);
		}
	});
});
