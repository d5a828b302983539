import type { INodeParameters } from 'n8n-workflow';
import { addTimeLimitedAlias } from '../../emulators/mailcow/routes/timeLimitedAlias';
import { byAddress, items, run, runOk, useMailcow, wire } from '../setup';

const HOUR = 3600;
const now = () => Math.floor(Date.now() / 1000);

// Time-limited (spam) aliases of a mailbox: add/time_limited_alias, get/time_limited_aliases,
// and the undocumented edit/delete routes (mailcow-observed-2.md, "Time-limited aliases").
describe('Mailcow → Time-Limited Alias', () => {
	const mailcow = useMailcow();
	beforeEach(() => {
		mailcow.state.addDomain({ name: 'acme.test' });
		mailcow.state.addMailbox({ username: 'jane@acme.test', password: 'Secret-123-abc' });
		mailcow.state.addMailbox({ username: 'joe@acme.test', password: 'Secret-123-abc' });
	});

	describe('Create', () => {
		it("sends the validity in hours with the mailbox's domain, and returns the new address", async () => {
			mailcow.state.nextTimeLimitedAddresses.push('bubago.cusegusu@acme.test');
			addTimeLimitedAlias(mailcow.state, { goto: 'jane@acme.test', description: 'older' });
			const out = await runOk(mailcow, {
				resource: 'timeLimitedAlias',
				operation: 'create',
				timeLimitedAliasMailbox: byAddress('jane@acme.test'),
				timeLimitedAliasDescription: 'shop sign-up',
				timeLimitedAliasValidity: 7,
				timeLimitedAliasValidityUnit: 'days',
			});
			expect(wire(mailcow)).toEqual([
				{ method: 'GET', rawPath: '/api/v1/get/time_limited_aliases/jane%40acme.test', body: null },
				{
					method: 'POST',
					rawPath: '/api/v1/add/time_limited_alias',
					body: {
						username: 'jane@acme.test',
						domain: 'acme.test',
						description: 'shop sign-up',
						validity: 168,
					},
				},
				{ method: 'GET', rawPath: '/api/v1/get/time_limited_aliases/jane%40acme.test', body: null },
			]);
			const fresh = [...mailcow.state.timeLimitedAliases.values()].find(
				(a) => a.description === 'shop sign-up',
			)!;
			expect(out).toEqual([
				{
					success: true,
					mailbox: 'jane@acme.test',
					address: fresh.address,
					description: 'shop sign-up',
					permanent: false,
					validUntil: new Date(fresh.validity * 1000).toISOString(),
					messages: ['Mailbox changed (jane@acme.test)'],
				},
			]);
			expect(fresh.validity - now()).toBeGreaterThan(168 * HOUR - 60);
		});

		it('sends a validity in hours, an alias domain and permanence as given', async () => {
			mailcow.state.aliasDomains.set('alias.test', {
				alias_domain: 'alias.test',
				target_domain: 'acme.test',
				active: 1,
				rl: false,
				created: '2026-11-30 10:00:00',
				modified: null,
			});
			const out = await runOk(mailcow, {
				resource: 'timeLimitedAlias',
				operation: 'create',
				timeLimitedAliasMailbox: byAddress('jane@acme.test'),
				timeLimitedAliasValidity: 36,
				timeLimitedAliasValidityUnit: 'hours',
				timeLimitedAliasOptions: {
					timeLimitedAliasDomain: 'alias.test',
					timeLimitedAliasPermanent: true,
				},
			});
			expect(mailcow.requests[1].body).toMatchObject({
				username: 'jane@acme.test',
				domain: 'alias.test',
				validity: 36,
				permanent: 1,
			});
			expect(out[0]).toMatchObject({ success: true, permanent: true });
		});

		it('takes 1 to 87600 hours and refuses 87601 before sending', async () => {
			const result = await run(
				mailcow,
				{
					resource: 'timeLimitedAlias',
					operation: 'create',
					timeLimitedAliasMailbox: byAddress('jane@acme.test'),
					timeLimitedAliasValidity: '={{ $json.hours }}',
					timeLimitedAliasValidityUnit: 'hours',
				},
				{ items: items({ hours: 1 }, { hours: 87600 }, { hours: 87601 }), continueOnFail: true },
			);
			expect(result.items.map((i) => i.json.error ?? i.json.success)).toEqual([
				true,
				true,
				'Validity: must be between 1 hour and 87600 hours (3650 days) (item 2)',
			]);
			expect(
				wire(mailcow)
					.filter((r) => r.method === 'POST')
					.map((r) => (r.body as { validity: number }).validity),
			).toEqual([1, 87600]);
		});

		it('outputs no address, with a warning, when another alias of the mailbox appeared meanwhile', async () => {
			let reads = 0;
			mailcow.onBeforeHandling((r) => {
				if (r.method === 'GET' && ++reads === 2)
					addTimeLimitedAlias(mailcow.state, { goto: 'jane@acme.test' });
			});
			const out = await runOk(mailcow, {
				resource: 'timeLimitedAlias',
				operation: 'create',
				timeLimitedAliasMailbox: byAddress('jane@acme.test'),
			});
			expect(out).toEqual([
				{
					success: true,
					mailbox: 'jane@acme.test',
					address: null,
					warnings: [
						'The alias was created, but 2 new aliases of the mailbox were found: read them with Get Many.',
					],
					messages: ['Mailbox changed (jane@acme.test)'],
				},
			]);
		});

		it('refuses a validity beyond 87600 hours before sending', async () => {
			const result = await run(mailcow, {
				resource: 'timeLimitedAlias',
				operation: 'create',
				timeLimitedAliasMailbox: byAddress('jane@acme.test'),
				timeLimitedAliasValidity: 3651,
				timeLimitedAliasValidityUnit: 'days',
			});
			expect(result.error?.message).toBe(
				'Validity: must be between 1 hour and 87600 hours (3650 days) (item 0)',
			);
			expect(mailcow.requests).toHaveLength(0);
		});

		it("explains mailcow's refusal of an unknown mailbox", async () => {
			const result = await run(mailcow, {
				resource: 'timeLimitedAlias',
				operation: 'create',
				timeLimitedAliasMailbox: byAddress('nobody@acme.test'),
			});
			expect(result.error?.message).toBe('Mailcow refused the request: access_denied');
			expect(result.error?.description).toContain('Mailcow refused access to the object');
		});
	});

	describe('Get Many', () => {
		it('lists the aliases of each mailbox, paired with its item', async () => {
			const a = addTimeLimitedAlias(mailcow.state, {
				goto: 'jane@acme.test',
				description: 'shop',
				validityHours: 24,
			});
			const b = addTimeLimitedAlias(mailcow.state, {
				goto: 'joe@acme.test',
				description: 'forum',
				permanent: true,
			});
			const result = await run(
				mailcow,
				{
					resource: 'timeLimitedAlias',
					operation: 'getAll',
					timeLimitedAliasMailbox: '={{ $json.who }}',
					returnAll: true,
				},
				{ items: items({ who: 'jane@acme.test' }, { who: 'joe@acme.test' }) },
			);
			expect(result.error).toBeUndefined();
			expect(result.items.map((i) => [i.json, i.pairedItem])).toEqual([
				[
					{
						address: a.address,
						mailbox: 'jane@acme.test',
						description: 'shop',
						permanent: false,
						validUntil: new Date(a.validity * 1000).toISOString(),
						created: expect.any(String),
						modified: null,
					},
					{ item: 0 },
				],
				[
					{
						address: b.address,
						mailbox: 'joe@acme.test',
						description: 'forum',
						permanent: true,
						validUntil: null,
						created: expect.any(String),
						modified: null,
					},
					{ item: 1 },
				],
			]);
		});
	});

	it('refuses a mailbox that is not one path segment, naming the field (Create, Get Many)', async () => {
		for (const operation of ['create', 'getAll']) {
			const result = await run(
				mailcow,
				{
					resource: 'timeLimitedAlias',
					operation,
					timeLimitedAliasMailbox: byAddress('={{ $json.who }}'),
				},
				{ items: items({ who: 'jane/../x@acme.test' }) },
			);
			expect([operation, result.error?.message]).toEqual([
				operation,
				expect.stringMatching(
					/^Mailbox: "jane\/\.\.\/x@acme\.test" cannot be used as a name: .* \(item 0\)$/,
				),
			]);
		}
		expect(mailcow.requests).toEqual([]);
	});

	describe('Update and Delete', () => {
		it('extends the validity (in hours, as mailcow counts from now)', async () => {
			const a = addTimeLimitedAlias(mailcow.state, { goto: 'jane@acme.test', permanent: true });
			const out = await runOk(mailcow, {
				resource: 'timeLimitedAlias',
				operation: 'update',
				timeLimitedAliases: a.address,
				timeLimitedAliasUpdateFields: { timeLimitedAliasNewValidity: 2 },
			});
			expect(wire(mailcow)).toEqual([
				{
					method: 'POST',
					rawPath: '/api/v1/edit/time_limited_alias',
					body: { items: [a.address], attr: { validity: 48 } },
				},
			]);
			expect(out).toEqual([
				{ success: true, addresses: [a.address], messages: ['Mailbox changed'] },
			]);
			expect(mailcow.state.timeLimitedAliases.get(a.address)).toMatchObject({ permanent: 0 });
		});

		it('makes an alias permanent', async () => {
			const a = addTimeLimitedAlias(mailcow.state, { goto: 'jane@acme.test' });
			await runOk(mailcow, {
				resource: 'timeLimitedAlias',
				operation: 'update',
				timeLimitedAliases: a.address,
				timeLimitedAliasUpdateFields: { timeLimitedAliasNewPermanent: true },
			});
			expect(mailcow.requests[0].body).toEqual({ items: [a.address], attr: { permanent: 1 } });
			expect(mailcow.state.timeLimitedAliases.get(a.address)).toMatchObject({ permanent: 1 });
		});

		it('ends permanence with a new validity alone (not permanent is not sent)', async () => {
			const a = addTimeLimitedAlias(mailcow.state, { goto: 'jane@acme.test', permanent: true });
			await runOk(mailcow, {
				resource: 'timeLimitedAlias',
				operation: 'update',
				timeLimitedAliases: a.address,
				timeLimitedAliasUpdateFields: {
					timeLimitedAliasNewPermanent: false,
					timeLimitedAliasNewValidity: 2,
				},
			});
			expect(mailcow.requests[0].body).toEqual({ items: [a.address], attr: { validity: 48 } });
			expect(mailcow.state.timeLimitedAliases.get(a.address)).toMatchObject({ permanent: 0 });
		});

		it('refuses permanent with a validity, and a validity unit without a validity', async () => {
			const update = (fields: INodeParameters) =>
				run(mailcow, {
					resource: 'timeLimitedAlias',
					operation: 'update',
					timeLimitedAliases: 'x.y@acme.test',
					timeLimitedAliasUpdateFields: fields,
				});
			const both = await update({
				timeLimitedAliasNewPermanent: true,
				timeLimitedAliasNewValidity: 2,
			});
			expect(both.error?.message).toBe(
				'Permanent: a permanent alias has no validity: set only one (item 0)',
			);
			const unitOnly = await update({ timeLimitedAliasNewValidityUnit: 'hours' });
			expect(unitOnly.error?.message).toBe('Validity: is required with a Validity Unit (item 0)');
			expect(mailcow.requests).toHaveLength(0);
		});

		it('refuses "not permanent" without a validity (mailcow would change nothing)', async () => {
			const result = await run(mailcow, {
				resource: 'timeLimitedAlias',
				operation: 'update',
				timeLimitedAliases: 'x.y@acme.test',
				timeLimitedAliasUpdateFields: { timeLimitedAliasNewPermanent: false },
			});
			expect(result.error?.message).toBe(
				'Permanent: to end a permanent alias, set a Validity (item 0)',
			);
			expect(mailcow.requests).toHaveLength(0);
		});

		it('deletes aliases and names the unknown one', async () => {
			const a = addTimeLimitedAlias(mailcow.state, { goto: 'jane@acme.test' });
			const result = await run(mailcow, {
				resource: 'timeLimitedAlias',
				operation: 'delete',
				timeLimitedAliases: `${a.address}, gone.gone@acme.test`,
			});
			expect(wire(mailcow)).toEqual([
				{
					method: 'POST',
					rawPath: '/api/v1/delete/time_limited_alias',
					body: [a.address, 'gone.gone@acme.test'],
				},
			]);
			expect(result.error?.message).toBe(
				'Mailcow refused the request for time-limited alias "gone.gone@acme.test" (item 0): access_denied',
			);
			expect(result.error?.description).toContain(`Succeeded items: ${a.address}`);
			expect(mailcow.state.timeLimitedAliases.size).toBe(0);
		});
	});
});
