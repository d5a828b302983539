import { byAddress, items, run, runOk, useMailcow, wire } from '../setup';

// Mailbox → Set TLS Policy (undocumented edit/tls_policy): {items, attr: {tls_enforce_in,
// tls_enforce_out}} per mailbox; edit/mailbox ignores these two flags.
describe('Mailcow → Mailbox → Set TLS Policy', () => {
	const mailcow = useMailcow();
	beforeEach(() => {
		mailcow.state.addDomain({ name: 'acme.test', mailboxes: 10, quota: 10240, maxquota: 2048 });
		mailcow.state.addMailbox({ username: 'jane@acme.test', password: 'Secret-123-abc' });
		mailcow.state.addMailbox({ username: 'joe@acme.test', password: 'Secret-123-abc' });
	});

	it('sets both TLS enforcement flags of a mailbox', async () => {
		const out = await runOk(mailcow, {
			resource: 'mailbox',
			operation: 'setTlsPolicy',
			mailboxes: byAddress('jane@acme.test'),
			mailboxTlsEnforceIn: true,
			mailboxTlsEnforceOut: false,
		});
		expect(wire(mailcow)).toEqual([
			{
				method: 'POST',
				rawPath: '/api/v1/edit/tls_policy',
				body: { items: ['jane@acme.test'], attr: { tls_enforce_in: 1, tls_enforce_out: 0 } },
			},
		]);
		expect(out).toEqual([
			{
				success: true,
				mailboxes: ['jane@acme.test'],
				tlsEnforceIn: true,
				tlsEnforceOut: false,
				messages: ['Mailbox changed (jane@acme.test)'],
			},
		]);
		expect(mailcow.state.mailboxes.get('jane@acme.test')!.attributes).toMatchObject({
			tls_enforce_in: '1',
			tls_enforce_out: '0',
		});
	});

	it('says in the output which flag is on, the other way round too', async () => {
		const [out] = await runOk(mailcow, {
			resource: 'mailbox',
			operation: 'setTlsPolicy',
			mailboxes: byAddress('jane@acme.test'),
			mailboxTlsEnforceIn: false,
			mailboxTlsEnforceOut: true,
		});
		expect(out).toMatchObject({ tlsEnforceIn: false, tlsEnforceOut: true });
		expect(mailcow.requests[0].body).toEqual({
			items: ['jane@acme.test'],
			attr: { tls_enforce_in: 0, tls_enforce_out: 1 },
		});
	});

	it('names the failed mailbox of a mixed answer and pairs each item', async () => {
		const result = await run(
			mailcow,
			{
				resource: 'mailbox',
				operation: 'setTlsPolicy',
				mailboxes: '={{ $json.who }}',
				mailboxTlsEnforceIn: true,
				mailboxTlsEnforceOut: true,
			},
			{
				items: items({ who: 'jane@acme.test, nobody@acme.test' }, { who: 'joe@acme.test' }),
				continueOnFail: true,
			},
		);
		expect(wire(mailcow).map((r) => r.body)).toEqual([
			{
				items: ['jane@acme.test', 'nobody@acme.test'],
				attr: { tls_enforce_in: 1, tls_enforce_out: 1 },
			},
			{ items: ['joe@acme.test'], attr: { tls_enforce_in: 1, tls_enforce_out: 1 } },
		]);
		expect(result.items.map((i) => i.pairedItem)).toEqual([{ item: 0 }, { item: 1 }]);
		expect(result.items[0].json.error).toBe(
			'Mailcow refused the request for mailbox "nobody@acme.test" (item 0): access_denied',
		);
		expect(result.items[1].json).toMatchObject({ success: true, mailboxes: ['joe@acme.test'] });
	});

	it('explains the failure in plain English', async () => {
		const result = await run(mailcow, {
			resource: 'mailbox',
			operation: 'setTlsPolicy',
			mailboxes: byAddress('nobody@acme.test'),
		});
		expect(result.error?.description).toContain('Mailcow refused access to the object');
	});
});
