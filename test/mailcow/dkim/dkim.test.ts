import { byName, credentials, items, run, runOk, useMailcow, wire } from '../setup';

describe('Mailcow → DKIM', () => {
	const mailcow = useMailcow();
	beforeEach(() => {
		mailcow.state.addDomain({ name: 'acme.test', dkim: true });
		mailcow.state.addDomain({ name: 'nokey.test' });
	});

	it('Create sends `domains` (not `domain`), the selector and key size', async () => {
		const out = await runOk(mailcow, {
			resource: 'dkim',
			operation: 'create',
			dkimDomain: byName('nokey.test'),
			dkimSelector: 'mail2026',
			dkimKeySize: 1024,
		});
		expect(wire(mailcow)).toEqual([
			{
				method: 'POST',
				rawPath: '/api/v1/add/dkim',
				body: { domains: 'nokey.test', dkim_selector: 'mail2026', key_size: 1024 },
			},
		]);
		expect(out).toEqual([
			{
				success: true,
				domain: 'nokey.test',
				selector: 'mail2026',
				keySize: 1024,
				messages: ['DKIM key added (nokey.test)'],
			},
		]);
		expect(mailcow.state.dkim.get('nokey.test')).toMatchObject({
			selector: 'mail2026',
			length: 1024,
		});
	});

	it('Create explains dkim_domain_or_sel_invalid for a domain that has a key', async () => {
		const { error } = await run(mailcow, {
			resource: 'dkim',
			operation: 'create',
			dkimDomain: byName('acme.test'),
		});
		expect(mailcow.requests[0].body).toEqual({
			domains: 'acme.test',
			dkim_selector: 'dkim',
			key_size: 2048,
		});
		expect(error?.message).toBe(
			'Mailcow refused the request: dkim_domain_or_sel_invalid (acme.test)',
		);
		expect(error?.description).toContain('Use "Create and Get" to reuse an existing key.');
	});

	it('Get returns the key and the DNS record to publish', async () => {
		const out = await runOk(mailcow, {
			resource: 'dkim',
			operation: 'get',
			dkimDomain: byName('acme.test'),
		});
		expect(wire(mailcow)).toEqual([
			{ method: 'GET', rawPath: '/api/v1/get/dkim/acme.test', body: null },
		]);
		const key = mailcow.state.dkim.get('acme.test')!;
		expect(out).toEqual([
			{
				domain: 'acme.test',
				selector: 'dkim',
				keyLength: 2048,
				dnsName: 'dkim._domainkey.acme.test',
				txtRecord: `v=DKIM1;k=rsa;t=s;s=email;p=${key.pubkey}`,
				publicKey: key.pubkey,
			},
		]);
	});

	it('Get of a domain without a key is a not-found error', async () => {
		const { error } = await run(mailcow, {
			resource: 'dkim',
			operation: 'get',
			dkimDomain: byName('nokey.test'),
		});
		expect(error?.message).toBe('The DKIM key of domain "nokey.test" was not found (item 0)');
	});

	it('Create and Get returns an existing key without creating one', async () => {
		const out = await runOk(mailcow, {
			resource: 'dkim',
			operation: 'createAndGet',
			dkimDomain: byName('acme.test'),
		});
		expect(wire(mailcow)).toEqual([
			{ method: 'GET', rawPath: '/api/v1/get/dkim/acme.test', body: null },
		]);
		expect(out[0]).toMatchObject({ domain: 'acme.test', keyLength: 2048, created: false });
	});

	it('Create and Get creates the missing key, then reads it back', async () => {
		const out = await runOk(mailcow, {
			resource: 'dkim',
			operation: 'createAndGet',
			dkimDomain: byName('nokey.test'),
			dkimKeySize: 3072,
			simplify: false,
		});
		expect(wire(mailcow)).toEqual([
			{ method: 'GET', rawPath: '/api/v1/get/dkim/nokey.test', body: null },
			{
				method: 'POST',
				rawPath: '/api/v1/add/dkim',
				body: { domains: 'nokey.test', dkim_selector: 'dkim', key_size: 3072 },
			},
			{ method: 'GET', rawPath: '/api/v1/get/dkim/nokey.test', body: null },
		]);
		expect(out[0]).toMatchObject({ dkim_selector: 'dkim', length: '3072', created: true });
		expect(out[0].pubkey).toBe(mailcow.state.dkim.get('nokey.test')!.pubkey);
	});

	it("Create and Get maps the key's selector and size from the item (Map Automatically)", async () => {
		const out = await runOk(
			mailcow,
			{
				resource: 'dkim',
				operation: 'createAndGet',
				dkimDomain: byName('nokey.test'),
				mappingMode: 'autoMapInputData',
			},
			{ items: items({ dkim_selector: 'mapped', dkimKeySize: '1024' }) },
		);
		expect(mailcow.requests[1].body).toEqual({
			domains: 'nokey.test',
			dkim_selector: 'mapped',
			key_size: 1024,
		});
		expect(out[0]).toMatchObject({ domain: 'nokey.test', selector: 'mapped', created: true });
	});

	it('Create and Get pairs each key with its own item, found or created', async () => {
		const result = await run(
			mailcow,
			{ resource: 'dkim', operation: 'createAndGet', dkimDomain: byName('={{ $json.domain }}') },
			{ items: items({ domain: 'acme.test' }, { domain: 'nokey.test' }) },
		);
		expect(result.error).toBeUndefined();
		expect(result.items.map((i) => [i.json.domain, i.json.created, i.pairedItem])).toEqual([
			['acme.test', false, { item: 0 }],
			['nokey.test', true, { item: 1 }],
		]);
	});

	it('Create and Get creates nothing when the read answers an empty body (no key reached mailcow)', async () => {
		const { error } = await run(
			mailcow,
			{ resource: 'dkim', operation: 'createAndGet', dkimDomain: byName('nokey.test') },
			{ credentials: credentials(mailcow, '') },
		);
		expect(error?.message).toBe('Mailcow answered with an empty response');
		expect(error?.description).toContain('no valid API key');
		expect(wire(mailcow)).toEqual([
			{ method: 'GET', rawPath: '/api/v1/get/dkim/nokey.test', body: null },
		]);
		expect(mailcow.state.dkim.has('nokey.test')).toBe(false);
	});

	it('Create and Get refuses a domain that is not one path segment, naming the field', async () => {
		const { error } = await run(
			mailcow,
			{ resource: 'dkim', operation: 'createAndGet', dkimDomain: byName('={{ $json.domain }}') },
			{ items: items({ domain: 'acme.test/../x' }) },
		);
		expect(error?.message).toMatch(
			/^Domain: "acme\.test\/\.\.\/x" cannot be used as a name: .* \(item 0\)$/,
		);
		expect(wire(mailcow)).toEqual([]);
	});

	it('Create refuses a selector DNS cannot name and a key shorter than 1024 bits', async () => {
		const result = await run(
			mailcow,
			{
				resource: 'dkim',
				operation: 'create',
				dkimDomain: byName('nokey.test'),
				dkimSelector: '={{ $json.selector }}',
				dkimKeySize: '={{ $json.size }}',
			},
			{
				items: items({ selector: 'my selector', size: 2048 }, { selector: 'mail2026', size: 512 }),
				continueOnFail: true,
			},
		);
		expect(result.items.map((i) => [i.json.error, i.pairedItem])).toEqual([
			['Selector: use letters, digits, dots, dashes and underscores only (item 0)', { item: 0 }],
			['Key Size: must be at least 1024 (item 1)', { item: 1 }],
		]);
		expect(wire(mailcow)).toEqual([]);
	});

	it("Create and Get fails with mailcow's message when the domain does not exist", async () => {
		const { error } = await run(mailcow, {
			resource: 'dkim',
			operation: 'createAndGet',
			dkimDomain: byName('missing.test'),
		});
		expect(error?.message).toBe('Mailcow refused the request: access_denied (missing.test)');
	});

	it('Delete sends a bare array of domains', async () => {
		const out = await runOk(mailcow, {
			resource: 'dkim',
			operation: 'delete',
			dkimDomains: 'acme.test, nokey.test',
		});
		expect(wire(mailcow)).toEqual([
			{ method: 'POST', rawPath: '/api/v1/delete/dkim', body: ['acme.test', 'nokey.test'] },
		]);
		expect(out).toEqual([
			{
				success: true,
				domains: ['acme.test', 'nokey.test'],
				messages: ['DKIM key deleted (acme.test)', 'DKIM key deleted (nokey.test)'],
			},
		]);
		expect(mailcow.state.dkim.size).toBe(0);
	});

	it('Duplicate sends from_domain and a list of target domains', async () => {
		const out = await runOk(mailcow, {
			resource: 'dkim',
			operation: 'duplicate',
			dkimFromDomain: byName('acme.test'),
			dkimToDomains: 'nokey.test',
		});
		expect(wire(mailcow)).toEqual([
			{
				method: 'POST',
				rawPath: '/api/v1/add/dkim_duplicate',
				body: { from_domain: 'acme.test', to_domain: ['nokey.test'] },
			},
		]);
		expect(out).toEqual([
			{
				success: true,
				fromDomain: 'acme.test',
				toDomains: ['nokey.test'],
				messages: ['DKIM key copied (acme.test, nokey.test)'],
			},
		]);
		expect(mailcow.state.dkim.get('nokey.test')!.pubkey).toBe(
			mailcow.state.dkim.get('acme.test')!.pubkey,
		);
	});
});
