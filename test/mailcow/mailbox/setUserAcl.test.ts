import { byAddress, items, run, runOk, useMailcow, wire } from '../setup';

// Mailbox → Set User ACL (edit/user-acl): {items, attr: {user_acl: [...]}} per mailbox; every
// permission not listed is switched off ([] = all off). There is no route to read ACLs back.
describe('Mailcow → Mailbox → Set User ACL', () => {
	const mailcow = useMailcow();
	beforeEach(() => {
		mailcow.state.addDomain({ name: 'acme.test', mailboxes: 10, quota: 10240, maxquota: 2048 });
		mailcow.state.addMailbox({ username: 'jane@acme.test', password: 'Secret-123-abc' });
		mailcow.state.addMailbox({ username: 'joe@acme.test', password: 'Secret-123-abc' });
	});

	it('replaces what the users of mailboxes may change themselves', async () => {
		const out = await runOk(mailcow, {
			resource: 'mailbox',
			operation: 'setUserAcl',
			mailboxes: byAddress('jane@acme.test, joe@acme.test'),
			mailboxUserAcl: ['spam_alias', 'app_passwds', 'pw_reset'],
		});
		expect(wire(mailcow)).toEqual([
			{
				method: 'POST',
				rawPath: '/api/v1/edit/user-acl',
				body: {
					items: ['jane@acme.test', 'joe@acme.test'],
					attr: { user_acl: ['spam_alias', 'app_passwds', 'pw_reset'] },
				},
			},
		]);
		expect(out).toEqual([
			{
				success: true,
				mailboxes: ['jane@acme.test', 'joe@acme.test'],
				permissions: ['spam_alias', 'app_passwds', 'pw_reset'],
				messages: ['Permissions saved (jane@acme.test)', 'Permissions saved (joe@acme.test)'],
			},
		]);
		expect([...mailcow.state.userAcl.get('joe@acme.test')!].sort()).toEqual([
			'app_passwds',
			'pw_reset',
			'spam_alias',
		]);
	});

	it('switches every permission off when none is selected', async () => {
		mailcow.state.userAcl.set('jane@acme.test', new Set(['spam_alias']));
		await runOk(mailcow, {
			resource: 'mailbox',
			operation: 'setUserAcl',
			mailboxes: byAddress('jane@acme.test'),
			mailboxUserAcl: [],
		});
		expect(wire(mailcow).map((r) => r.body)).toEqual([
			{ items: ['jane@acme.test'], attr: { user_acl: [] } },
		]);
		expect(mailcow.state.userAcl.get('jane@acme.test')!.size).toBe(0);
	});

	it('refuses a permission mailcow does not know before sending, paired with its item', async () => {
		// mailcow ignores unknown names silently: a typo would switch that permission off.
		const result = await run(
			mailcow,
			{
				resource: 'mailbox',
				operation: 'setUserAcl',
				mailboxes: byAddress('jane@acme.test'),
				mailboxUserAcl: '={{ $json.acl }}',
			},
			{
				items: items({ acl: ['spam_alias', 'pushovr'] }, { acl: ['pushover'] }),
				continueOnFail: true,
			},
		);
		expect(wire(mailcow).map((r) => r.body)).toEqual([
			{ items: ['jane@acme.test'], attr: { user_acl: ['pushover'] } },
		]);
		expect(result.items.map((i) => i.pairedItem)).toEqual([{ item: 0 }, { item: 1 }]);
		expect(result.items[0].json.error).toMatch(/^User Permissions: .*pushovr.*\(item 0\)$/);
		expect(result.items[1].json).toMatchObject({ success: true, permissions: ['pushover'] });
	});

	it('explains an unknown mailbox in plain English', async () => {
		const result = await run(mailcow, {
			resource: 'mailbox',
			operation: 'setUserAcl',
			mailboxes: byAddress('nobody@acme.test'),
			mailboxUserAcl: ['spam_alias'],
		});
		expect(result.error?.message).toBe(
			'Mailcow refused the request for mailbox "nobody@acme.test" (item 0): access_denied',
		);
		expect(result.error?.description).toContain('Mailcow refused access to the object');
	});
});
