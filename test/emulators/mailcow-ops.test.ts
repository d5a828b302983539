// The Mailcow emulator's [DOCKER] data (logs, container status, queue, quarantine, fail2ban bans)
// as tests control it: what a test puts into the state is what the routes answer, the way the
// mail containers would fill it on a real install. Polling triggers are tested on this.
import { MAILCOW_RW_KEY, MailcowEmulator } from './mailcow';

async function get(emulator: MailcowEmulator, path: string) {
	const response = await fetch(emulator.url + path, { headers: { 'X-API-Key': MAILCOW_RW_KEY } });
	const text = await response.text();
	return { status: response.status, body: (text === '' ? '' : JSON.parse(text)) as unknown };
}

async function post(emulator: MailcowEmulator, path: string, body: unknown) {
	const response = await fetch(emulator.url + path, {
		method: 'POST',
		headers: { 'X-API-Key': MAILCOW_RW_KEY, 'Content-Type': 'application/json' },
		body: JSON.stringify(body),
	});
	return { status: response.status, body: (await response.json()) as unknown };
}

describe('Mailcow emulator data of the mail containers', () => {
	const emulator = new MailcowEmulator();

	beforeAll(async () => {
		await emulator.start();
	});
	afterAll(async () => {
		await emulator.stop();
	});
	beforeEach(() => {
		emulator.reset();
		emulator.state.addDomain({ name: 'acme.test' });
		emulator.state.addMailbox({ username: 'alice@acme.test', password: 'Str0ng!Passw0rd' });
	});

	it('answers container log entries a test pushed, newest first, N or a from-to range', async () => {
		const { postfix } = emulator.state.logs;
		for (const n of [1, 2, 3]) {
			postfix.unshift({
				time: String(1795990000 + n),
				program: 'postfix/qmgr',
				priority: 'info',
				message: `EF17${n}: removed`,
			});
		}
		expect(await get(emulator, '/api/v1/get/logs/postfix/2')).toEqual({
			status: 200,
			body: [postfix[0], postfix[1]],
		});
		const range = (await get(emulator, '/api/v1/get/logs/postfix/2-3')).body as Array<{
			message: string;
		}>;
		expect(range.map((e) => e.message)).toEqual(['EF172: removed', 'EF171: removed']);
		expect((await get(emulator, '/api/v1/get/logs/dovecot/5')).body).toEqual({});
		expect((await get(emulator, '/api/v1/get/logs/nosuchlog/5')).status).toBe(404);
	});

	it('logs every API request in the api log, the request itself first', async () => {
		await post(emulator, '/api/v1/delete/fwdhost', ['192.0.2.1']);
		const log = (await get(emulator, '/api/v1/get/logs/api/2')).body as Array<
			Record<string, unknown>
		>;
		expect(log.map((e) => [e.method, e.uri, e.data])).toEqual([
			['GET', '/api/v1/get/logs/api/2', ''],
			['POST', '/api/v1/delete/fwdhost', `items='["192.0.2.1"]'`],
		]);
		expect(typeof log[0].time).toBe('number');
	});

	it('answers container status from state.containers, and the recorder shapes when the containers are off', async () => {
		emulator.state.containers['postfix-mailcow'].state = 'exited';
		const containers = (await get(emulator, '/api/v1/get/status/containers')).body as Record<
			string,
			{ state: string }
		>;
		expect(containers['postfix-mailcow'].state).toBe('exited');
		expect(containers['dovecot-mailcow'].state).toBe('running');
		emulator.state.mailContainers = false;
		expect((await get(emulator, '/api/v1/get/status/containers')).body).toBeNull();
		expect((await get(emulator, '/api/v1/get/status/vmail')).body).toEqual({
			type: 'info',
			disk: '',
			used: null,
			total: null,
			used_percent: null,
		});
	});

	it('lists quarantine rows a test added; release removes the row', async () => {
		expect((await get(emulator, '/api/v1/get/quarantine/all')).body).toEqual([]);
		const item = emulator.state.addQuarantineItem({
			rcpt: 'alice@acme.test',
			sender: 'bad@evil.test',
			subject: 'Invoice',
			score: 12.5,
			symbols: '[{"name":"VIRUS_FOUND","score":15}]',
		});
		const list = (await get(emulator, '/api/v1/get/quarantine/all')).body as Array<
			Record<string, unknown>
		>;
		expect(list).toEqual([
			expect.objectContaining({ id: item.id, subject: 'Invoice', virus_flag: 11, score: 12.5 }),
		]);
		expect(
			await post(emulator, '/api/v1/edit/qitem', {
				items: [String(item.id)],
				attr: { action: 'release' },
			}),
		).toEqual({
			status: 200,
			body: [expect.objectContaining({ type: 'success', msg: ['item_released', String(item.id)] })],
		});
		expect((await get(emulator, '/api/v1/get/quarantine/all')).body).toEqual([]);
	});

	it('answers the mail queue from state.mailQueue; hold and delete change it', async () => {
		emulator.state.mailQueue.push({
			queue_name: 'deferred',
			queue_id: 'B98C6260CA1',
			arrival_time: 1795990000,
			message_size: 1848,
			sender: 'alice@acme.test',
			recipients: ['bob@remote.test (connect to remote.test[192.0.2.9]:25: Connection timed out)'],
		});
		await post(emulator, '/api/v1/edit/mailq', {
			items: ['B98C6260CA1'],
			attr: { action: 'hold' },
		});
		expect((await get(emulator, '/api/v1/get/mailq/all')).body).toEqual([
			expect.objectContaining({ queue_id: 'B98C6260CA1', queue_name: 'hold' }),
		]);
		await post(emulator, '/api/v1/delete/mailq', ['B98C6260CA1']);
		expect((await get(emulator, '/api/v1/get/mailq/all')).body).toEqual([]);
	});

	it('shows the bans netfilter reports in get/fail2ban; unban lifts one', async () => {
		emulator.state.fail2ban.activeBans.push({
			network: '198.51.100.7/32',
			banned_until: Math.floor(Date.now() / 1000) + 3723,
			queued_for_unban: 0,
		});
		const before = (await get(emulator, '/api/v1/get/fail2ban')).body as Record<string, unknown>;
		// As mailcow builds it: the address, and the time left instead of the stored unix time.
		expect(before.active_bans).toEqual([
			{
				queued_for_unban: 0,
				network: '198.51.100.7/32',
				ip: '198.51.100.7',
				banned_until: expect.stringMatching(/^\d{2,}h \d{2}m \d{2}s$/),
			},
		]);
		await post(emulator, '/api/v1/edit/fail2ban', {
			items: ['198.51.100.7/32'],
			attr: { action: 'unban' },
		});
		const after = (await get(emulator, '/api/v1/get/fail2ban')).body as Record<string, unknown>;
		expect(after.active_bans).toBeUndefined();
	});
});
