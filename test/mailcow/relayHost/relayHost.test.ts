import { everythingOf } from '../../helpers/secrets';
import { byId, itDeletesByIdWithABareArray, items, run, runOk, useMailcow, wire } from '../setup';

const SECRET = 'relay-Secret-42';

// Sender-dependent transports (add/relayhost, get/relayhost/{id|all}, edit/relayhost (undocumented),
// delete/relayhost). Mailcow answers their passwords in clear: the node outputs them only with
// Include Secrets on, and never in an error.
describe('Mailcow → Relay Host', () => {
	const mailcow = useMailcow();
	const seed = () => {
		mailcow.state.relayhosts.set(1, {
			id: 1,
			hostname: 'mailcow.tld:25',
			username: 'testuser',
			password: SECRET,
			active: 1,
		});
		mailcow.state.relayhosts.set(2, {
			id: 2,
			hostname: '[smtp.relay.test]:587',
			username: '',
			password: '',
			active: 1,
		});
		mailcow.state.nextRelayhostId = 3;
	};
	const simple1 = {
		id: 1,
		hostname: 'mailcow.tld:25',
		username: 'testuser',
		active: true,
		hasPassword: true,
		usedByDomains: [],
		usedByMailboxes: [],
	};
	const simple2 = {
		id: 2,
		hostname: '[smtp.relay.test]:587',
		username: '',
		active: true,
		hasPassword: false,
		usedByDomains: [],
		usedByMailboxes: [],
	};

	it("creates a relay host with mailcow's flat body; the password is sent, not output", async () => {
		const result = await run(mailcow, {
			resource: 'relayHost',
			operation: 'create',
			relayHostHostname: '[smtp.relay.test]:587',
			relayHostUsername: 'relay-user',
			relayHostPassword: SECRET,
		});
		expect(result.error).toBeUndefined();
		expect(wire(mailcow)).toEqual([
			{
				method: 'POST',
				rawPath: '/api/v1/add/relayhost',
				body: { hostname: '[smtp.relay.test]:587', username: 'relay-user', password: SECRET },
			},
		]);
		expect(result.items.map((i) => i.json)).toEqual([
			{
				success: true,
				hostname: '[smtp.relay.test]:587',
				username: 'relay-user',
				messages: ['Added'],
			},
		]);
		expect(mailcow.state.relayhosts.get(1)).toMatchObject({ password: SECRET, active: 1 });
		expect(everythingOf(result)).not.toContain(SECRET);
	});

	it('creates a relay host without a login: the output says username ""', async () => {
		const out = await runOk(mailcow, {
			resource: 'relayHost',
			operation: 'create',
			relayHostHostname: '[smtp.relay.test]:587',
		});
		expect(wire(mailcow)).toEqual([
			{
				method: 'POST',
				rawPath: '/api/v1/add/relayhost',
				body: { hostname: '[smtp.relay.test]:587' },
			},
		]);
		expect(out).toEqual([
			{ success: true, hostname: '[smtp.relay.test]:587', username: '', messages: ['Added'] },
		]);
	});

	it('lists the domains and mailboxes that send through a relay host', async () => {
		seed();
		for (const name of ['acme.test', 'beta.test']) {
			mailcow.state.addDomain({ name, mailboxes: 10, quota: 10240, maxquota: 2048 });
			mailcow.state.domains.get(name)!.relayhost = '1';
		}
		for (const username of ['jane@acme.test', 'joe@beta.test']) {
			mailcow.state.addMailbox({ username, password: 'Secret-123-abc' });
			mailcow.state.mailboxes.get(username)!.attributes.relayhost = '1';
		}
		const out = await runOk(mailcow, {
			resource: 'relayHost',
			operation: 'get',
			relayHost: byId('1'),
		});
		expect(out).toEqual([
			{
				...simple1,
				usedByDomains: ['acme.test', 'beta.test'],
				usedByMailboxes: ['jane@acme.test', 'joe@beta.test'],
			},
		]);
	});

	it('gets many without passwords, each record paired with its input item', async () => {
		seed();
		const result = await run(
			mailcow,
			{ resource: 'relayHost', operation: 'getAll', returnAll: true },
			{ items: items({ run: 0 }, { run: 1 }) },
		);
		expect(result.error).toBeUndefined();
		expect(wire(mailcow)[0]).toEqual({
			method: 'GET',
			rawPath: '/api/v1/get/relayhost/all',
			body: null,
		});
		expect(result.items.map((i) => [i.json, i.pairedItem])).toEqual([
			[simple1, { item: 0 }],
			[simple2, { item: 0 }],
			[simple1, { item: 1 }],
			[simple2, { item: 1 }],
		]);
		expect(everythingOf(result)).not.toContain(SECRET);
	});

	it("gets one by the id Get Many outputs; Simplify off keeps mailcow's record minus the password", async () => {
		seed();
		mailcow.state.addDomain({ name: 'acme.test', mailboxes: 10, quota: 10240, maxquota: 2048 });
		mailcow.state.domains.get('acme.test')!.relayhost = '1';
		const out = await runOk(mailcow, {
			resource: 'relayHost',
			operation: 'get',
			relayHost: byId('={{ 1 }}'),
			simplify: false,
		});
		expect(wire(mailcow)).toEqual([
			{ method: 'GET', rawPath: '/api/v1/get/relayhost/1', body: null },
		]);
		expect(out).toEqual([
			{
				id: 1,
				hostname: 'mailcow.tld:25',
				username: 'testuser',
				active: 1,
				used_by_domains: 'acme.test',
				used_by_mailboxes: '',
			},
		]);
	});

	it('outputs the password only with Include Secrets on', async () => {
		seed();
		const out = await runOk(mailcow, {
			resource: 'relayHost',
			operation: 'get',
			relayHost: byId('1'),
			includeSecrets: true,
		});
		expect(out).toEqual([{ ...simple1, password: SECRET }]);
	});

	it('fails a Get of an unknown id (mailcow answers {})', async () => {
		seed();
		const result = await run(mailcow, {
			resource: 'relayHost',
			operation: 'get',
			relayHost: byId('999'),
		});
		expect(result.error?.message).toBe('The relay host "999" was not found (item 0)');
	});

	it('refuses a mapped id that is not a number before sending', async () => {
		const result = await run(
			mailcow,
			{ resource: 'relayHost', operation: 'get', relayHost: byId('={{ $json.host }}') },
			{ items: items({ host: 'mailcow.tld' }) },
		);
		expect(result.error?.message).toBe(
			'Relay Host: enter a numeric ID, as Get Many outputs it (item 0)',
		);
		expect(mailcow.requests).toHaveLength(0);
	});

	it("updates relay hosts with mailcow's {items, attr} body (undocumented edit/relayhost)", async () => {
		seed();
		const out = await runOk(mailcow, {
			resource: 'relayHost',
			operation: 'update',
			relayHosts: byId('1, 2'),
			relayHostUpdateFields: { hostname: '[smtp2.relay.test]:465', active: false },
		});
		expect(wire(mailcow)).toEqual([
			{
				method: 'POST',
				rawPath: '/api/v1/edit/relayhost',
				body: { items: ['1', '2'], attr: { hostname: '[smtp2.relay.test]:465', active: 0 } },
			},
		]);
		expect(out).toEqual([
			{ success: true, ids: ['1', '2'], messages: ['Object changed', 'Object changed'] },
		]);
		expect(mailcow.state.relayhosts.get(2)).toMatchObject({
			hostname: '[smtp2.relay.test]:465',
			active: 0,
		});
	});

	it('explains an unknown id in plain English, without the new password, paired with its item', async () => {
		seed();
		const result = await run(
			mailcow,
			{
				resource: 'relayHost',
				operation: 'update',
				relayHosts: byId('={{ $json.id }}'),
				relayHostUpdateFields: { password: SECRET },
			},
			{ items: items({ id: 1 }, { id: 999 }), continueOnFail: true },
		);
		expect(result.items.map((i) => i.pairedItem)).toEqual([{ item: 0 }, { item: 1 }]);
		expect(result.items[0].json).toMatchObject({ success: true, ids: ['1'] });
		expect(result.items[1].json.error).toBe('Mailcow refused the request: relayhost_invalid (999)');
		expect(String(result.items[1].error?.description)).toContain(
			'No relay host (or, on Transport Map, no transport map) has this ID',
		);
		expect(everythingOf(result)).not.toContain(SECRET);
	});

	itDeletesByIdWithABareArray(mailcow, {
		records: 'relay hosts',
		resource: 'relayHost',
		idsParameter: 'relayHosts',
		ids: ['1', '2'],
		path: 'relayhost',
		messages: ['Deleted (1)', 'Deleted (2)'],
		seed,
		remaining: () => mailcow.state.relayhosts.size,
	});
});
