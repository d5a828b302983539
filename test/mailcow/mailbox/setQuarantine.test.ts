import { byAddress, items, run, runOk, useMailcow, wire } from '../setup';

// Mailbox → Set Quarantine Notification (edit/quarantine_notification) and Set Quarantine
// Category (undocumented edit/quarantine_category). A value outside mailcow's list is refused by
// mailcow as access_denied and a missing one makes it answer an empty 200 (a swallowed PHP
// error): the node checks the value before sending.
describe('Mailcow → Mailbox → Set Quarantine Notification / Category', () => {
	const mailcow = useMailcow();
	beforeEach(() => {
		mailcow.state.addDomain({ name: 'acme.test', mailboxes: 10, quota: 10240, maxquota: 2048 });
		mailcow.state.addMailbox({ username: 'jane@acme.test', password: 'Secret-123-abc' });
		mailcow.state.addMailbox({ username: 'joe@acme.test', password: 'Secret-123-abc' });
	});

	it('sets how often mailboxes hear about quarantined mail', async () => {
		const out = await runOk(mailcow, {
			resource: 'mailbox',
			operation: 'setQuarantineNotification',
			mailboxes: byAddress('jane@acme.test, joe@acme.test'),
			mailboxQuarantineNotification: 'daily',
		});
		expect(wire(mailcow)).toEqual([
			{
				method: 'POST',
				rawPath: '/api/v1/edit/quarantine_notification',
				body: {
					items: ['jane@acme.test', 'joe@acme.test'],
					attr: { quarantine_notification: 'daily' },
				},
			},
		]);
		expect(out).toEqual([
			{
				success: true,
				mailboxes: ['jane@acme.test', 'joe@acme.test'],
				quarantineNotification: 'daily',
				messages: ['Mailbox changed (jane@acme.test)', 'Mailbox changed (joe@acme.test)'],
			},
		]);
		expect(mailcow.state.mailboxes.get('joe@acme.test')!.attributes.quarantine_notification).toBe(
			'daily',
		);
	});

	it('sets which quarantined mail the notifications cover', async () => {
		const out = await runOk(mailcow, {
			resource: 'mailbox',
			operation: 'setQuarantineCategory',
			mailboxes: byAddress('jane@acme.test'),
			mailboxQuarantineCategory: 'all',
		});
		expect(wire(mailcow)).toEqual([
			{
				method: 'POST',
				rawPath: '/api/v1/edit/quarantine_category',
				body: { items: ['jane@acme.test'], attr: { quarantine_category: 'all' } },
			},
		]);
		expect(out).toEqual([
			{
				success: true,
				mailboxes: ['jane@acme.test'],
				quarantineCategory: 'all',
				messages: ['Mailbox changed (jane@acme.test)'],
			},
		]);
	});

	it('refuses a value outside mailcow’s list before sending, paired with its item', async () => {
		const result = await run(
			mailcow,
			{
				resource: 'mailbox',
				operation: 'setQuarantineNotification',
				mailboxes: byAddress('jane@acme.test'),
				mailboxQuarantineNotification: '={{ $json.how }}',
			},
			{ items: items({ how: 'monthly' }, { how: 'weekly' }), continueOnFail: true },
		);
		expect(wire(mailcow).map((r) => r.body)).toEqual([
			{ items: ['jane@acme.test'], attr: { quarantine_notification: 'weekly' } },
		]);
		expect(result.items.map((i) => [i.json, i.pairedItem])).toEqual([
			[{ error: expect.stringMatching(/^Quarantine Notification: .*\(item 0\)$/) }, { item: 0 }],
			[
				{
					success: true,
					mailboxes: ['jane@acme.test'],
					quarantineNotification: 'weekly',
					messages: ['Mailbox changed (jane@acme.test)'],
				},
				{ item: 1 },
			],
		]);
	});

	it('explains an unknown mailbox in plain English', async () => {
		const result = await run(mailcow, {
			resource: 'mailbox',
			operation: 'setQuarantineCategory',
			mailboxes: byAddress('nobody@acme.test'),
			mailboxQuarantineCategory: 'reject',
		});
		expect(result.error?.message).toBe(
			'Mailcow refused the request for mailbox "nobody@acme.test" (item 0): access_denied',
		);
		expect(result.error?.description).toContain('Mailcow refused access to the object');
	});
});
