import { byAddress, run, runOk, useMailcow, wire } from '../setup';

// Mailbox → Get Spam Score (get/spam-score/{mailbox}): mailcow answers {"score":"low,high"},
// the server default when the mailbox has none, and {} for an unknown mailbox.
describe('Mailcow → Mailbox → Get Spam Score', () => {
	const mailcow = useMailcow();
	beforeEach(() => {
		mailcow.state.addDomain({ name: 'acme.test', mailboxes: 10, quota: 10240, maxquota: 2048 });
		mailcow.state.addMailbox({ username: 'jane@acme.test', password: 'Secret-123-abc' });
	});

	it('reads the thresholds as numbers', async () => {
		mailcow.state.spamScores.set('jane@acme.test', '4.5,12.25');
		const out = await runOk(mailcow, {
			resource: 'mailbox',
			operation: 'getSpamScore',
			mailbox: byAddress('jane@acme.test'),
		});
		expect(wire(mailcow)).toEqual([
			{ method: 'GET', rawPath: '/api/v1/get/spam-score/jane%40acme.test', body: null },
		]);
		expect(out).toEqual([{ mailbox: 'jane@acme.test', low: 4.5, high: 12.25 }]);
	});

	it("gives mailcow's raw answer with Simplify off", async () => {
		const out = await runOk(mailcow, {
			resource: 'mailbox',
			operation: 'getSpamScore',
			mailbox: byAddress('jane@acme.test'),
			simplify: false,
		});
		expect(out).toEqual([{ score: mailcow.state.defaultSpamScore }]);
	});

	it('names an unknown mailbox as not found', async () => {
		const result = await run(mailcow, {
			resource: 'mailbox',
			operation: 'getSpamScore',
			mailbox: byAddress('nobody@acme.test'),
		});
		expect(result.error?.message).toBe('The mailbox "nobody@acme.test" was not found (item 0)');
	});
});
