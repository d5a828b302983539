import { addPolicyEntry } from '../../emulators/mailcow/routes/policy';
import { byAddress, items, run, runOk, useMailcow, wire } from '../setup';

// Allow/deny sender lists of a mailbox (undocumented): add/mailbox-policy,
// get/policy_{wl,bl}_mailbox/{mailbox}, delete/mailbox-policy (mailcow-observed-2.md, "Domain
// antispam policies and mailbox policies"). Mailcow's API says whitelist (wl) / blacklist (bl).
describe('Mailcow → Mailbox Policy', () => {
	const mailcow = useMailcow();
	beforeEach(() => {
		mailcow.state.addDomain({ name: 'acme.test' });
		mailcow.state.addMailbox({ username: 'jane@acme.test', password: 'Secret-123-abc' });
		mailcow.state.addMailbox({ username: 'joe@acme.test', password: 'Secret-123-abc' });
	});
	const entries = () => [...mailcow.state.policies.values()];

	describe('Add Entry', () => {
		it('adds a sender to the denylist (blacklist) of a mailbox', async () => {
			const out = await runOk(mailcow, {
				resource: 'mailboxPolicy',
				operation: 'addEntry',
				mailboxPolicyMailbox: byAddress('jane@acme.test'),
				mailboxPolicyList: 'bl',
				mailboxPolicySender: '*@Spam.test',
			});
			expect(wire(mailcow)).toEqual([
				{
					method: 'POST',
					rawPath: '/api/v1/add/mailbox-policy',
					body: { username: 'jane@acme.test', object_list: 'bl', object_from: '*@spam.test' },
				},
			]);
			expect(out).toEqual([
				{
					success: true,
					mailbox: 'jane@acme.test',
					list: 'denylist',
					sender: '*@spam.test',
					messages: ['Mailbox changed (jane@acme.test)'],
				},
			]);
			expect(entries()).toEqual([
				expect.objectContaining({ object: 'jane@acme.test', list: 'bl', value: '*@spam.test' }),
			]);
		});

		it('explains a sender already on one of the lists in plain English', async () => {
			addPolicyEntry(mailcow.state, {
				object: 'jane@acme.test',
				list: 'wl',
				value: 'boss@partner.test',
			});
			const result = await run(mailcow, {
				resource: 'mailboxPolicy',
				operation: 'addEntry',
				mailboxPolicyMailbox: byAddress('jane@acme.test'),
				mailboxPolicyList: 'bl',
				mailboxPolicySender: 'boss@partner.test',
			});
			expect(result.error?.message).toBe('Mailcow refused the request: policy_list_from_exists');
			expect(result.error?.description).toContain('already on the allowlist or the denylist');
		});

		it('refuses a sender mailcow cannot store before sending', async () => {
			const result = await run(mailcow, {
				resource: 'mailboxPolicy',
				operation: 'addEntry',
				mailboxPolicyMailbox: byAddress('jane@acme.test'),
				mailboxPolicyList: 'wl',
				mailboxPolicySender: 'Boss <boss@partner.test>',
			});
			expect(result.error?.message).toBe(
				'Sender: "boss <boss@partner.test>" may hold letters, digits and @ _ . - * only (item 0)',
			);
			expect(mailcow.requests).toHaveLength(0);
		});
	});

	describe('Get Many', () => {
		it("lists each mailbox's allowlist with the domain's entries, paired with its item", async () => {
			addPolicyEntry(mailcow.state, {
				object: 'acme.test',
				list: 'wl',
				value: 'friend@partner.test',
			});
			addPolicyEntry(mailcow.state, {
				object: 'jane@acme.test',
				list: 'wl',
				value: 'boss@partner.test',
			});
			addPolicyEntry(mailcow.state, { object: 'jane@acme.test', list: 'bl', value: '*@spam.test' });
			const result = await run(
				mailcow,
				{
					resource: 'mailboxPolicy',
					operation: 'getAll',
					mailboxPolicyMailbox: '={{ $json.who }}',
					mailboxPolicyListToRead: 'wl',
					returnAll: true,
				},
				{ items: items({ who: 'jane@acme.test' }, { who: 'joe@acme.test' }) },
			);
			expect(result.error).toBeUndefined();
			expect(wire(mailcow).map((r) => r.rawPath)).toEqual([
				'/api/v1/get/policy_wl_mailbox/jane%40acme.test',
				'/api/v1/get/policy_wl_mailbox/joe%40acme.test',
			]);
			expect(result.items.map((i) => [i.json, i.pairedItem])).toEqual([
				[
					{
						id: 1,
						list: 'allowlist',
						sender: 'friend@partner.test',
						appliesTo: 'acme.test',
						level: 'domain',
					},
					{ item: 0 },
				],
				[
					{
						id: 2,
						list: 'allowlist',
						sender: 'boss@partner.test',
						appliesTo: 'jane@acme.test',
						level: 'mailbox',
					},
					{ item: 0 },
				],
				[
					{
						id: 1,
						list: 'allowlist',
						sender: 'friend@partner.test',
						appliesTo: 'acme.test',
						level: 'domain',
					},
					{ item: 1 },
				],
			]);
		});

		it('refuses a mailbox that is not one path segment, naming the field', async () => {
			const result = await run(
				mailcow,
				{
					resource: 'mailboxPolicy',
					operation: 'getAll',
					mailboxPolicyMailbox: '={{ $json.who }}',
					mailboxPolicyListToRead: 'wl',
				},
				{ items: items({ who: 'jane/../x@acme.test' }) },
			);
			expect(result.error?.message).toMatch(
				/^Mailbox: "jane\/\.\.\/x@acme\.test" cannot be used as a name: .* \(item 0\)$/,
			);
			expect(mailcow.requests).toEqual([]);
		});

		it('reads the denylist (blacklist) route', async () => {
			addPolicyEntry(mailcow.state, { object: 'jane@acme.test', list: 'bl', value: '*@spam.test' });
			const out = await runOk(mailcow, {
				resource: 'mailboxPolicy',
				operation: 'getAll',
				mailboxPolicyMailbox: byAddress('jane@acme.test'),
				mailboxPolicyListToRead: 'bl',
				simplify: false,
			});
			expect(wire(mailcow)[0].rawPath).toBe('/api/v1/get/policy_bl_mailbox/jane%40acme.test');
			expect(out).toEqual([{ object: 'jane@acme.test', value: '*@spam.test', prefid: 1 }]);
		});
	});

	describe('Delete', () => {
		it("deletes a mailbox's entries by ID", async () => {
			addPolicyEntry(mailcow.state, { object: 'jane@acme.test', list: 'bl', value: '*@spam.test' });
			const out = await runOk(mailcow, {
				resource: 'mailboxPolicy',
				operation: 'delete',
				mailboxPolicyIds: '1',
			});
			expect(wire(mailcow)).toEqual([
				{ method: 'POST', rawPath: '/api/v1/delete/mailbox-policy', body: ['1'] },
			]);
			expect(out).toEqual([{ success: true, ids: ['1'], messages: ['Deleted (1)'] }]);
			expect(entries()).toEqual([]);
		});

		it('explains that a domain entry is deleted through the domain', async () => {
			addPolicyEntry(mailcow.state, { object: 'acme.test', list: 'bl', value: '*@spam.test' });
			const result = await run(mailcow, {
				resource: 'mailboxPolicy',
				operation: 'delete',
				mailboxPolicyIds: '1',
			});
			expect(result.error?.message).toBe(
				'Mailcow refused the request for mailbox policy entry "1" (item 0): access_denied',
			);
			expect(result.error?.description).toContain('Domain → Delete Policy Entry');
			expect(entries()).toHaveLength(1);
		});
	});
});
