import { items, run, runOk, useMailcow, wire } from '../setup';

// Quarantine (get/quarantine/all, edit/qitem with release / learnham / learnspam, delete/qitem):
// messages rspamd held back, as mailcow-observed-2.md ("Quarantine") records them.
describe('Mailcow → Quarantine', () => {
	const mailcow = useMailcow();
	const created = 1795992114;
	const seed = () => {
		mailcow.state.addQuarantineItem({
			qid: '4XyZ1q2w3e',
			subject: 'Test virus',
			score: 17.5,
			symbols: '[{"name":"VIRUS_FOUND","score":15}]',
			sender: 'attacker@evil.test',
			rcpt: 'u1@acme.test',
			action: 'reject',
			created,
		});
		mailcow.state.addQuarantineItem({
			qid: '4XyZ9z8x7c',
			subject: 'Cheap pills',
			score: 9.25,
			sender: 'spam@spammer.test',
			rcpt: 'u2@acme.test',
			action: 'add header',
			notified: 1,
			created,
		});
	};
	const ids = () => [...mailcow.state.quarantine.keys()];

	describe('Get Many', () => {
		it('lists the quarantine simplified, every message paired with its input item', async () => {
			seed();
			const result = await run(
				mailcow,
				{ resource: 'quarantine', operation: 'getAll', returnAll: true },
				{ items: items({ run: 0 }, { run: 1 }) },
			);
			expect(result.error).toBeUndefined();
			expect(wire(mailcow)).toEqual([
				{ method: 'GET', rawPath: '/api/v1/get/quarantine/all', body: null },
				{ method: 'GET', rawPath: '/api/v1/get/quarantine/all', body: null },
			]);
			const first = {
				id: 1,
				qid: '4XyZ1q2w3e',
				subject: 'Test virus',
				sender: 'attacker@evil.test',
				recipient: 'u1@acme.test',
				score: 17.5,
				action: 'reject',
				virusFound: true,
				notified: false,
				created: '2026-11-29T22:41:54.000Z',
			};
			const second = {
				id: 2,
				qid: '4XyZ9z8x7c',
				subject: 'Cheap pills',
				sender: 'spam@spammer.test',
				recipient: 'u2@acme.test',
				score: 9.25,
				action: 'add header',
				virusFound: false,
				notified: true,
				created: '2026-11-29T22:41:54.000Z',
			};
			expect(result.items.map((i) => [i.json, i.pairedItem])).toEqual([
				[first, { item: 0 }],
				[second, { item: 0 }],
				[first, { item: 1 }],
				[second, { item: 1 }],
			]);
		});

		it("keeps mailcow's row with Simplify off, and Limit trims it", async () => {
			seed();
			const out = await runOk(mailcow, {
				resource: 'quarantine',
				operation: 'getAll',
				limit: 1,
				simplify: false,
			});
			expect(out).toEqual([
				{
					id: 1,
					qid: '4XyZ1q2w3e',
					subject: 'Test virus',
					virus_flag: 11,
					score: 17.5,
					rcpt: 'u1@acme.test',
					sender: 'attacker@evil.test',
					action: 'reject',
					created,
					notified: 0,
				},
			]);
		});

		it('an empty quarantine (mailcow answers []) is no items', async () => {
			expect(await runOk(mailcow, { resource: 'quarantine', operation: 'getAll' })).toEqual([]);
		});
	});

	describe('Get', () => {
		it('gets one message, simplified without the raw message', async () => {
			seed();
			const out = await runOk(mailcow, {
				resource: 'quarantine',
				operation: 'get',
				quarantineId: '1',
			});
			expect(wire(mailcow)).toEqual([
				{ method: 'GET', rawPath: '/api/v1/get/quarantine/1', body: null },
			]);
			expect(out).toEqual([
				{
					id: 1,
					qid: '4XyZ1q2w3e',
					subject: 'Test virus',
					sender: 'attacker@evil.test',
					recipient: 'u1@acme.test',
					score: 17.5,
					action: 'reject',
					ip: '192.0.2.1',
					virusFound: true,
					symbols: [{ name: 'VIRUS_FOUND', score: 15 }],
					notified: false,
					created: '2026-11-29 22:41:54',
				},
			]);
		});

		it('finds VIRUS_FOUND among other symbols; a notified message without it is no virus', async () => {
			mailcow.state.addQuarantineItem({
				qid: '4XyZ1q2w3e',
				rcpt: 'u1@acme.test',
				symbols: '[{"name":"VIRUS_FOUND","score":15},{"name":"MID_RHS_MATCH_FROM","score":1}]',
			});
			mailcow.state.addQuarantineItem({
				qid: '4XyZ9z8x7c',
				rcpt: 'u2@acme.test',
				symbols: '[{"name":"BAYES_SPAM","score":5.1},{"name":"MID_RHS_MATCH_FROM","score":1}]',
				notified: 1,
			});
			const result = await run(
				mailcow,
				{ resource: 'quarantine', operation: 'get', quarantineId: '={{ $json.id }}' },
				{ items: items({ id: '1' }, { id: '2' }) },
			);
			expect(result.error).toBeUndefined();
			expect(result.items.map((i) => [i.json.virusFound, i.json.notified, i.json.symbols])).toEqual(
				[
					[
						true,
						false,
						[
							{ name: 'VIRUS_FOUND', score: 15 },
							{ name: 'MID_RHS_MATCH_FROM', score: 1 },
						],
					],
					[
						false,
						true,
						[
							{ name: 'BAYES_SPAM', score: 5.1 },
							{ name: 'MID_RHS_MATCH_FROM', score: 1 },
						],
					],
				],
			);
		});

		it('refuses an id that is not a whole number before sending', async () => {
			const result = await run(
				mailcow,
				{ resource: 'quarantine', operation: 'get', quarantineId: '={{ $json.id }}' },
				{ items: items({ id: 'x1' }, { id: '1x' }), continueOnFail: true },
			);
			expect(result.items.map((i) => i.json.error)).toEqual([
				'Quarantine Item ID: "x1" is not a quarantine item id (item 0)',
				'Quarantine Item ID: "1x" is not a quarantine item id (item 1)',
			]);
			expect(mailcow.requests).toHaveLength(0);
		});

		it('says an unknown id was not found (mailcow answers [])', async () => {
			const result = await run(mailcow, {
				resource: 'quarantine',
				operation: 'get',
				quarantineId: '999',
			});
			expect(result.error?.message).toBe('The quarantine item "999" was not found (item 0)');
		});
	});

	describe('Release, Learn as Ham, Learn as Spam', () => {
		it("releases messages with edit/qitem's release action", async () => {
			seed();
			const out = await runOk(mailcow, {
				resource: 'quarantine',
				operation: 'release',
				quarantineIds: '1, 2',
			});
			expect(wire(mailcow)).toEqual([
				{
					method: 'POST',
					rawPath: '/api/v1/edit/qitem',
					body: { items: ['1', '2'], attr: { action: 'release' } },
				},
			]);
			expect(out).toEqual([
				{
					success: true,
					quarantineIds: ['1', '2'],
					messages: ['Released from quarantine (1)', 'Released from quarantine (2)'],
				},
			]);
			expect(ids()).toEqual([]);
		});

		it('learns as ham (released and learned) with the learnham action', async () => {
			seed();
			const out = await runOk(mailcow, {
				resource: 'quarantine',
				operation: 'learnHam',
				quarantineIds: '2',
			});
			expect(wire(mailcow)).toEqual([
				{
					method: 'POST',
					rawPath: '/api/v1/edit/qitem',
					body: { items: ['2'], attr: { action: 'learnham' } },
				},
			]);
			expect(out).toEqual([
				{
					success: true,
					quarantineIds: ['2'],
					messages: ['Released from quarantine (2)', 'Learned as ham (2)'],
				},
			]);
			expect(ids()).toEqual([1]);
		});

		it('learns as spam with the learnspam action, one item per input item', async () => {
			seed();
			const result = await run(
				mailcow,
				{ resource: 'quarantine', operation: 'learnSpam', quarantineIds: '={{ $json.id }}' },
				{ items: items({ id: 1 }, { id: 2 }) },
			);
			expect(result.error).toBeUndefined();
			expect(wire(mailcow)).toEqual([
				{
					method: 'POST',
					rawPath: '/api/v1/edit/qitem',
					body: { items: ['1'], attr: { action: 'learnspam' } },
				},
				{
					method: 'POST',
					rawPath: '/api/v1/edit/qitem',
					body: { items: ['2'], attr: { action: 'learnspam' } },
				},
			]);
			expect(result.items.map((i) => [i.json, i.pairedItem])).toEqual([
				[
					{
						success: true,
						quarantineIds: ['1'],
						messages: ['Learned as spam and removed from the quarantine (1)'],
					},
					{ item: 0 },
				],
				[
					{
						success: true,
						quarantineIds: ['2'],
						messages: ['Learned as spam and removed from the quarantine (2)'],
					},
					{ item: 1 },
				],
			]);
		});

		it('says exactly which ids were released when mailcow refuses one (access_denied)', async () => {
			seed();
			const result = await run(
				mailcow,
				{ resource: 'quarantine', operation: 'release', quarantineIds: '={{ $json.ids }}' },
				{ items: items({ ids: '1, 999' }, { ids: '2' }), continueOnFail: true },
			);
			expect(result.items.map((i) => i.pairedItem)).toEqual([{ item: 0 }, { item: 1 }]);
			expect(result.items[0].json.error).toBe(
				'Mailcow released 1 of 2 quarantine items; not released: 999 (item 0)',
			);
			const description = String(result.items[0].error?.description);
			expect(description).toContain('Released: 1\nNot released: 999');
			expect(description).toContain('access_denied — Mailcow refused access to the object');
			expect(result.items[1].json).toEqual({
				success: true,
				quarantineIds: ['2'],
				messages: ['Released from quarantine (2)'],
			});
			expect(ids()).toEqual([]);
		});

		it("does not take mailcow's release_send_failed warning for a release", async () => {
			seed();
			// No postfix container to hand the message to (as on the recording server).
			mailcow.state.mailContainers = false;
			const result = await run(mailcow, {
				resource: 'quarantine',
				operation: 'release',
				quarantineIds: '1',
			});
			expect(result.error?.message).toBe(
				'Mailcow released 0 of 1 quarantine item; not released: 1 (item 0)',
			);
			expect(result.error?.description).toContain(
				'release_send_failed (Cannot determine Postfix host) — Mailcow could not hand the message back to Postfix',
			);
			expect(ids()).toEqual([1, 2]);
		});

		it('explains that a failed spam learning already removed the message', async () => {
			seed();
			mailcow.state.mailContainers = false;
			const result = await run(mailcow, {
				resource: 'quarantine',
				operation: 'learnSpam',
				quarantineIds: '2',
			});
			expect(result.error?.message).toBe(
				'Mailcow learned 0 of 1 quarantine item as spam; not learned: 2 (item 0)',
			);
			expect(result.error?.description).toContain(
				"spam_learn_error (Curl: Couldn't connect to server) — rspamd did not learn the message as spam",
			);
			expect(ids()).toEqual([1]);
		});

		it('refuses an id that is not a number before sending', async () => {
			const result = await run(mailcow, {
				resource: 'quarantine',
				operation: 'learnHam',
				quarantineIds: '1, abc',
			});
			expect(result.error?.message).toBe(
				'Quarantine Item IDs: "abc" is not a quarantine item id (item 0)',
			);
			expect(mailcow.requests).toHaveLength(0);
		});
		it('refuses ids with a number only at one end before sending', async () => {
			const result = await run(
				mailcow,
				{ resource: 'quarantine', operation: 'release', quarantineIds: '={{ $json.ids }}' },
				{ items: items({ ids: '1, x2' }, { ids: '2x' }), continueOnFail: true },
			);
			expect(result.items.map((i) => i.json.error)).toEqual([
				'Quarantine Item IDs: "x2" is not a quarantine item id (item 0)',
				'Quarantine Item IDs: "2x" is not a quarantine item id (item 1)',
			]);
			expect(mailcow.requests).toHaveLength(0);
		});
	});

	describe('Delete', () => {
		it('deletes with a bare id array, one call per input item', async () => {
			seed();
			const result = await run(
				mailcow,
				{ resource: 'quarantine', operation: 'delete', quarantineIds: '={{ $json.id }}' },
				{ items: items({ id: 1 }, { id: 2 }) },
			);
			expect(result.error).toBeUndefined();
			expect(wire(mailcow).filter((r) => r.method === 'POST')).toEqual([
				{ method: 'POST', rawPath: '/api/v1/delete/qitem', body: ['1'] },
				{ method: 'POST', rawPath: '/api/v1/delete/qitem', body: ['2'] },
			]);
			expect(result.items.map((i) => [i.json, i.pairedItem])).toEqual([
				[{ success: true, quarantineIds: ['1'], messages: ['Deleted (1)'] }, { item: 0 }],
				[{ success: true, quarantineIds: ['2'], messages: ['Deleted (2)'] }, { item: 1 }],
			]);
			expect(ids()).toEqual([]);
		});

		it('names the ids that did not exist (mailcow answers item_deleted for any number)', async () => {
			seed();
			const out = await runOk(mailcow, {
				resource: 'quarantine',
				operation: 'delete',
				quarantineIds: '2, 999',
			});
			expect(wire(mailcow)).toEqual([
				{ method: 'GET', rawPath: '/api/v1/get/quarantine/all', body: null },
				{ method: 'POST', rawPath: '/api/v1/delete/qitem', body: ['2'] },
			]);
			expect(out).toEqual([
				{
					success: true,
					quarantineIds: ['2'],
					notFound: ['999'],
					warnings: ['No quarantine item has id 999: nothing was done to it'],
					messages: ['Deleted (2)'],
				},
			]);
			expect(ids()).toEqual([1]);
		});
		it('fails an item none of whose ids exists, without deleting', async () => {
			seed();
			const result = await run(mailcow, {
				resource: 'quarantine',
				operation: 'delete',
				quarantineIds: '999',
			});
			expect(result.error?.message).toBe(
				'Quarantine Item IDs: no quarantine item has id 999 (item 0)',
			);
			expect(result.error?.description).toBe(
				'Check the "Quarantine Item IDs" field of item 0. The messages may have been released, learned or deleted already; Get Many lists the ids held now.',
			);
			expect(wire(mailcow)).toEqual([
				{ method: 'GET', rawPath: '/api/v1/get/quarantine/all', body: null },
			]);
			expect(ids()).toEqual([1, 2]);
		});
	});
});
