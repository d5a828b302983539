import { byId, itDeletesByIdWithABareArray, items, run, runOk, useMailcow, wire } from '../setup';

// Outgoing TLS policy maps (add/tls-policy-map, get/tls-policy-map/{id|all},
// edit/tls-policy-map (undocumented), delete/tls-policy-map): how Postfix secures mail to a
// destination, overriding the server default.
describe('Mailcow → TLS Policy Map', () => {
	const mailcow = useMailcow();
	const seed = () => {
		mailcow.state.tlsPolicies.set(1, {
			id: 1,
			dest: 'partner.test',
			policy: 'encrypt',
			parameters: '',
			active: 1,
			created: '2026-11-29 22:43:33',
			modified: null,
		});
		mailcow.state.tlsPolicies.set(2, {
			id: 2,
			dest: 'secure.test',
			policy: 'secure',
			parameters: 'match=.secure.test protocols=!SSLv2',
			active: 0,
			created: '2026-11-29 22:43:44',
			modified: null,
		});
		mailcow.state.nextTlsPolicyId = 3;
	};
	const simple1 = {
		id: 1,
		destination: 'partner.test',
		policy: 'encrypt',
		parameters: '',
		active: true,
		created: '2026-11-29 22:43:33',
		modified: null,
	};
	const simple2 = {
		id: 2,
		destination: 'secure.test',
		policy: 'secure',
		parameters: 'match=.secure.test protocols=!SSLv2',
		active: false,
		created: '2026-11-29 22:43:44',
		modified: null,
	};

	it('creates a TLS policy map for an IDN domain, sent active (mailcow stores 0 when omitted)', async () => {
		const out = await runOk(mailcow, {
			resource: 'tlsPolicyMap',
			operation: 'create',
			tlsPolicyMapDestination: 'bücher.test',
			tlsPolicyMapPolicy: 'dane-only',
			tlsPolicyMapParameters: 'protocols=!SSLv2,!SSLv3',
		});
		expect(wire(mailcow)).toEqual([
			{
				method: 'POST',
				rawPath: '/api/v1/add/tls-policy-map',
				body: {
					dest: 'bücher.test',
					policy: 'dane-only',
					parameters: 'protocols=!SSLv2,!SSLv3',
					active: 1,
				},
			},
		]);
		// Mailcow names the destination as it stored it (punycode).
		expect(out).toEqual([
			{
				success: true,
				destination: 'bücher.test',
				policy: 'dane-only',
				messages: ['TLS policy map saved (xn--bcher-kva.test)'],
			},
		]);
		expect(mailcow.state.tlsPolicies.get(1)).toMatchObject({
			dest: 'xn--bcher-kva.test',
			policy: 'dane-only',
			active: 1,
		});
	});

	it('explains a destination mailcow refuses on create (a leading dot), paired with its item', async () => {
		const result = await run(
			mailcow,
			{
				resource: 'tlsPolicyMap',
				operation: 'create',
				tlsPolicyMapDestination: '={{ $json.dest }}',
				tlsPolicyMapPolicy: 'may',
			},
			{ items: items({ dest: 'a.test' }, { dest: '.sub.a.test' }), continueOnFail: true },
		);
		expect(result.items.map((i) => i.pairedItem)).toEqual([{ item: 0 }, { item: 1 }]);
		expect(result.items[0].json).toMatchObject({ success: true, destination: 'a.test' });
		expect(result.items[1].json.error).toBe(
			'Mailcow refused the request: tls_policy_map_dest_invalid',
		);
		expect(String(result.items[1].error?.description)).toContain(
			'The destination is empty, ".", "*" or "@", or starts with a dot',
		);
	});

	it('refuses a policy mailcow does not know before sending (mailcow would answer an empty body)', async () => {
		const result = await run(mailcow, {
			resource: 'tlsPolicyMap',
			operation: 'create',
			tlsPolicyMapDestination: 'a.test',
			tlsPolicyMapPolicy: 'BOGUS',
		});
		expect(result.error?.message).toMatch(/^Policy: "BOGUS" is not one of .* \(item 0\)$/);
		expect(wire(mailcow)).toEqual([]);
	});

	it('gets many, each record paired with its input item', async () => {
		seed();
		const result = await run(
			mailcow,
			{ resource: 'tlsPolicyMap', operation: 'getAll', returnAll: true },
			{ items: items({ run: 0 }, { run: 1 }) },
		);
		expect(result.error).toBeUndefined();
		expect(wire(mailcow)[0]).toEqual({
			method: 'GET',
			rawPath: '/api/v1/get/tls-policy-map/all',
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
			resource: 'tlsPolicyMap',
			operation: 'get',
			tlsPolicyMap: byId('2'),
			simplify: false,
		});
		expect(wire(mailcow)).toEqual([
			{ method: 'GET', rawPath: '/api/v1/get/tls-policy-map/2', body: null },
		]);
		expect(raw).toEqual([
			{
				id: 2,
				dest: 'secure.test',
				policy: 'secure',
				parameters: 'match=.secure.test protocols=!SSLv2',
				active: 0,
				created: '2026-11-29 22:43:44',
				modified: null,
			},
		]);
		expect(
			await runOk(mailcow, {
				resource: 'tlsPolicyMap',
				operation: 'get',
				tlsPolicyMap: byId('1'),
			}),
		).toEqual([simple1]);
	});

	it("updates TLS policy maps with mailcow's {items, attr} body (undocumented edit/tls-policy-map)", async () => {
		seed();
		const out = await runOk(mailcow, {
			resource: 'tlsPolicyMap',
			operation: 'update',
			tlsPolicyMaps: byId('1'),
			tlsPolicyMapUpdateFields: { policy: 'verify', parameters: 'match=hostname', active: false },
		});
		expect(wire(mailcow)).toEqual([
			{
				method: 'POST',
				rawPath: '/api/v1/edit/tls-policy-map',
				body: {
					items: ['1'],
					attr: { policy: 'verify', parameters: 'match=hostname', active: 0 },
				},
			},
		]);
		expect(out).toEqual([
			{ success: true, ids: ['1'], messages: ['TLS policy map saved (partner.test)'] },
		]);
		expect(mailcow.state.tlsPolicies.get(1)).toMatchObject({
			policy: 'verify',
			parameters: 'match=hostname',
			active: 0,
		});
	});

	it("explains a destination another policy has (mailcow answers the recipient map's key)", async () => {
		seed();
		const result = await run(mailcow, {
			resource: 'tlsPolicyMap',
			operation: 'update',
			tlsPolicyMaps: byId('1'),
			tlsPolicyMapUpdateFields: { destination: 'secure.test' },
		});
		expect(result.error?.message).toBe(
			'Mailcow refused the request: recipient_map_entry_exists (secure.test)',
		);
		expect(String(result.error?.description)).toContain(
			'on TLS Policy Map, another policy has this destination',
		);
	});

	itDeletesByIdWithABareArray(mailcow, {
		records: 'TLS policy maps',
		resource: 'tlsPolicyMap',
		idsParameter: 'tlsPolicyMaps',
		ids: ['1', '2'],
		path: 'tls-policy-map',
		messages: ['TLS policy map deleted (1)', 'TLS policy map deleted (2)'],
		seed,
		remaining: () => mailcow.state.tlsPolicies.size,
	});
});
