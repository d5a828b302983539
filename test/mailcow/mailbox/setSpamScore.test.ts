import { byAddress, items, run, runOk, useMailcow, wire } from '../setup';

// Mailbox → Set Spam Score (edit/spam-score): {items, attr: {spam_score: "low,high"}} per mailbox,
// "default" removes the mailbox's own thresholds. The documented body wrapped in an array does
// nothing (mailcow answers "Task completed"), so the node never sends it.
describe('Mailcow → Mailbox → Set Spam Score', () => {
	const mailcow = useMailcow();
	beforeEach(() => {
		mailcow.state.addDomain({ name: 'acme.test', mailboxes: 10, quota: 10240, maxquota: 2048 });
		mailcow.state.addMailbox({ username: 'jane@acme.test', password: 'Secret-123-abc' });
		mailcow.state.addMailbox({ username: 'joe@acme.test', password: 'Secret-123-abc' });
	});

	it('sets the low and high thresholds of mailboxes', async () => {
		const out = await runOk(mailcow, {
			resource: 'mailbox',
			operation: 'setSpamScore',
			mailboxes: byAddress('jane@acme.test, joe@acme.test'),
			mailboxSpamLow: 4.5,
			mailboxSpamHigh: 12.25,
		});
		expect(wire(mailcow)).toEqual([
			{
				method: 'POST',
				rawPath: '/api/v1/edit/spam-score',
				body: {
					items: ['jane@acme.test', 'joe@acme.test'],
					attr: { spam_score: '4.5,12.25' },
				},
			},
		]);
		expect(out).toEqual([
			{
				success: true,
				mailboxes: ['jane@acme.test', 'joe@acme.test'],
				low: 4.5,
				high: 12.25,
				messages: ['Mailbox changed (jane@acme.test)', 'Mailbox changed (joe@acme.test)'],
			},
		]);
		expect(mailcow.state.spamScores.get('joe@acme.test')).toBe('4.5,12.25');
	});

	it("goes back to the server's default thresholds", async () => {
		mailcow.state.spamScores.set('jane@acme.test', '8,15');
		const out = await runOk(mailcow, {
			resource: 'mailbox',
			operation: 'setSpamScore',
			mailboxes: byAddress('jane@acme.test'),
			mailboxSpamThresholds: 'default',
		});
		expect(wire(mailcow).map((r) => r.body)).toEqual([
			{ items: ['jane@acme.test'], attr: { spam_score: 'default' } },
		]);
		expect(out).toEqual([
			{
				success: true,
				mailboxes: ['jane@acme.test'],
				serverDefault: true,
				messages: ['Mailbox changed (jane@acme.test)'],
			},
		]);
		expect(mailcow.state.spamScores.has('jane@acme.test')).toBe(false);
	});

	it('takes equal thresholds (spam is rejected as soon as it is marked)', async () => {
		await runOk(mailcow, {
			resource: 'mailbox',
			operation: 'setSpamScore',
			mailboxes: byAddress('jane@acme.test'),
			mailboxSpamLow: 8,
			mailboxSpamHigh: 8,
		});
		expect(wire(mailcow).map((r) => r.body)).toEqual([
			{ items: ['jane@acme.test'], attr: { spam_score: '8,8' } },
		]);
	});

	it('refuses a high threshold below the low one before sending', async () => {
		const result = await run(mailcow, {
			resource: 'mailbox',
			operation: 'setSpamScore',
			mailboxes: byAddress('jane@acme.test'),
			mailboxSpamLow: 20,
			mailboxSpamHigh: 3,
		});
		expect(mailcow.requests).toEqual([]);
		expect(result.error?.message).toBe(
			'High Threshold: must not be below the Low Threshold (20) (item 0)',
		);
	});

	it('explains an unknown mailbox and pairs each outcome with its input item', async () => {
		const result = await run(
			mailcow,
			{
				resource: 'mailbox',
				operation: 'setSpamScore',
				mailboxes: '={{ $json.who }}',
				mailboxSpamLow: 6,
				mailboxSpamHigh: 14,
			},
			{
				items: items({ who: 'nobody@acme.test' }, { who: 'joe@acme.test' }),
				continueOnFail: true,
			},
		);
		expect(wire(mailcow).map((r) => r.body)).toEqual([
			{ items: ['nobody@acme.test'], attr: { spam_score: '6,14' } },
			{ items: ['joe@acme.test'], attr: { spam_score: '6,14' } },
		]);
		expect(result.items.map((i) => [i.json, i.pairedItem])).toEqual([
			[
				{
					error:
						'Mailcow refused the request for mailbox "nobody@acme.test" (item 0): access_denied',
				},
				{ item: 0 },
			],
			[
				{
					success: true,
					mailboxes: ['joe@acme.test'],
					low: 6,
					high: 14,
					messages: ['Mailbox changed (joe@acme.test)'],
				},
				{ item: 1 },
			],
		]);
	});
});
