/* eslint-disable @n8n/community-nodes/no-hardcoded-secrets -- a made-up test password */
import { everythingOf } from '../../helpers/secrets';
import { byId, itDeletesByIdWithABareArray, items, run, runOk, useMailcow, wire } from '../setup';

const SECRET = 'transport-Secret-7';

// Transport maps (add/transport, get/transport/{id|all}, edit/transport (undocumented),
// delete/transport). Their passwords come back in clear: output only with Include Secrets.
describe('Mailcow → Transport Map', () => {
	const mailcow = useMailcow();
	const seed = () => {
		mailcow.state.transports.set(4, {
			id: 4,
			is_mx_based: 0,
			destination: 'example.org',
			nexthop: 'host:25',
			username: 'testuser',
			password: SECRET,
			active: 1,
		});
		mailcow.state.transports.set(5, {
			id: 5,
			is_mx_based: 0,
			destination: 'a.example.net',
			nexthop: '[192.0.2.25]',
			username: '',
			password: '',
			active: 1,
		});
		mailcow.state.nextTransportId = 6;
	};
	const simple4 = {
		id: 4,
		destination: 'example.org',
		nexthop: 'host:25',
		username: 'testuser',
		mxBased: false,
		active: true,
		hasPassword: true,
	};
	const simple5 = {
		id: 5,
		destination: 'a.example.net',
		nexthop: '[192.0.2.25]',
		username: '',
		mxBased: false,
		active: true,
		hasPassword: false,
	};

	it('creates transport maps for several destinations, sent active (mailcow stores 0 when omitted)', async () => {
		seed();
		const result = await run(mailcow, {
			resource: 'transportMap',
			operation: 'create',
			transportMapDestination: 'b.example.net, .sub.example.net',
			transportMapNexthop: '192.0.2.26',
			transportMapUsername: 'relay',
			transportMapPassword: SECRET,
		});
		expect(result.error).toBeUndefined();
		expect(wire(mailcow)).toEqual([
			{
				method: 'POST',
				rawPath: '/api/v1/add/transport',
				body: {
					destination: 'b.example.net,.sub.example.net',
					nexthop: '192.0.2.26',
					username: 'relay',
					password: SECRET,
					is_mx_based: 0,
					active: 1,
				},
			},
		]);
		expect(result.items.map((i) => i.json)).toEqual([
			{
				success: true,
				destination: ['b.example.net', '.sub.example.net'],
				nexthop: '192.0.2.26',
				messages: ['Added'],
			},
		]);
		expect([...mailcow.state.transports.values()].map((t) => [t.destination, t.active])).toEqual([
			['example.org', 1],
			['a.example.net', 1],
			['b.example.net', 1],
			['.sub.example.net', 1],
		]);
		expect(everythingOf(result)).not.toContain(SECRET);
	});

	it('keeps a create whose answer also refuses a destination, listing it under warnings', async () => {
		seed();
		const out = await runOk(mailcow, {
			resource: 'transportMap',
			operation: 'create',
			transportMapDestination: 'c.example.net, example.org',
			transportMapNexthop: '[192.0.2.27]:25',
		});
		expect(out).toEqual([
			{
				success: true,
				destination: ['c.example.net', 'example.org'],
				nexthop: '[192.0.2.27]:25',
				warnings: ['transport_dest_exists (example.org)'],
				messages: ['transport_dest_exists (example.org)', 'Added'],
			},
		]);
	});

	it('gets many without passwords, each record paired with its input item', async () => {
		seed();
		const result = await run(
			mailcow,
			{ resource: 'transportMap', operation: 'getAll', returnAll: true },
			{ items: items({ run: 0 }, { run: 1 }) },
		);
		expect(result.error).toBeUndefined();
		expect(wire(mailcow)[0]).toEqual({
			method: 'GET',
			rawPath: '/api/v1/get/transport/all',
			body: null,
		});
		expect(result.items.map((i) => [i.json, i.pairedItem])).toEqual([
			[simple4, { item: 0 }],
			[simple5, { item: 0 }],
			[simple4, { item: 1 }],
			[simple5, { item: 1 }],
		]);
		expect(everythingOf(result)).not.toContain(SECRET);
	});

	it('gets one by id: the raw record without the password, or with it under Include Secrets', async () => {
		seed();
		const raw = await runOk(mailcow, {
			resource: 'transportMap',
			operation: 'get',
			transportMap: byId('4'),
			simplify: false,
		});
		expect(wire(mailcow)).toEqual([
			{ method: 'GET', rawPath: '/api/v1/get/transport/4', body: null },
		]);
		expect(raw).toEqual([
			{
				id: 4,
				is_mx_based: 0,
				destination: 'example.org',
				nexthop: 'host:25',
				username: 'testuser',
				active: 1,
			},
		]);
		const withSecret = await runOk(mailcow, {
			resource: 'transportMap',
			operation: 'get',
			transportMap: byId('4'),
			includeSecrets: true,
		});
		expect(withSecret).toEqual([{ ...simple4, password: SECRET }]);
	});

	it("updates transport maps with mailcow's {items, attr} body (undocumented edit/transport)", async () => {
		seed();
		const out = await runOk(mailcow, {
			resource: 'transportMap',
			operation: 'update',
			transportMaps: byId('4'),
			transportMapUpdateFields: { destination: 'example.com', active: false },
		});
		expect(wire(mailcow)).toEqual([
			{
				method: 'POST',
				rawPath: '/api/v1/edit/transport',
				body: { items: ['4'], attr: { destination: 'example.com', active: 0 } },
			},
		]);
		expect(out).toEqual([{ success: true, ids: ['4'], messages: ['Object changed'] }]);
		expect(mailcow.state.transports.get(4)).toMatchObject({
			destination: 'example.com',
			active: 0,
		});
	});

	it('explains a destination taken by another transport map, without the password, paired with its item', async () => {
		seed();
		const result = await run(
			mailcow,
			{
				resource: 'transportMap',
				operation: 'update',
				transportMaps: byId('={{ $json.id }}'),
				transportMapUpdateFields: { destination: '={{ $json.destination }}', password: SECRET },
			},
			{
				items: items(
					{ id: 5, destination: 'c.example.net' },
					{ id: 4, destination: 'c.example.net' },
				),
				continueOnFail: true,
			},
		);
		expect(result.items.map((i) => i.pairedItem)).toEqual([{ item: 0 }, { item: 1 }]);
		expect(result.items[0].json).toMatchObject({ success: true, ids: ['5'] });
		expect(result.items[1].json.error).toBe(
			'Mailcow refused the request for transport map "4" (item 1): transport_dest_exists',
		);
		expect(String(result.items[1].error?.description)).toContain(
			'Another transport map already has this destination.',
		);
		expect(everythingOf(result)).not.toContain(SECRET);
	});

	itDeletesByIdWithABareArray(mailcow, {
		records: 'transport maps',
		resource: 'transportMap',
		idsParameter: 'transportMaps',
		ids: ['4', '5'],
		path: 'transport',
		messages: ['Deleted (4)', 'Deleted (5)'],
		seed,
		remaining: () => mailcow.state.transports.size,
	});
});
