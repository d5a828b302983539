import { byAddress, byName, items, run, runOk, useMailcow, wire } from '../setup';

// Rate limits of domains and mailboxes (get/rl-domain, get/rl-mbox, edit/rl-domain, edit/rl-mbox).
// Mailcow answers {} for "no limit" (and for an unknown object): that is a result, not an error.
describe('Mailcow → Rate Limit → Get, Get Many, Update', () => {
	const mailcow = useMailcow();
	const seed = () => {
		mailcow.state.addDomain({ name: 'acme.test', mailboxes: 10, quota: 10240, maxquota: 2048 });
		mailcow.state.addDomain({ name: 'beta.test', mailboxes: 10, quota: 10240, maxquota: 2048 });
		mailcow.state.addMailbox({ username: 'jane@acme.test', password: 'Secret-123-abc' });
		mailcow.state.domains.get('acme.test')!.rl = { value: '20', frame: 'm' };
	};

	it('gets the limit of a domain as a number and a time frame', async () => {
		seed();
		const out = await runOk(mailcow, {
			resource: 'rateLimit',
			operation: 'get',
			rateLimitDomain: byName('acme.test'),
		});
		expect(wire(mailcow)).toEqual([
			{ method: 'GET', rawPath: '/api/v1/get/rl-domain/acme.test', body: null },
		]);
		expect(out).toEqual([{ domain: 'acme.test', limited: true, value: 20, frame: 'minute' }]);
	});

	it('gets "no limit" (mailcow answers {}) as an item, not as an error', async () => {
		seed();
		const out = await runOk(mailcow, {
			resource: 'rateLimit',
			operation: 'get',
			rateLimitDomain: byName('beta.test'),
		});
		expect(out).toEqual([{ domain: 'beta.test', limited: false, value: 0, frame: null }]);
	});

	it("gets a mailbox's limit, and mailcow's raw answer with Simplify off", async () => {
		seed();
		mailcow.state.mailboxes.get('jane@acme.test')!.rl = { value: '5', frame: 'h' };
		const out = await runOk(mailcow, {
			resource: 'rateLimit',
			operation: 'get',
			rateLimitOf: 'mailbox',
			rateLimitMailbox: byAddress('jane@acme.test'),
			simplify: false,
		});
		expect(wire(mailcow)).toEqual([
			{ method: 'GET', rawPath: '/api/v1/get/rl-mbox/jane%40acme.test', body: null },
		]);
		expect(out).toEqual([{ value: '5', frame: 'h' }]);
	});

	it('gets many: every domain that has a limit, each paired with its input item', async () => {
		seed();
		mailcow.state.domains.get('beta.test')!.rl = { value: '100', frame: 'd' };
		const result = await run(
			mailcow,
			{ resource: 'rateLimit', operation: 'getAll', returnAll: true },
			{ items: items({ run: 0 }, { run: 1 }) },
		);
		expect(result.error).toBeUndefined();
		expect(result.items.map((i) => [i.json, i.pairedItem])).toEqual([
			[{ domain: 'acme.test', limited: true, value: 20, frame: 'minute' }, { item: 0 }],
			[{ domain: 'beta.test', limited: true, value: 100, frame: 'day' }, { item: 0 }],
			[{ domain: 'acme.test', limited: true, value: 20, frame: 'minute' }, { item: 1 }],
			[{ domain: 'beta.test', limited: true, value: 100, frame: 'day' }, { item: 1 }],
		]);
		expect(wire(mailcow)[0]).toEqual({
			method: 'GET',
			rawPath: '/api/v1/get/rl-domain/all',
			body: null,
		});
	});

	it('gets many mailbox limits from their own route', async () => {
		seed();
		mailcow.state.addMailbox({ username: 'joe@beta.test', password: 'Secret-123-abc' });
		mailcow.state.mailboxes.get('jane@acme.test')!.rl = { value: '5', frame: 'h' };
		mailcow.state.mailboxes.get('joe@beta.test')!.rl = { value: '30', frame: 's' };
		const out = await runOk(mailcow, {
			resource: 'rateLimit',
			operation: 'getAll',
			rateLimitOf: 'mailbox',
			returnAll: true,
		});
		expect(wire(mailcow)).toEqual([
			{ method: 'GET', rawPath: '/api/v1/get/rl-mbox/all', body: null },
		]);
		expect(out).toEqual([
			{ mailbox: 'jane@acme.test', limited: true, value: 5, frame: 'hour' },
			{ mailbox: 'joe@beta.test', limited: true, value: 30, frame: 'second' },
		]);
	});

	it("updates a mailbox's limit with mailcow's {items, attr} body", async () => {
		seed();
		const out = await runOk(mailcow, {
			resource: 'rateLimit',
			operation: 'update',
			rateLimitOf: 'mailbox',
			rateLimitMailbox: byAddress('jane@acme.test'),
			rateLimitValue: 30,
			rateLimitFrame: 'h',
		});
		expect(wire(mailcow)).toEqual([
			{
				method: 'POST',
				rawPath: '/api/v1/edit/rl-mbox',
				body: { items: ['jane@acme.test'], attr: { rl_value: 30, rl_frame: 'h' } },
			},
		]);
		expect(mailcow.state.mailboxes.get('jane@acme.test')!.rl).toEqual({ value: '30', frame: 'h' });
		expect(out[0]).toMatchObject({ success: true, mailboxes: ['jane@acme.test'] });
	});

	it('removes a domain limit with the value 0', async () => {
		seed();
		await runOk(mailcow, {
			resource: 'rateLimit',
			operation: 'update',
			rateLimitDomain: byName('acme.test'),
			rateLimitValue: 0,
			rateLimitFrame: 's',
		});
		expect(wire(mailcow)[0]).toMatchObject({
			rawPath: '/api/v1/edit/rl-domain',
			body: { items: ['acme.test'], attr: { rl_value: 0, rl_frame: 's' } },
		});
		expect(mailcow.state.domains.get('acme.test')!.rl).toBe(false);
	});

	it('names the domain mailcow refused, paired with its item', async () => {
		seed();
		const result = await run(
			mailcow,
			{
				resource: 'rateLimit',
				operation: 'update',
				rateLimitDomain: byName('={{ $json.domain }}'),
				rateLimitValue: 10,
				rateLimitFrame: 'm',
			},
			{ items: items({ domain: 'acme.test' }, { domain: 'nowhere.test' }), continueOnFail: true },
		);
		expect(result.items.map((i) => i.pairedItem)).toEqual([{ item: 0 }, { item: 1 }]);
		expect(result.items[0].json).toMatchObject({ success: true });
		expect(String(result.items[1].json.error)).toContain('nowhere.test');
		expect(mailcow.state.domains.get('acme.test')!.rl).toEqual({ value: '10', frame: 'm' });
	});

	it('refuses a negative value before sending, naming the field and the item', async () => {
		seed();
		const result = await run(mailcow, {
			resource: 'rateLimit',
			operation: 'update',
			rateLimitDomain: byName('acme.test'),
			rateLimitValue: -1,
			rateLimitFrame: 'm',
		});
		expect(result.error?.message).toBe('Messages: must be at least 0 (item 0)');
		expect(mailcow.requests).toHaveLength(0);
	});
});
