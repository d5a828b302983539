import { items, run, runOk, useMailcow, wire } from '../setup';

// Forwarding hosts (add/fwdhost, get/fwdhost/all, edit/fwdhost (undocumented), delete/fwdhost):
// hosts whose mail mailcow accepts for forwarding, with or without spam filtering.
describe('Mailcow → Forwarding Host', () => {
	const mailcow = useMailcow();
	const seed = () => {
		mailcow.state.forwardingHosts.set('192.0.2.10', {
			host: '192.0.2.10',
			source: '192.0.2.10',
			keep_spam: 'no',
		});
		mailcow.state.forwardingHosts.set('2001:db8::/64', {
			host: '2001:db8::/64',
			source: '2001:db8::/64',
			keep_spam: 'yes',
		});
	};

	it('creates a forwarding host with spam filtering on by default', async () => {
		const out = await runOk(mailcow, {
			resource: 'forwardingHost',
			operation: 'create',
			forwardingHostHostname: '192.0.2.0/28',
		});
		expect(wire(mailcow)).toEqual([
			{
				method: 'POST',
				rawPath: '/api/v1/add/fwdhost',
				body: { hostname: '192.0.2.0/28', filter_spam: 1 },
			},
		]);
		expect(out).toEqual([
			{
				success: true,
				hostname: '192.0.2.0/28',
				messages: ['Forwarding host added (192.0.2.0/28)'],
			},
		]);
		expect(mailcow.state.forwardingHosts.get('192.0.2.0/28')?.keep_spam).toBe('no');
	});

	it('explains a host mailcow cannot resolve, paired with its item', async () => {
		const result = await run(
			mailcow,
			{
				resource: 'forwardingHost',
				operation: 'create',
				forwardingHostHostname: '={{ $json.host }}',
				forwardingHostFilterSpam: false,
			},
			{ items: items({ host: '192.0.2.10' }, { host: 'relay.invalid' }), continueOnFail: true },
		);
		expect(result.items.map((i) => i.pairedItem)).toEqual([{ item: 0 }, { item: 1 }]);
		expect(result.items[0].json).toMatchObject({ success: true, hostname: '192.0.2.10' });
		expect(mailcow.state.forwardingHosts.get('192.0.2.10')?.keep_spam).toBe('yes');
		expect(result.items[1].json.error).toBe(
			'Mailcow refused the request: invalid_host (relay.invalid)',
		);
		expect(String(result.items[1].error?.description)).toContain(
			'Mailcow could not resolve the host',
		);
	});

	it('gets many, simplified, each host paired with its input item', async () => {
		seed();
		const result = await run(
			mailcow,
			{ resource: 'forwardingHost', operation: 'getAll', returnAll: true },
			{ items: items({ run: 0 }, { run: 1 }) },
		);
		expect(result.error).toBeUndefined();
		expect(wire(mailcow)[0]).toEqual({
			method: 'GET',
			rawPath: '/api/v1/get/fwdhost/all',
			body: null,
		});
		const first = { host: '192.0.2.10', source: '192.0.2.10', filterSpam: true };
		const second = { host: '2001:db8::/64', source: '2001:db8::/64', filterSpam: false };
		expect(result.items.map((i) => [i.json, i.pairedItem])).toEqual([
			[first, { item: 0 }],
			[second, { item: 0 }],
			[first, { item: 1 }],
			[second, { item: 1 }],
		]);
	});

	it('gets many: none is no items (mailcow answers {})', async () => {
		const out = await runOk(mailcow, { resource: 'forwardingHost', operation: 'getAll' });
		expect(out).toEqual([]);
	});

	it("updates spam filtering with mailcow's keep_spam (the inverse of Filter Spam)", async () => {
		seed();
		const out = await runOk(mailcow, {
			resource: 'forwardingHost',
			operation: 'update',
			forwardingHosts: '192.0.2.10, 2001:db8::/64',
			forwardingHostFilterSpam: false,
		});
		expect(wire(mailcow)).toEqual([
			{
				method: 'POST',
				rawPath: '/api/v1/edit/fwdhost',
				body: { items: ['192.0.2.10', '2001:db8::/64'], attr: { keep_spam: 1 } },
			},
		]);
		expect(out).toEqual([
			{
				success: true,
				hosts: ['192.0.2.10', '2001:db8::/64'],
				messages: ['Object changed (192.0.2.10)', 'Object changed (2001:db8::/64)'],
			},
		]);
		expect(mailcow.state.forwardingHosts.get('192.0.2.10')?.keep_spam).toBe('yes');
	});

	it('switches spam filtering back on with keep_spam 0', async () => {
		seed();
		await runOk(mailcow, {
			resource: 'forwardingHost',
			operation: 'update',
			forwardingHosts: '2001:db8::/64',
			forwardingHostFilterSpam: true,
		});
		expect(wire(mailcow)).toEqual([
			{
				method: 'POST',
				rawPath: '/api/v1/edit/fwdhost',
				body: { items: ['2001:db8::/64'], attr: { keep_spam: 0 } },
			},
		]);
		expect(mailcow.state.forwardingHosts.get('2001:db8::/64')?.keep_spam).toBe('no');
	});

	it('names an unknown host mailcow refuses with a bare access_denied', async () => {
		seed();
		const result = await run(mailcow, {
			resource: 'forwardingHost',
			operation: 'update',
			forwardingHosts: '198.51.100.1',
			forwardingHostFilterSpam: true,
		});
		expect(result.error?.message).toBe(
			'Mailcow refused the request for forwarding host "198.51.100.1" (item 0): access_denied',
		);
	});

	it('deletes forwarding hosts with a bare array', async () => {
		seed();
		const out = await runOk(mailcow, {
			resource: 'forwardingHost',
			operation: 'delete',
			forwardingHosts: '192.0.2.10,2001:db8::/64',
		});
		expect(wire(mailcow)).toEqual([
			{
				method: 'POST',
				rawPath: '/api/v1/delete/fwdhost',
				body: ['192.0.2.10', '2001:db8::/64'],
			},
		]);
		expect(out).toEqual([
			{
				success: true,
				hosts: ['192.0.2.10', '2001:db8::/64'],
				messages: [
					'Forwarding host deleted (192.0.2.10)',
					'Forwarding host deleted (2001:db8::/64)',
				],
			},
		]);
		expect(mailcow.state.forwardingHosts.size).toBe(0);
	});
});
