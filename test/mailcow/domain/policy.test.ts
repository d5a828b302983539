import { addPolicyEntry } from '../../emulators/mailcow/routes/policy';
import { byName, items, run, runOk, useMailcow, wire } from '../setup';

// The antispam sender lists of a domain: add/domain-policy, get/policy_{wl,bl}_domain/{domain},
// delete/domain-policy (mailcow-observed-2.md, "Domain antispam policies and mailbox policies").
// Mailcow's API says whitelist (wl) / blacklist (bl); the node shows Allowlist / Denylist.
describe('Mailcow → Domain → antispam policy', () => {
	const mailcow = useMailcow();
	beforeEach(() => {
		mailcow.state.addDomain({ name: 'acme.test' });
		mailcow.state.addDomain({ name: 'other.test' });
		mailcow.state.addMailbox({ username: 'jane@acme.test', password: 'Secret-123-abc' });
	});
	const entries = () => [...mailcow.state.policies.values()];

	describe('Add Policy Entry', () => {
		it('adds a sender to the denylist (blacklist) of a domain', async () => {
			const out = await runOk(mailcow, {
				resource: 'domain',
				operation: 'addPolicyEntry',
				domain: byName('acme.test'),
				domainPolicyList: 'bl',
				domainPolicySender: ' *@BadDomain.test',
			});
			expect(wire(mailcow)).toEqual([
				{
					method: 'POST',
					rawPath: '/api/v1/add/domain-policy',
					body: { domain: 'acme.test', object_list: 'bl', object_from: '*@baddomain.test' },
				},
			]);
			expect(out).toEqual([
				{
					success: true,
					domain: 'acme.test',
					list: 'denylist',
					sender: '*@baddomain.test',
					messages: ['Domain changed (acme.test)'],
				},
			]);
			expect(entries()).toEqual([
				expect.objectContaining({ object: 'acme.test', list: 'bl', value: '*@baddomain.test' }),
			]);
		});

		it('explains a sender already on the other list in plain English', async () => {
			addPolicyEntry(mailcow.state, { object: 'acme.test', list: 'bl', value: '*@baddomain.test' });
			const result = await run(mailcow, {
				resource: 'domain',
				operation: 'addPolicyEntry',
				domain: byName('acme.test'),
				domainPolicyList: 'wl',
				domainPolicySender: '*@baddomain.test',
			});
			expect(result.error?.message).toBe('Mailcow refused the request: policy_list_from_exists');
			expect(result.error?.description).toContain('already on the allowlist or the denylist');
		});
	});

	describe('Get Policy Entries', () => {
		it("lists each domain's allowlist (whitelist) with its mailboxes' entries, paired with its item", async () => {
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
			addPolicyEntry(mailcow.state, { object: 'other.test', list: 'wl', value: 'x@partner.test' });
			addPolicyEntry(mailcow.state, { object: 'acme.test', list: 'bl', value: '*@spam.test' });
			const result = await run(
				mailcow,
				{
					resource: 'domain',
					operation: 'getPolicyEntries',
					domain: '={{ $json.domain }}',
					domainPolicyListToRead: 'wl',
					returnAll: true,
				},
				{ items: items({ domain: 'acme.test' }, { domain: 'other.test' }) },
			);
			expect(result.error).toBeUndefined();
			expect(wire(mailcow).map((r) => r.rawPath)).toEqual([
				'/api/v1/get/policy_wl_domain/acme.test',
				'/api/v1/get/policy_wl_domain/other.test',
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
						id: 3,
						list: 'allowlist',
						sender: 'x@partner.test',
						appliesTo: 'other.test',
						level: 'domain',
					},
					{ item: 1 },
				],
			]);
		});

		it('refuses a domain that is no path segment, naming the field', async () => {
			const result = await run(mailcow, {
				resource: 'domain',
				operation: 'getPolicyEntries',
				domain: '={{ "acme.test/x" }}',
				domainPolicyListToRead: 'wl',
			});
			expect(result.error?.message).toBe(
				'Domain: "acme.test/x" cannot be used as a name: it contains a slash (item 0)',
			);
			expect(mailcow.requests).toHaveLength(0);
		});

		it('reads the denylist (blacklist) route', async () => {
			addPolicyEntry(mailcow.state, { object: 'acme.test', list: 'bl', value: '*@spam.test' });
			const out = await runOk(mailcow, {
				resource: 'domain',
				operation: 'getPolicyEntries',
				domain: byName('acme.test'),
				domainPolicyListToRead: 'bl',
				simplify: false,
			});
			expect(wire(mailcow)[0].rawPath).toBe('/api/v1/get/policy_bl_domain/acme.test');
			expect(out).toEqual([{ object: 'acme.test', value: '*@spam.test', prefid: 1 }]);
		});
	});

	describe('Delete Policy Entry', () => {
		it("deletes a domain's entries by ID", async () => {
			addPolicyEntry(mailcow.state, { object: 'acme.test', list: 'bl', value: '*@spam.test' });
			addPolicyEntry(mailcow.state, {
				object: 'acme.test',
				list: 'wl',
				value: 'friend@partner.test',
			});
			const out = await runOk(mailcow, {
				resource: 'domain',
				operation: 'deletePolicyEntry',
				domainPolicyIds: '1, 2',
			});
			expect(wire(mailcow)).toEqual([
				{ method: 'POST', rawPath: '/api/v1/delete/domain-policy', body: ['1', '2'] },
			]);
			expect(out).toEqual([
				{ success: true, ids: ['1', '2'], messages: ['Deleted (1)', 'Deleted (2)'] },
			]);
			expect(entries()).toEqual([]);
		});

		it('says a mailbox entry is deleted through Mailbox Policy, and which IDs were deleted', async () => {
			addPolicyEntry(mailcow.state, { object: 'acme.test', list: 'bl', value: '*@spam.test' });
			addPolicyEntry(mailcow.state, { object: 'jane@acme.test', list: 'bl', value: '*@junk.test' });
			const result = await run(mailcow, {
				resource: 'domain',
				operation: 'deletePolicyEntry',
				domainPolicyIds: '1, 2',
			});
			expect(result.error?.message).toBe(
				'Mailcow refused the request for domain policy entry "2" (item 0): access_denied',
			);
			expect(result.error?.description).toContain('Failed items: 2\nSucceeded items: 1');
			expect(result.error?.description).toContain('Mailbox Policy → Delete');
			expect(entries().map((e) => e.prefid)).toEqual([2]);
		});
	});
});
