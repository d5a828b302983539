import { byId, itDeletesByIdWithABareArray, items, run, runOk, useMailcow, wire } from '../setup';

// BCC maps (add/bcc, get/bcc/{id|all}, edit/bcc (undocumented), delete/bcc): a copy of the mail
// sent from (sender map) or to (recipient map) a domain or address goes to the BCC destination.
describe('Mailcow → BCC Map', () => {
	const mailcow = useMailcow();
	const seed = () => {
		mailcow.state.addDomain({ name: 'acme.test' });
		mailcow.state.addMailbox({ username: 'jane@acme.test', password: 'Secret-123' });
		mailcow.state.bccMaps.set(1, {
			id: 1,
			local_dest: '@acme.test',
			bcc_dest: 'archive@backup.test',
			active: 1,
			type: 'sender',
			created: '2026-11-29 22:40:19',
			domain: 'acme.test',
			modified: null,
		});
		mailcow.state.bccMaps.set(2, {
			id: 2,
			local_dest: 'jane@acme.test',
			bcc_dest: 'copy@backup.test',
			active: 0,
			type: 'rcpt',
			created: '2026-11-29 22:40:20',
			domain: 'acme.test',
			modified: null,
		});
		mailcow.state.nextBccId = 3;
	};
	const simple1 = {
		id: 1,
		localDestination: '@acme.test',
		bccDestination: 'archive@backup.test',
		type: 'sender',
		active: true,
		domain: 'acme.test',
		created: '2026-11-29 22:40:19',
		modified: null,
	};
	const simple2 = {
		id: 2,
		localDestination: 'jane@acme.test',
		bccDestination: 'copy@backup.test',
		type: 'rcpt',
		active: false,
		domain: 'acme.test',
		created: '2026-11-29 22:40:20',
		modified: null,
	};

	it('creates a sender BCC map for a mailbox, sent active (mailcow stores 0 when omitted)', async () => {
		seed();
		const out = await runOk(mailcow, {
			resource: 'bccMap',
			operation: 'create',
			bccMapLocalDestination: 'jane@acme.test',
			bccMapDestination: 'archive@backup.test',
			bccMapType: 'sender',
		});
		expect(wire(mailcow)).toEqual([
			{
				method: 'POST',
				rawPath: '/api/v1/add/bcc',
				body: {
					local_dest: 'jane@acme.test',
					bcc_dest: 'archive@backup.test',
					type: 'sender',
					active: 1,
				},
			},
		]);
		expect(out).toEqual([
			{
				success: true,
				localDestination: 'jane@acme.test',
				bccDestination: 'archive@backup.test',
				type: 'sender',
				messages: ['BCC map saved'],
			},
		]);
		expect(mailcow.state.bccMaps.get(3)).toMatchObject({
			local_dest: 'jane@acme.test',
			type: 'sender',
			active: 1,
		});
	});

	it('explains a second map of the same type for the same domain, paired with its item', async () => {
		seed();
		const result = await run(
			mailcow,
			{
				resource: 'bccMap',
				operation: 'create',
				bccMapLocalDestination: 'acme.test',
				bccMapDestination: 'archive@backup.test',
				bccMapType: '={{ $json.type }}',
			},
			{ items: items({ type: 'rcpt' }, { type: 'sender' }), continueOnFail: true },
		);
		expect(result.items.map((i) => i.pairedItem)).toEqual([{ item: 0 }, { item: 1 }]);
		expect(result.items[0].json).toMatchObject({ success: true, type: 'rcpt' });
		expect(result.items[1].json.error).toBe(
			'Mailcow refused the request: bcc_exists (@acme.test, sender)',
		);
		expect(String(result.items[1].error?.description)).toContain(
			'already has a BCC map of this type',
		);
	});

	it('refuses a type mailcow does not know before sending (mailcow would answer an empty body)', async () => {
		seed();
		const result = await run(mailcow, {
			resource: 'bccMap',
			operation: 'create',
			bccMapLocalDestination: 'acme.test',
			bccMapDestination: 'archive@backup.test',
			bccMapType: 'both',
		});
		expect(result.error?.message).toMatch(/^BCC Type: .* \(item 0\)$/);
		expect(wire(mailcow)).toEqual([]);
	});

	it('gets many, each record paired with its input item', async () => {
		seed();
		const result = await run(
			mailcow,
			{ resource: 'bccMap', operation: 'getAll', returnAll: true },
			{ items: items({ run: 0 }, { run: 1 }) },
		);
		expect(result.error).toBeUndefined();
		expect(wire(mailcow)[0]).toEqual({ method: 'GET', rawPath: '/api/v1/get/bcc/all', body: null });
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
			resource: 'bccMap',
			operation: 'get',
			bccMap: byId('2'),
			simplify: false,
		});
		expect(wire(mailcow)).toEqual([{ method: 'GET', rawPath: '/api/v1/get/bcc/2', body: null }]);
		expect(raw).toEqual([
			{
				id: 2,
				local_dest: 'jane@acme.test',
				bcc_dest: 'copy@backup.test',
				active: 0,
				type: 'rcpt',
				created: '2026-11-29 22:40:20',
				domain: 'acme.test',
				modified: null,
			},
		]);
		expect(Object.keys(raw[0])).not.toContain('0');
		expect(
			await runOk(mailcow, { resource: 'bccMap', operation: 'get', bccMap: byId('1') }),
		).toEqual([simple1]);
	});

	it('says which BCC map was not found', async () => {
		seed();
		const result = await run(mailcow, { resource: 'bccMap', operation: 'get', bccMap: byId('9') });
		expect(result.error?.message).toBe('The BCC map "9" was not found (item 0)');
	});

	it("updates BCC maps with mailcow's {items, attr} body (undocumented edit/bcc)", async () => {
		seed();
		const out = await runOk(mailcow, {
			resource: 'bccMap',
			operation: 'update',
			bccMaps: byId('1, 2'),
			bccMapUpdateFields: { bccDestination: 'vault@backup.test', active: true },
		});
		expect(wire(mailcow)).toEqual([
			{
				method: 'POST',
				rawPath: '/api/v1/edit/bcc',
				body: { items: ['1', '2'], attr: { bcc_dest: 'vault@backup.test', active: 1 } },
			},
		]);
		expect(out).toEqual([
			{
				success: true,
				ids: ['1', '2'],
				messages: ['BCC map changed (vault@backup.test)', 'BCC map changed (vault@backup.test)'],
			},
		]);
		expect([...mailcow.state.bccMaps.values()].map((b) => [b.bcc_dest, b.active])).toEqual([
			['vault@backup.test', 1],
			['vault@backup.test', 1],
		]);
	});

	it('explains an update to a type the local destination already has', async () => {
		seed();
		mailcow.state.bccMaps.set(3, {
			...mailcow.state.bccMaps.get(1)!,
			id: 3,
			type: 'rcpt',
		});
		const result = await run(mailcow, {
			resource: 'bccMap',
			operation: 'update',
			bccMaps: byId('1'),
			bccMapUpdateFields: { type: 'rcpt' },
		});
		expect(result.error?.message).toBe(
			'Mailcow refused the request: bcc_exists (@acme.test, rcpt)',
		);
	});

	itDeletesByIdWithABareArray(mailcow, {
		records: 'BCC maps',
		resource: 'bccMap',
		idsParameter: 'bccMaps',
		ids: ['1', '2'],
		path: 'bcc',
		messages: ['BCC map deleted (1)', 'BCC map deleted (2)'],
		seed,
		remaining: () => mailcow.state.bccMaps.size,
	});
});
