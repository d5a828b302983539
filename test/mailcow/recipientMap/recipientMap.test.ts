import { byId, itDeletesByIdWithABareArray, items, run, runOk, useMailcow, wire } from '../setup';

// Recipient maps (add/recipient_map, get/recipient_map/{id|all}, edit/recipient_map
// (undocumented), delete/recipient_map): mail to the original recipient (an address or a whole
// domain) is delivered to the new recipient instead.
describe('Mailcow → Recipient Map', () => {
	const mailcow = useMailcow();
	const seed = () => {
		mailcow.state.recipientMaps.set(1, {
			id: 1,
			recipient_map_old: '@old.test',
			recipient_map_new: '@acme.test',
			active: 1,
			created: '2026-11-29 22:40:22',
			modified: null,
		});
		mailcow.state.recipientMaps.set(2, {
			id: 2,
			recipient_map_old: 'sales@old.test',
			recipient_map_new: 'jane@acme.test',
			active: 0,
			created: '2026-11-29 22:40:23',
			modified: null,
		});
		mailcow.state.nextRecipientMapId = 3;
	};
	const simple1 = {
		id: 1,
		originalRecipient: '@old.test',
		newRecipient: '@acme.test',
		active: true,
		created: '2026-11-29 22:40:22',
		modified: null,
	};
	const simple2 = {
		id: 2,
		originalRecipient: 'sales@old.test',
		newRecipient: 'jane@acme.test',
		active: false,
		created: '2026-11-29 22:40:23',
		modified: null,
	};

	it('creates a recipient map, sent active (mailcow stores 0 when omitted)', async () => {
		seed();
		const out = await runOk(mailcow, {
			resource: 'recipientMap',
			operation: 'create',
			recipientMapOriginal: 'Info@Old.Test',
			recipientMapNew: 'jane@acme.test',
		});
		expect(wire(mailcow)).toEqual([
			{
				method: 'POST',
				rawPath: '/api/v1/add/recipient_map',
				body: {
					recipient_map_old: 'Info@Old.Test',
					recipient_map_new: 'jane@acme.test',
					active: 1,
				},
			},
		]);
		// Mailcow names the original recipient as it stored it (lower case).
		expect(out).toEqual([
			{
				success: true,
				originalRecipient: 'Info@Old.Test',
				newRecipient: 'jane@acme.test',
				messages: ['Recipient map saved (info@old.test)'],
			},
		]);
		expect(mailcow.state.recipientMaps.get(3)).toMatchObject({
			recipient_map_old: 'info@old.test',
			active: 1,
		});
	});

	it('explains an original recipient that already has a map, paired with its item', async () => {
		seed();
		const result = await run(
			mailcow,
			{
				resource: 'recipientMap',
				operation: 'create',
				recipientMapOriginal: '={{ $json.old }}',
				recipientMapNew: 'jane@acme.test',
			},
			{ items: items({ old: 'new@old.test' }, { old: 'sales@old.test' }), continueOnFail: true },
		);
		expect(result.items.map((i) => i.pairedItem)).toEqual([{ item: 0 }, { item: 1 }]);
		expect(result.items[0].json).toMatchObject({
			success: true,
			originalRecipient: 'new@old.test',
		});
		expect(result.items[1].json.error).toBe(
			'Mailcow refused the request: recipient_map_entry_exists (sales@old.test)',
		);
		expect(String(result.items[1].error?.description)).toContain(
			'Another recipient map already has this original recipient',
		);
	});

	it('gets many, each record paired with its input item', async () => {
		seed();
		const result = await run(
			mailcow,
			{ resource: 'recipientMap', operation: 'getAll', returnAll: true },
			{ items: items({ run: 0 }, { run: 1 }) },
		);
		expect(result.error).toBeUndefined();
		expect(wire(mailcow)[0]).toEqual({
			method: 'GET',
			rawPath: '/api/v1/get/recipient_map/all',
			body: null,
		});
		expect(result.items.map((i) => [i.json, i.pairedItem])).toEqual([
			[simple1, { item: 0 }],
			[simple2, { item: 0 }],
			[simple1, { item: 1 }],
			[simple2, { item: 1 }],
		]);
	});

	it('gets one by id, without the "0": null key mailcow puts first', async () => {
		seed();
		const raw = await runOk(mailcow, {
			resource: 'recipientMap',
			operation: 'get',
			recipientMap: byId('2'),
			simplify: false,
		});
		expect(wire(mailcow)).toEqual([
			{ method: 'GET', rawPath: '/api/v1/get/recipient_map/2', body: null },
		]);
		expect(raw).toEqual([
			{
				id: 2,
				recipient_map_old: 'sales@old.test',
				recipient_map_new: 'jane@acme.test',
				active: 0,
				created: '2026-11-29 22:40:23',
				modified: null,
			},
		]);
		expect(
			await runOk(mailcow, {
				resource: 'recipientMap',
				operation: 'get',
				recipientMap: byId('1'),
			}),
		).toEqual([simple1]);
	});

	it("updates recipient maps with mailcow's {items, attr} body (undocumented edit/recipient_map)", async () => {
		seed();
		const out = await runOk(mailcow, {
			resource: 'recipientMap',
			operation: 'update',
			recipientMaps: byId('2'),
			recipientMapUpdateFields: { newRecipient: 'john@acme.test', active: true },
		});
		expect(wire(mailcow)).toEqual([
			{
				method: 'POST',
				rawPath: '/api/v1/edit/recipient_map',
				body: { items: ['2'], attr: { recipient_map_new: 'john@acme.test', active: 1 } },
			},
		]);
		expect(out).toEqual([
			{ success: true, ids: ['2'], messages: ['Recipient map saved (sales@old.test)'] },
		]);
		expect(mailcow.state.recipientMaps.get(2)).toMatchObject({
			recipient_map_new: 'john@acme.test',
			active: 1,
		});
	});

	it('explains a new recipient that is neither an address nor a domain', async () => {
		seed();
		const result = await run(mailcow, {
			resource: 'recipientMap',
			operation: 'update',
			recipientMaps: byId('1'),
			recipientMapUpdateFields: { newRecipient: 'not valid' },
		});
		expect(result.error?.message).toBe(
			'Mailcow refused the request: invalid_recipient_map_new (not valid)',
		);
		expect(String(result.error?.description)).toContain(
			'The new recipient is neither an email address nor a domain.',
		);
	});

	itDeletesByIdWithABareArray(mailcow, {
		records: 'recipient maps',
		resource: 'recipientMap',
		idsParameter: 'recipientMaps',
		ids: ['1', '2'],
		path: 'recipient_map',
		messages: ['Recipient map deleted (1)', 'Recipient map deleted (2)'],
		seed,
		remaining: () => mailcow.state.recipientMaps.size,
	});
});
