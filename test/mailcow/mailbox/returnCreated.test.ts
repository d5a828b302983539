import { byName, items, run, runOk, useMailcow, wire } from '../setup';

// "Return Created Record": one read after the create, so the next node gets the mailbox as
// Get returns it (with the generated password, which no read can return).
describe('Mailcow → Mailbox → Create → Return Created Record', () => {
	const mailcow = useMailcow();
	beforeEach(() => {
		mailcow.state.addDomain({ name: 'acme.test', mailboxes: 4, quota: 4096, maxquota: 2048 });
	});

	it('reads the new mailbox back and outputs it with the generated password', async () => {
		const out = await runOk(mailcow, {
			resource: 'mailbox',
			operation: 'create',
			mailboxDomain: byName('acme.test'),
			localPart: 'Alice',
			mailboxQuota: 512,
			returnCreated: true,
		});
		expect(wire(mailcow).map((r) => `${r.method} ${r.rawPath}`)).toEqual([
			'POST /api/v1/add/mailbox',
			'GET /api/v1/get/mailbox/alice%40acme.test',
		]);
		const password = (mailcow.requests[0].body as Record<string, unknown>).password;
		expect(out).toHaveLength(1);
		expect(out[0]).toMatchObject({
			username: 'alice@acme.test',
			domain: 'acme.test',
			quotaMiB: 512,
			active: true,
			generatedPassword: password,
		});
		// The record replaces the confirmation (its `messages` is the mailbox's mail count).
		expect(out[0]).not.toHaveProperty('success');
		expect(out[0].messages).toBe(0);
	});

	it('keeps the create when the read fails: the item says so and keeps the password', async () => {
		mailcow.injectFault({ kind: 'serverError', status: 500 }, { match: (r) => r.method === 'GET' });
		const result = await run(
			mailcow,
			{
				resource: 'mailbox',
				operation: 'create',
				mailboxDomain: byName('acme.test'),
				localPart: 'bob',
				mailboxQuota: 512,
				returnCreated: true,
			},
			{ items: items({}) },
		);
		expect(result.error).toBeUndefined();
		const json = result.items[0].json;
		expect(json).toMatchObject({ success: true, username: 'bob@acme.test' });
		expect(json.generatedPassword).toEqual(
			(mailcow.requests[0].body as Record<string, unknown>).password,
		);
		expect(String(json.warnings)).toMatch(/created, but reading it back failed/);
		expect(mailcow.state.mailboxes.has('bob@acme.test')).toBe(true);
	});
});
