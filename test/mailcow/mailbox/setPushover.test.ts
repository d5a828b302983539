import { byAddress, items, run, runOk, useMailcow, wire } from '../setup';

const KEY = 'a1b2c3d4e5f6g7h8i9j0k1l2m3n4o5';
const TOKEN = 'z9y8x7w6v5u4t3s2r1q0p9o8n7m6l5';

// Mailbox → Set Pushover (edit/pushover): {items, attr: {key, token, active, title, text,
// senders, senders_regex, evaluate_x_prio, only_x_prio, sound}}; mailcow answers a plain
// "pushover_settings_edited" per mailbox. Key and token must be 30 letters or digits (the
// documented examples are not, and fail).
describe('Mailcow → Mailbox → Set Pushover', () => {
	const mailcow = useMailcow();
	beforeEach(() => {
		mailcow.state.addDomain({ name: 'acme.test', mailboxes: 10, quota: 10240, maxquota: 2048 });
		mailcow.state.addMailbox({ username: 'jane@acme.test', password: 'Secret-123-abc' });
		mailcow.state.addMailbox({ username: 'joe@acme.test', password: 'Secret-123-abc' });
	});

	it('sets the Pushover notifications of a mailbox; key and token stay out of the output', async () => {
		const out = await runOk(mailcow, {
			resource: 'mailbox',
			operation: 'setPushover',
			mailboxes: byAddress('jane@acme.test'),
			mailboxPushoverKey: KEY,
			mailboxPushoverToken: TOKEN,
			mailboxPushoverOptions: {
				title: 'Mail for {SUBJECT}',
				senders: 'boss@partner.test, ceo@partner.test',
				only_x_prio: true,
				sound: 'siren',
			},
		});
		expect(wire(mailcow)).toEqual([
			{
				method: 'POST',
				rawPath: '/api/v1/edit/pushover',
				body: {
					items: ['jane@acme.test'],
					attr: {
						active: 1,
						key: KEY,
						token: TOKEN,
						title: 'Mail for {SUBJECT}',
						senders: 'boss@partner.test,ceo@partner.test',
						only_x_prio: 1,
						sound: 'siren',
					},
				},
			},
		]);
		expect(out).toEqual([
			{
				success: true,
				mailboxes: ['jane@acme.test'],
				active: true,
				messages: ['Pushover settings saved'],
			},
		]);
		expect(JSON.stringify(out)).not.toContain(TOKEN);
		expect(mailcow.state.pushover.get('jane@acme.test')).toMatchObject({
			key: KEY,
			sound: 'siren',
		});
	});

	it('refuses a key that is not 30 letters or digits before sending, paired with its item', async () => {
		const result = await run(
			mailcow,
			{
				resource: 'mailbox',
				operation: 'setPushover',
				mailboxes: '={{ $json.who }}',
				mailboxPushoverKey: '={{ $json.key }}',
				mailboxPushoverToken: TOKEN,
			},
			{
				items: items(
					{ who: 'jane@acme.test', key: 'pushover_key' },
					{ who: 'joe@acme.test', key: KEY },
				),
				continueOnFail: true,
			},
		);
		expect(wire(mailcow).map((r) => r.body)).toEqual([
			{ items: ['joe@acme.test'], attr: { active: 1, key: KEY, token: TOKEN } },
		]);
		expect(result.items.map((i) => [i.json, i.pairedItem])).toEqual([
			[{ error: 'User Key: must be exactly 30 letters or digits (item 0)' }, { item: 0 }],
			[
				{
					success: true,
					mailboxes: ['joe@acme.test'],
					active: true,
					messages: ['Pushover settings saved'],
				},
				{ item: 1 },
			],
		]);
	});

	it("explains mailcow's refusal of the senders regex in plain English", async () => {
		const result = await run(mailcow, {
			resource: 'mailbox',
			operation: 'setPushover',
			mailboxes: byAddress('jane@acme.test'),
			mailboxPushoverKey: KEY,
			mailboxPushoverToken: TOKEN,
			mailboxPushoverOptions: { senders_regex: '([unclosed' },
		});
		expect(result.error?.message).toBe(
			'Mailcow refused the request for mailbox "jane@acme.test" (item 0): Invalid regex',
		);
		expect(result.error?.description).toContain(
			'The Senders Regex is not a valid regular expression',
		);
		expect(JSON.stringify(result.error)).not.toContain(TOKEN);
	});
});
