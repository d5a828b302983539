import { addFilter } from '../../emulators/mailcow/routes/filter';
import { byAddress, items, run, runOk, useMailcow, wire } from '../setup';

const MARK = 'Vacation reply (set by n8n)';
const SORT = 'require "fileinto";\nif header :contains "List-Id" "news" { fileinto "News"; }';

// Sieve filters of a mailbox (undocumented): add/filter, get/filters/{mailbox}, edit/filter,
// delete/filter, and the vacation reply written as an active postfilter
// (mailcow-observed-2.md, "Sieve filters").
describe('Mailcow → Sieve Filter', () => {
	const mailcow = useMailcow();
	beforeEach(() => {
		mailcow.state.addDomain({ name: 'acme.test' });
		mailcow.state.addMailbox({ username: 'jane@acme.test', password: 'Secret-123-abc' });
		mailcow.state.addMailbox({ username: 'joe@acme.test', password: 'Secret-123-abc' });
	});
	const filters = () => [...mailcow.state.filters.values()];

	describe('Create', () => {
		it('adds an active prefilter by default', async () => {
			const out = await runOk(mailcow, {
				resource: 'sieveFilter',
				operation: 'create',
				sieveFilterMailbox: byAddress('jane@acme.test'),
				sieveFilterDescription: 'Drop spam subjects',
				sieveFilterScript: 'if header :contains "Subject" "spam" {\n  discard;\n  stop;\n}',
			});
			expect(wire(mailcow)).toEqual([
				{
					method: 'POST',
					rawPath: '/api/v1/add/filter',
					body: {
						username: 'jane@acme.test',
						filter_type: 'prefilter',
						script_desc: 'Drop spam subjects',
						script_data: 'if header :contains "Subject" "spam" {\n  discard;\n  stop;\n}',
						active: 1,
					},
				},
			]);
			expect(out).toEqual([
				{
					success: true,
					mailbox: 'jane@acme.test',
					filterType: 'prefilter',
					description: 'Drop spam subjects',
					messages: ['Mailbox changed (jane@acme.test)'],
				},
			]);
			expect(filters()).toEqual([
				expect.objectContaining({ active: 1, username: 'jane@acme.test' }),
			]);
		});

		it('adds an inactive postfilter when asked', async () => {
			await runOk(mailcow, {
				resource: 'sieveFilter',
				operation: 'create',
				sieveFilterMailbox: byAddress('jane@acme.test'),
				sieveFilterType: 'postfilter',
				sieveFilterDescription: 'Sort newsletters',
				sieveFilterScript: SORT,
				sieveFilterActive: false,
			});
			expect(mailcow.requests[0].body).toMatchObject({ filter_type: 'postfilter', active: 0 });
		});

		it("explains mailcow's sieve error in plain English", async () => {
			const result = await run(mailcow, {
				resource: 'sieveFilter',
				operation: 'create',
				sieveFilterMailbox: byAddress('jane@acme.test'),
				sieveFilterDescription: 'Junk',
				sieveFilterScript: 'fileinto "Junk";',
			});
			expect(result.error?.message).toBe(
				'Mailcow refused the request: sieve_error (line 1: unknown command fileinto)',
			);
			expect(result.error?.description).toContain('sieve script has an error');
			expect(filters()).toEqual([]);
		});
	});

	describe('Get Many', () => {
		it("lists each mailbox's filters, paired with its item", async () => {
			addFilter(mailcow.state, {
				username: 'jane@acme.test',
				filter_type: 'postfilter',
				script_desc: 'Sort newsletters',
				script_data: SORT,
				active: 1,
			});
			addFilter(mailcow.state, {
				username: 'joe@acme.test',
				filter_type: 'prefilter',
				script_desc: 'Keep',
				script_data: 'keep;',
				active: 0,
			});
			const result = await run(
				mailcow,
				{
					resource: 'sieveFilter',
					operation: 'getAll',
					sieveFilterMailbox: '={{ $json.who }}',
					returnAll: true,
				},
				{ items: items({ who: 'jane@acme.test' }, { who: 'joe@acme.test' }) },
			);
			expect(result.error).toBeUndefined();
			expect(wire(mailcow).map((r) => r.rawPath)).toEqual([
				'/api/v1/get/filters/jane%40acme.test',
				'/api/v1/get/filters/joe%40acme.test',
			]);
			expect(result.items.map((i) => [i.json, i.pairedItem])).toEqual([
				[
					{
						id: 1,
						mailbox: 'jane@acme.test',
						filterType: 'postfilter',
						description: 'Sort newsletters',
						active: true,
						script: SORT,
					},
					{ item: 0 },
				],
				[
					{
						id: 2,
						mailbox: 'joe@acme.test',
						filterType: 'prefilter',
						description: 'Keep',
						active: false,
						script: 'keep;',
					},
					{ item: 1 },
				],
			]);
		});

		it('lists every filter of a mailbox', async () => {
			for (const script_desc of ['One', 'Two', 'Three'])
				addFilter(mailcow.state, {
					username: 'jane@acme.test',
					filter_type: 'prefilter',
					script_desc,
					script_data: 'keep;',
					active: 0,
				});
			const out = await runOk(mailcow, {
				resource: 'sieveFilter',
				operation: 'getAll',
				sieveFilterMailbox: byAddress('jane@acme.test'),
			});
			expect(out.map((f) => [f.id, f.description])).toEqual([
				[1, 'One'],
				[2, 'Two'],
				[3, 'Three'],
			]);
		});

		it('outputs nothing for a mailbox without filters', async () => {
			const out = await runOk(mailcow, {
				resource: 'sieveFilter',
				operation: 'getAll',
				sieveFilterMailbox: byAddress('jane@acme.test'),
			});
			expect(out).toEqual([]);
		});
	});

	describe('Update', () => {
		it('changes the fields given and activates the filter', async () => {
			addFilter(mailcow.state, {
				username: 'jane@acme.test',
				filter_type: 'prefilter',
				script_desc: 'Old',
				script_data: 'keep;',
				active: 0,
			});
			const out = await runOk(mailcow, {
				resource: 'sieveFilter',
				operation: 'update',
				sieveFilterIds: '1',
				sieveFilterUpdateFields: { sieveFilterNewDescription: 'New', sieveFilterNewActive: true },
			});
			expect(wire(mailcow)).toEqual([
				{
					method: 'POST',
					rawPath: '/api/v1/edit/filter',
					body: { items: ['1'], attr: { script_desc: 'New', active: 1 } },
				},
			]);
			expect(out).toEqual([
				{ success: true, ids: ['1'], messages: ['Mailbox changed (jane@acme.test)'] },
			]);
			expect(filters()[0]).toMatchObject({ script_desc: 'New', active: 1, script_data: 'keep;' });
		});

		it('refuses an id that is not a number before sending (mailcow would skip it silently)', async () => {
			const result = await run(mailcow, {
				resource: 'sieveFilter',
				operation: 'update',
				sieveFilterIds: 'abc',
				sieveFilterUpdateFields: { sieveFilterNewActive: true },
			});
			expect(result.error?.message).toBe(
				'Filter IDs: enter a numeric ID, as Get Many outputs it (item 0)',
			);
			expect(mailcow.requests).toHaveLength(0);
		});
	});

	describe('Delete', () => {
		it('deletes filters by id and says which id mailcow did not know', async () => {
			addFilter(mailcow.state, {
				username: 'jane@acme.test',
				filter_type: 'prefilter',
				script_desc: 'One',
				script_data: 'keep;',
				active: 0,
			});
			const ok = await runOk(mailcow, {
				resource: 'sieveFilter',
				operation: 'delete',
				sieveFilterIds: '1',
			});
			expect(ok).toEqual([{ success: true, ids: ['1'], messages: ['Filter deleted (1)'] }]);
			expect(wire(mailcow)[0]).toEqual({
				method: 'POST',
				rawPath: '/api/v1/delete/filter',
				body: ['1'],
			});
			const missing = await run(mailcow, {
				resource: 'sieveFilter',
				operation: 'delete',
				sieveFilterIds: '1',
			});
			expect(missing.error?.message).toBe(
				'Mailcow refused the request for filter "1" (item 0): access_denied',
			);
		});
	});

	describe('Set Vacation Reply', () => {
		const vacation = {
			resource: 'sieveFilter',
			operation: 'setVacation',
			sieveFilterMailbox: byAddress('jane@acme.test'),
			sieveFilterVacationSubject: 'Out of "office"',
			sieveFilterVacationBody: 'I am away.\n.\nBack on Monday.',
			sieveFilterVacationStart: '2026-12-20T00:00:00',
			sieveFilterVacationEnd: '2027-01-06',
			sieveFilterVacationOptions: { sieveFilterVacationAddresses: 'info@acme.test' },
		};
		const script = [
			'require ["vacation", "date", "relational"];',
			'if allof (currentdate :value "ge" "date" "2026-12-20", currentdate :value "le" "date" "2027-01-06") {',
			'  vacation :days 7 :subject "Out of \\"office\\"" :addresses ["jane@acme.test", "info@acme.test"] text:',
			'I am away.',
			'..',
			'Back on Monday.',
			'.',
			'  ;',
			'}',
			'',
		].join('\n');

		it('adds the reply as an active postfilter and says which filter mailcow deactivated', async () => {
			addFilter(mailcow.state, {
				username: 'jane@acme.test',
				filter_type: 'postfilter',
				script_desc: 'Sort newsletters',
				script_data: SORT,
				active: 1,
			});
			const out = await runOk(mailcow, vacation);
			expect(wire(mailcow)).toEqual([
				{ method: 'GET', rawPath: '/api/v1/get/filters/jane%40acme.test', body: null },
				{
					method: 'POST',
					rawPath: '/api/v1/add/filter',
					body: {
						username: 'jane@acme.test',
						filter_type: 'postfilter',
						script_desc: MARK,
						script_data: script,
						active: 1,
					},
				},
			]);
			expect(out).toEqual([
				{
					success: true,
					mailbox: 'jane@acme.test',
					replaced: false,
					script,
					warnings: [
						'Filter 1 "Sort newsletters" is no longer active: mailcow keeps one active postfilter per mailbox.',
					],
					messages: ['Mailbox changed (jane@acme.test)'],
				},
			]);
			expect(filters().map((f) => [f.script_desc, f.active])).toEqual([
				['Sort newsletters', 0],
				[MARK, 1],
			]);
		});

		it('replaces the reply it wrote before, for each item', async () => {
			addFilter(mailcow.state, {
				username: 'jane@acme.test',
				filter_type: 'postfilter',
				script_desc: MARK,
				script_data: 'require "vacation";\nvacation "old";',
				active: 0,
			});
			const result = await run(
				mailcow,
				{
					...vacation,
					sieveFilterMailbox: '={{ $json.who }}',
					sieveFilterVacationStart: '',
					sieveFilterVacationEnd: '',
					sieveFilterVacationSubject: '',
					sieveFilterVacationBody: 'Away.',
					sieveFilterVacationOptions: { sieveFilterVacationDays: 3 },
				},
				{ items: items({ who: 'jane@acme.test' }, { who: 'joe@acme.test' }) },
			);
			expect(result.error).toBeUndefined();
			const edit = wire(mailcow).find((r) => r.rawPath === '/api/v1/edit/filter');
			expect(edit?.body).toEqual({
				items: ['1'],
				attr: {
					filter_type: 'postfilter',
					script_data:
						'require ["vacation"];\nvacation :days 3 :addresses ["jane@acme.test"] text:\nAway.\n.\n;\n',
					active: 1,
				},
			});
			expect(result.items.map((i) => [i.json.mailbox, i.json.replaced, i.pairedItem])).toEqual([
				['jane@acme.test', true, { item: 0 }],
				['joe@acme.test', false, { item: 1 }],
			]);
			expect(filters().map((f) => [f.username, f.script_desc, f.active])).toEqual([
				['jane@acme.test', MARK, 1],
				['joe@acme.test', MARK, 1],
			]);
		});

		it('refuses a subject of several lines before sending', async () => {
			const result = await run(mailcow, {
				...vacation,
				sieveFilterVacationSubject: 'Away\nBcc: all@acme.test',
			});
			expect(result.error?.message).toBe('Subject: must be one line (item 0)');
			expect(mailcow.requests).toHaveLength(0);
		});

		it('refuses an end before the start before sending', async () => {
			const result = await run(mailcow, {
				...vacation,
				sieveFilterVacationStart: '2027-01-07',
			});
			expect(result.error?.message).toBe('End Date: is before the Start Date (item 0)');
			expect(mailcow.requests).toHaveLength(0);
		});

		it('explains an unknown mailbox in plain English', async () => {
			const result = await run(mailcow, {
				...vacation,
				sieveFilterMailbox: byAddress('nobody@acme.test'),
			});
			expect(result.error?.message).toBe('Mailcow refused the request: access_denied');
			expect(result.error?.description).toContain('does not exist');
		});
	});

	describe('Remove Vacation Reply', () => {
		it('deletes the reply the node wrote and nothing else', async () => {
			addFilter(mailcow.state, {
				username: 'jane@acme.test',
				filter_type: 'postfilter',
				script_desc: 'Sort newsletters',
				script_data: SORT,
				active: 0,
			});
			addFilter(mailcow.state, {
				username: 'jane@acme.test',
				filter_type: 'postfilter',
				script_desc: MARK,
				script_data: 'require "vacation";\nvacation "Away.";',
				active: 1,
			});
			const out = await runOk(mailcow, {
				resource: 'sieveFilter',
				operation: 'removeVacation',
				sieveFilterMailbox: byAddress('jane@acme.test'),
			});
			expect(wire(mailcow)).toEqual([
				{ method: 'GET', rawPath: '/api/v1/get/filters/jane%40acme.test', body: null },
				{ method: 'POST', rawPath: '/api/v1/delete/filter', body: ['2'] },
			]);
			expect(out).toEqual([
				{
					success: true,
					mailbox: 'jane@acme.test',
					ids: ['2'],
					messages: ['Filter deleted (2)'],
				},
			]);
			expect(filters().map((f) => f.script_desc)).toEqual(['Sort newsletters']);
		});

		it('fails the item when the mailbox has no reply set by the node, deleting nothing', async () => {
			const result = await run(
				mailcow,
				{
					resource: 'sieveFilter',
					operation: 'removeVacation',
					sieveFilterMailbox: byAddress('jane@acme.test'),
				},
				{ continueOnFail: true },
			);
			expect(result.items.map((i) => i.json)).toEqual([
				{ error: 'Mailbox: jane@acme.test has no vacation reply set by n8n (item 0)' },
			]);
			expect(wire(mailcow).map((r) => r.method)).toEqual(['GET']);
		});
	});
});
