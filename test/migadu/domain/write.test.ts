import { byName, calls, runMigadu, runMigaduOk, useMigadu } from '../helpers';

describe('Migadu domain: Create, Update, Activate', () => {
	const migadu = useMigadu();

	it('Create sends the punycoded name, hosted_dns and create_default_addresses', async () => {
		const items = await runMigaduOk(migadu, {
			parameters: {
				resource: 'domain',
				operation: 'create',
				domainName: 'Café.example',
				hostedDns: false,
				createDefaultAddresses: true,
				domainAdditionalFields: {
					description: 'Coffee shop',
					catchallDestinations: 'owner@example.com',
				},
			},
		});
		expect(calls(migadu)).toEqual(['POST /v1/domains']);
		expect(migadu.requests[0].body).toEqual({
			name: 'xn--caf-dma.example',
			hosted_dns: false,
			create_default_addresses: true,
			description: 'Coffee shop',
			catchall_destinations: ['owner@example.com'],
		});
		expect(items).toEqual([
			expect.objectContaining({ name: 'xn--caf-dma.example', state: 'pending' }),
		]);
		const aliases = [...migadu.state.domains.get('xn--caf-dma.example')!.aliases.keys()];
		expect(aliases).toEqual(['postmaster', 'abuse', 'admin']);
	});

	it('Create refuses something that is not a domain name', async () => {
		const { error } = await runMigadu(migadu, {
			parameters: { resource: 'domain', operation: 'create', domainName: 'not a domain' },
		});
		expect(migadu.requests).toHaveLength(0);
		expect(error?.message).toBe(
			'Domain Name: "not a domain" is not a domain name such as example.com (item 0)',
		);
	});

	it("Create of an existing domain shows Migadu's 400 text", async () => {
		const { error } = await runMigadu(migadu, {
			parameters: { resource: 'domain', operation: 'create', domainName: 'example.com' },
		});
		expect(error?.message).toBe(
			'Migadu refused the request for domain "example.com": name has already been taken',
		);
	});

	it('Update is a PATCH with only the fields given', async () => {
		const items = await runMigaduOk(migadu, {
			parameters: {
				resource: 'domain',
				operation: 'update',
				domain: byName('example.com'),
				domainUpdateFields: {
					description: 'Main',
					greylistingEnabled: true,
					spamAggressiveness: 'aggressive',
				},
			},
		});
		expect(calls(migadu)).toEqual(['PATCH /v1/domains/example.com']);
		expect(migadu.requests[0].body).toEqual({
			description: 'Main',
			greylisting_enabled: true,
			spam_aggressiveness: 'aggressive',
		});
		expect(items).toEqual([
			expect.objectContaining({ description: 'Main', greylisting_enabled: true }),
		]);
	});

	it('Activate is a GET; while the DNS checks fail Migadu answers 422 and the error says what to do', async () => {
		const parameters = {
			resource: 'domain',
			operation: 'activate',
			domain: byName('bücher.example'),
		};
		const { error } = await runMigadu(migadu, { parameters });
		expect(calls(migadu)).toEqual(['GET /v1/domains/xn--bcher-kva.example/activate']);
		expect(error?.httpCode).toBe('422');
		expect(error?.message).toBe(
			'Migadu could not process the request for domain "xn--bcher-kva.example": DNS records are not set up correctly',
		);
		expect(error?.description).toMatch(/Get DNS Records/);

		migadu.state.dnsReady.add('xn--bcher-kva.example');
		const items = await runMigaduOk(migadu, { parameters });
		expect(items).toEqual([
			expect.objectContaining({ name: 'xn--bcher-kva.example', state: 'active' }),
		]);
	});
});
