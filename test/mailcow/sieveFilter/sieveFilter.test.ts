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
	/** The vacation reply Set Vacation Reply writes, active, in jane's filters. */
	const janesReply = () =>
		addFilter(mailcow.state, {
			username: 'jane@acme.test',
			filter_type: 'postfilter',
			script_desc: MARK,
			script_data: 'require "vacation";\nvacation "Away.";',
			active: 1,
		});

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

		const condition = (from: string, until?: string) =>
			until
				? `if allof (currentdate :value "ge" "date" "${from}", currentdate :value "le" "date" "${until}") {`
				: `if currentdate :value "ge" "date" "${from}" {`;

		// The day as written: typed text (spaces around it), an expression's Luxon DateTime (its own
		// zone, not UTC) or JavaScript Date; a range of one day is allowed.
		it.each([
			['typed text with spaces around it', ' 2026-12-20 ', '', condition('2026-12-20')],
			[
				'a Luxon DateTime, in its own zone',
				"={{ DateTime.fromISO('2026-12-20T02:30:00+05:00', { setZone: true }) }}",
				'',
				condition('2026-12-20'),
			],
			[
				'a JavaScript Date',
				'={{ new Date(Date.UTC(2026, 11, 20, 23, 30)) }}',
				'',
				condition('2026-12-20'),
			],
			[
				'one day (end on the start day)',
				'2026-12-24',
				'2026-12-24T18:00:00',
				condition('2026-12-24', '2026-12-24'),
			],
		])('reads the dates from %s', async (_what, start, end, expected) => {
			const out = await runOk(mailcow, {
				...vacation,
				sieveFilterVacationStart: start,
				sieveFilterVacationEnd: end,
			});
			const sent = String((wire(mailcow)[1].body as { script_data: string }).script_data);
			expect(sent.split('\n')[1]).toBe(expected);
			expect(out[0].script).toBe(sent);
		});

		it.each([
			['a word', 'tomorrow', '"tomorrow"'],
			['a day the month does not have', '2026-02-30', '"2026-02-30"'],
			['a month that does not exist', '2026-13-01', '"2026-13-01"'],
			['an object that is no date', '={{ { day: 20 } }}', '""'],
		])('refuses %s as a date before sending', async (_what, start, shown) => {
			const result = await run(mailcow, {
				...vacation,
				sieveFilterVacationStart: start,
				sieveFilterVacationEnd: '',
			});
			expect(result.error?.message).toBe(
				`Start Date: ${shown} is not a date such as 2026-12-24 (item 0)`,
			);
			expect(mailcow.requests).toHaveLength(0);
		});

		it('warns only about another active postfilter: its own reply, prefilters and inactive filters stay', async () => {
			for (const [filter_type, script_desc, active] of [
				['prefilter', 'Drop spam', 1],
				['postfilter', 'Sort newsletters', 0],
				['postfilter', MARK, 1],
			] as const)
				addFilter(mailcow.state, {
					username: 'jane@acme.test',
					filter_type,
					script_desc,
					script_data: 'keep;',
					active,
				});
			const out = await runOk(mailcow, vacation);
			expect(wire(mailcow)[1]).toEqual({
				method: 'POST',
				rawPath: '/api/v1/edit/filter',
				body: { items: ['3'], attr: { filter_type: 'postfilter', script_data: script, active: 1 } },
			});
			expect(out).toEqual([
				{
					success: true,
					mailbox: 'jane@acme.test',
					replaced: true,
					script,
					messages: ['Mailbox changed (jane@acme.test)'],
				},
			]);
			expect(filters().map((f) => [f.script_desc, f.active])).toEqual([
				['Drop spam', 1],
				['Sort newsletters', 0],
				[MARK, 1],
			]);
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
			janesReply();
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

	// What the vacation operations share: the read of the mailbox's filters before the write.
	describe('Set and Remove Vacation Reply', () => {
		const setVacation = {
			resource: 'sieveFilter',
			operation: 'setVacation',
			sieveFilterVacationBody: 'Away.',
		};
		const removeVacation = { resource: 'sieveFilter', operation: 'removeVacation' };
		/** A mailbox given by an expression (the address mode's pattern would stop the workflow). */
		const typed = (mailbox: string) => `={{ ${JSON.stringify(mailbox)} }}`;

		// get/filters/all lists every mailbox's filters; a mailbox typed "all" owns none of them.
		it.each([
			['Get Many', { resource: 'sieveFilter', operation: 'getAll' }, undefined],
			['Set Vacation Reply', setVacation, 'Mailcow refused the request: access_denied'],
			[
				'Remove Vacation Reply',
				removeVacation,
				'Mailbox: all has no vacation reply set by n8n (item 0)',
			],
		])(
			'%s for a mailbox typed "all" touches no other mailbox\'s filters',
			async (_name, parameters, error) => {
				const before = structuredClone(janesReply());
				const result = await run(mailcow, { ...parameters, sieveFilterMailbox: typed('all') });
				expect(result.error?.message).toBe(error);
				expect(result.items).toEqual([]);
				expect(wire(mailcow)[0]).toEqual({
					method: 'GET',
					rawPath: '/api/v1/get/filters/all',
					body: null,
				});
				expect(filters()).toEqual([before]);
			},
		);

		it('says why nothing was deleted when the mailbox has no reply set by the node', async () => {
			const result = await run(mailcow, {
				...removeVacation,
				sieveFilterMailbox: byAddress('jane@acme.test'),
			});
			expect(result.error?.description).toBe(
				`Check the "Mailbox" field of item 0. Mailcow lists no filter described "${MARK}" for this mailbox (or the mailbox does not exist). Nothing was deleted.`,
			);
		});

		it.each([
			['Get Many', { resource: 'sieveFilter', operation: 'getAll' }],
			['Set Vacation Reply', setVacation],
			['Remove Vacation Reply', removeVacation],
		])(
			'%s refuses a mailbox that is no path segment, naming the field',
			async (_name, parameters) => {
				const result = await run(mailcow, {
					...parameters,
					sieveFilterMailbox: typed('jane/x@acme.test'),
				});
				expect(result.error?.message).toBe(
					'Mailbox: "jane/x@acme.test" cannot be used as a name: it contains a slash (item 0)',
				);
				expect(mailcow.requests).toHaveLength(0);
			},
		);

		it.each([
			['Set Vacation Reply', setVacation],
			['Remove Vacation Reply', removeVacation],
		])(
			'%s: a read of the filters cut off by the network wrote nothing, and says so',
			async (_name, parameters) => {
				janesReply();
				mailcow.injectFault({ kind: 'reset' });
				const result = await run(mailcow, {
					...parameters,
					sieveFilterMailbox: byAddress('jane@acme.test'),
				});
				expect(result.error?.message).toMatch(
					/closed the connection without answering \(item 0\)$/,
				);
				expect(result.error?.description).not.toContain('may have received the request');
				expect(wire(mailcow).map((r) => r.method)).toEqual(['GET']);
			},
		);

		// Another client deletes the reply between the node's read and its write: mailcow's bare
		// access_denied is named by the ids the node sent.
		it.each([
			['Set Vacation Reply', 1, setVacation, 'for filter "1" (item 0): access_denied'],
			['Remove Vacation Reply', 1, removeVacation, 'for filter "1" (item 0): access_denied'],
			[
				'Remove Vacation Reply',
				2,
				removeVacation,
				'for filters "1", "2" (item 0): access_denied; access_denied',
			],
		])(
			'%s names the %i filter(s) another client deleted after the read',
			async (_name, replies, parameters, refusal) => {
				for (let i = 0; i < replies; i++) janesReply();
				mailcow.onBeforeHandling((request) => {
					if (request.method === 'POST') mailcow.state.filters.clear();
				});
				const result = await run(mailcow, {
					...parameters,
					sieveFilterMailbox: byAddress('jane@acme.test'),
				});
				expect(result.error?.message).toBe(`Mailcow refused the request ${refusal}`);
				expect(wire(mailcow).map((r) => r.method)).toEqual(['GET', 'POST']);
			},
		);
	});
});
