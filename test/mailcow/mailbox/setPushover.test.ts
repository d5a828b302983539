import { expectNoSecret } from '../../helpers/secrets';
import { byAddress, items, run, runOk, useMailcow, wire } from '../setup';

// Made-up values of the shape Pushover uses (30 letters or digits).
const USER = 'a1b2c3d4e5f6g7h8i9j0k1l2m3n4o5';
const APP = 'z9y8x7w6v5u4t3s2r1q0p9o8n7m6l5';

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
			mailboxPushoverKey: USER,
			mailboxPushoverToken: APP,
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
						key: USER,
						token: APP,
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
		expect(JSON.stringify(out)).not.toContain(APP);
		expect(mailcow.state.pushover.get('jane@acme.test')).toMatchObject({
			key: USER,
			sound: 'siren',
		});
	});

	it('switches the notifications off, and says so in the output', async () => {
		const [out] = await runOk(mailcow, {
			resource: 'mailbox',
			operation: 'setPushover',
			mailboxes: byAddress('jane@acme.test'),
			mailboxPushoverActive: false,
			mailboxPushoverKey: USER,
			mailboxPushoverToken: APP,
		});
		expect(mailcow.requests[0].body).toMatchObject({ attr: { active: 0 } });
		expect(out).toMatchObject({ active: false });
	});

	it('refuses a key that is not 30 letters or digits before sending, paired with its item', async () => {
		const result = await run(
			mailcow,
			{
				resource: 'mailbox',
				operation: 'setPushover',
				mailboxes: '={{ $json.who }}',
				mailboxPushoverKey: '={{ $json.key }}',
				mailboxPushoverToken: APP,
			},
			{
				items: items(
					{ who: 'jane@acme.test', key: 'pushover_key' },
					{ who: 'joe@acme.test', key: USER },
				),
				continueOnFail: true,
			},
		);
		expect(wire(mailcow).map((r) => r.body)).toEqual([
			{ items: ['joe@acme.test'], attr: { active: 1, key: USER, token: APP } },
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
			mailboxPushoverKey: USER,
			mailboxPushoverToken: APP,
			mailboxPushoverOptions: { senders_regex: '([unclosed' },
		});
		expect(result.error?.message).toBe(
			'Mailcow refused the request for mailbox "jane@acme.test" (item 0): Invalid regex',
		);
		expect(result.error?.description).toContain(
			'The Senders Regex is not a valid regular expression',
		);
		// Key and token are in no output, error or run data (only in the workflow's own parameters).
		expectNoSecret(result, USER, APP);
	});
});
