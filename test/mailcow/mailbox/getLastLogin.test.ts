import { byAddress, items, run, runOk, useMailcow, wire } from '../setup';

// Mailbox → Get Last Login (undocumented get/last-login/{mailbox}[/{days}]): {"ui": {remote,
// time} or false, "sasl": [logins]}. Mailcow gives this shape for any name, even an unknown one.
describe('Mailcow → Mailbox → Get Last Login', () => {
	const mailcow = useMailcow();
	beforeEach(() => {
		mailcow.state.addDomain({ name: 'acme.test', mailboxes: 10, quota: 10240, maxquota: 2048 });
		mailcow.state.addMailbox({ username: 'jane@acme.test', password: 'Secret-123-abc' });
		mailcow.state.saslLogins.set('jane@acme.test', [
			{
				real_rip: '192.0.2.10',
				datetime: '2026-11-28 09:15:00',
				service: 'imap',
				app_password: null,
				app_password_name: null,
			},
		]);
	});

	it('reads the last logins of a mailbox, simplified', async () => {
		const out = await runOk(mailcow, {
			resource: 'mailbox',
			operation: 'getLastLogin',
			mailbox: byAddress('jane@acme.test'),
		});
		expect(wire(mailcow)).toEqual([
			{ method: 'GET', rawPath: '/api/v1/get/last-login/jane%40acme.test', body: null },
		]);
		expect(out).toEqual([
			{
				mailbox: 'jane@acme.test',
				webLogin: null,
				logins: [
					{
						ip: '192.0.2.10',
						time: '2026-11-28 09:15:00',
						service: 'imap',
						appPassword: null,
					},
				],
			},
		]);
	});

	it('reads a web interface login, an app password login and a login with its location', async () => {
		mailcow.state.uiLogins.set('jane@acme.test', { remote: '198.51.100.7', time: 1764316800 });
		mailcow.state.saslLogins.set('jane@acme.test', [
			{
				real_rip: '192.0.2.11',
				datetime: '2026-11-28 10:00:00',
				service: 'smtp',
				app_password: 3,
				app_password_name: 'Phone',
				location: 'DE',
			},
		]);
		const [out] = await runOk(mailcow, {
			resource: 'mailbox',
			operation: 'getLastLogin',
			mailbox: byAddress('jane@acme.test'),
		});
		expect(out).toEqual({
			mailbox: 'jane@acme.test',
			webLogin: { ip: '198.51.100.7', time: 1764316800 },
			logins: [
				{
					ip: '192.0.2.11',
					time: '2026-11-28 10:00:00',
					service: 'smtp',
					appPassword: 'Phone',
					location: 'DE',
				},
			],
		});
	});

	it('limits the logins to the last days, raw with Simplify off, one item per input item', async () => {
		const result = await run(
			mailcow,
			{
				resource: 'mailbox',
				operation: 'getLastLogin',
				mailbox: '={{ $json.who }}',
				mailboxLastLoginDays: 30,
				simplify: false,
			},
			{ items: items({ who: 'jane@acme.test' }, { who: 'joe@acme.test' }) },
		);
		expect(wire(mailcow).map((r) => r.rawPath)).toEqual([
			'/api/v1/get/last-login/jane%40acme.test/30',
			'/api/v1/get/last-login/joe%40acme.test/30',
		]);
		expect(result.items.map((i) => [i.json, i.pairedItem])).toEqual([
			[{ ui: false, sasl: [expect.objectContaining({ service: 'imap' })] }, { item: 0 }],
			[{ ui: false, sasl: [] }, { item: 1 }],
		]);
	});

	it('refuses a mailbox that would reach another route, before sending', async () => {
		const result = await run(mailcow, {
			resource: 'mailbox',
			operation: 'getLastLogin',
			mailbox: 'jane@acme.test/../../status/version',
		});
		expect(mailcow.requests).toEqual([]);
		expect(result.error?.message).toMatch(/^Mailbox: .*\(item 0\)$/);
	});
});
