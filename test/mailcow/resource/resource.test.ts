import { addResource } from '../../emulators/mailcow/routes/resource';
import { byAddress, byName, items, run, runOk, useMailcow, wire } from '../setup';

// Resources: rooms, groups and things SOGo users book (add/resource, get/resource/all,
// edit/resource (undocumented), delete/resource). mailcow's delete/resource deletes ordinary
// mailboxes given to it too: the node checks every address is a resource before deleting.
describe('Mailcow → Resource', () => {
	const mailcow = useMailcow();
	const seed = () => {
		mailcow.state.addDomain({ name: 'acme.test' });
		mailcow.state.addMailbox({ username: 'jane@acme.test', password: 'Secret-123' });
		addResource(mailcow.state, {
			kind: 'thing',
			description: 'Beamer-X',
			domain: 'acme.test',
			multiple_bookings: -1,
			active: 1,
		});
		addResource(mailcow.state, {
			kind: 'location',
			description: 'Room 1',
			domain: 'acme.test',
			multiple_bookings: 0,
			active: 0,
		});
	};
	const beamer = {
		address: 'BeamerX@acme.test',
		description: 'Beamer-X',
		kind: 'thing',
		multipleBookings: -1,
		active: true,
		domain: 'acme.test',
	};
	const room = {
		address: 'Room1@acme.test',
		description: 'Room 1',
		kind: 'location',
		multipleBookings: 0,
		active: false,
		domain: 'acme.test',
	};

	it('creates a resource, sent active; the output names the address mailcow made of the description', async () => {
		seed();
		const out = await runOk(mailcow, {
			resource: 'resource',
			operation: 'create',
			resourceDomain: byName('acme.test'),
			resourceDescription: 'Meeting Room 2',
			resourceKind: 'location',
			resourceOptions: { multipleBookings: 3 },
		});
		expect(wire(mailcow)).toEqual([
			{
				method: 'POST',
				rawPath: '/api/v1/add/resource',
				body: {
					domain: 'acme.test',
					description: 'Meeting Room 2',
					kind: 'location',
					multiple_bookings: 3,
					active: 1,
				},
			},
		]);
		expect(out).toEqual([
			{
				success: true,
				address: 'MeetingRoom2@acme.test',
				description: 'Meeting Room 2',
				kind: 'location',
				messages: ['Resource added (MeetingRoom2@acme.test)'],
			},
		]);
		expect(mailcow.state.resources.get('meetingroom2@acme.test')).toMatchObject({
			multiple_bookings: 3,
			active: 1,
		});
	});

	it('refuses a description without letters or digits before sending (mailcow builds the address of them)', async () => {
		seed();
		const result = await run(mailcow, {
			resource: 'resource',
			operation: 'create',
			resourceDomain: byName('acme.test'),
			resourceDescription: '--- !',
			resourceKind: 'thing',
		});
		expect(result.error?.message).toMatch(/^Description: .*letter or digit.* \(item 0\)$/);
		expect(wire(mailcow)).toEqual([]);
	});

	it('gets many, each record paired with its input item', async () => {
		seed();
		const result = await run(
			mailcow,
			{ resource: 'resource', operation: 'getAll', returnAll: true },
			{ items: items({ run: 0 }, { run: 1 }) },
		);
		expect(result.error).toBeUndefined();
		expect(wire(mailcow)[0]).toEqual({
			method: 'GET',
			rawPath: '/api/v1/get/resource/all',
			body: null,
		});
		expect(result.items.map((i) => [i.json, i.pairedItem])).toEqual([
			[beamer, { item: 0 }],
			[room, { item: 0 }],
			[beamer, { item: 1 }],
			[room, { item: 1 }],
		]);
	});

	it("updates resources with mailcow's {items, attr} body (undocumented edit/resource)", async () => {
		seed();
		const out = await runOk(mailcow, {
			resource: 'resource',
			operation: 'update',
			resources: byAddress('Room1@acme.test'),
			resourceUpdateFields: { description: 'Big Room', kind: 'group', active: true },
		});
		expect(wire(mailcow)).toEqual([
			{
				method: 'POST',
				rawPath: '/api/v1/edit/resource',
				body: {
					items: ['Room1@acme.test'],
					attr: { description: 'Big Room', kind: 'group', active: 1 },
				},
			},
		]);
		expect(out).toEqual([
			{
				success: true,
				addresses: ['Room1@acme.test'],
				messages: ['Resource changed (Room1@acme.test)'],
			},
		]);
		// The address stays what the first description made it.
		expect(mailcow.state.resources.get('room1@acme.test')).toMatchObject({
			description: 'Big Room',
			kind: 'group',
			active: 1,
		});
	});

	it('explains an update of an address that is no resource, paired with its item', async () => {
		seed();
		const result = await run(
			mailcow,
			{
				resource: 'resource',
				operation: 'update',
				resources: byAddress('={{ $json.address }}'),
				resourceUpdateFields: { active: true },
			},
			{
				items: items({ address: 'BeamerX@acme.test' }, { address: 'jane@acme.test' }),
				continueOnFail: true,
			},
		);
		expect(result.items.map((i) => i.pairedItem)).toEqual([{ item: 0 }, { item: 1 }]);
		expect(result.items[0].json).toMatchObject({ success: true });
		expect(result.items[1].json.error).toBe(
			'Mailcow refused the request: resource_invalid (jane@acme.test)',
		);
		expect(String(result.items[1].error?.description)).toContain('No resource has this address');
	});

	it('deletes resources after checking they are resources (one read), with a bare array', async () => {
		seed();
		const out = await runOk(mailcow, {
			resource: 'resource',
			operation: 'delete',
			resources: byAddress('Room1@acme.test, beamerx@acme.test'),
		});
		expect(wire(mailcow)).toEqual([
			{ method: 'GET', rawPath: '/api/v1/get/resource/all', body: null },
			{
				method: 'POST',
				rawPath: '/api/v1/delete/resource',
				body: ['Room1@acme.test', 'beamerx@acme.test'],
			},
		]);
		expect(out).toEqual([
			{
				success: true,
				addresses: ['Room1@acme.test', 'beamerx@acme.test'],
				messages: ['Resource deleted (Room1@acme.test)', 'Resource deleted (beamerx@acme.test)'],
			},
		]);
		expect(mailcow.state.resources.size).toBe(0);
	});

	it('names every address that is not a resource when there are several', async () => {
		seed();
		const result = await run(mailcow, {
			resource: 'resource',
			operation: 'delete',
			resources: byAddress('jane@acme.test, Room1@acme.test, nobody@acme.test'),
		});
		expect(result.error?.message).toBe(
			'Resources: "jane@acme.test", "nobody@acme.test" are not resources (item 0)',
		);
		expect(wire(mailcow)).toEqual([
			{ method: 'GET', rawPath: '/api/v1/get/resource/all', body: null },
		]);
		expect(mailcow.state.resources.has('room1@acme.test')).toBe(true);
	});

	it('refuses to delete a mailbox through delete/resource (mailcow would delete it), naming it and the item', async () => {
		seed();
		const result = await run(
			mailcow,
			{
				resource: 'resource',
				operation: 'delete',
				resources: byAddress('={{ $json.address }}'),
			},
			{
				items: items(
					{ address: 'Room1@acme.test' },
					{ address: 'BeamerX@acme.test, jane@acme.test' },
				),
				continueOnFail: true,
			},
		);
		expect(result.items.map((i) => i.pairedItem)).toEqual([{ item: 0 }, { item: 1 }]);
		expect(result.items[0].json).toMatchObject({ success: true, addresses: ['Room1@acme.test'] });
		expect(result.items[1].json.error).toBe(
			'Resources: "jane@acme.test" is not a resource (item 1)',
		);
		expect(String(result.items[1].error?.description)).toContain('nothing was deleted');
		// The emulator received no delete for item 1: the mailbox and BeamerX are still there.
		expect(
			wire(mailcow)
				.filter((r) => r.method === 'POST')
				.map((r) => r.body),
		).toEqual([['Room1@acme.test']]);
		expect(mailcow.state.mailboxes.has('jane@acme.test')).toBe(true);
		expect(mailcow.state.resources.has('beamerx@acme.test')).toBe(true);
	});
});
