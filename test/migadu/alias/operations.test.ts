import { byName, calls, runMigadu, runMigaduOk, useMigadu } from '../helpers';

describe('Migadu alias operations', () => {
	const migadu = useMigadu();
	const domain = byName('example.com');

	it('Get Many unwraps "address_aliases"', async () => {
		const items = await runMigaduOk(migadu, {
			parameters: { resource: 'alias', operation: 'getAll', domain, returnAll: true },
		});
		expect(calls(migadu)).toEqual(['GET /v1/domains/example.com/aliases']);
		expect(items).toEqual([expect.objectContaining({ address: 'team@example.com' })]);
	});

	it('Create sends destinations as a JSON array, with the additional fields', async () => {
		const items = await runMigaduOk(migadu, {
			parameters: {
				resource: 'alias',
				operation: 'create',
				domain,
				alias: 'support',
				destinations: 'info@example.com,\nsales@example.com',
				aliasAdditionalFields: {
					isInternal: true,
					expireable: true,
					expiresOn: '2027-03-01',
					removeUponExpiry: true,
				},
			},
		});
		expect(calls(migadu)).toEqual(['POST /v1/domains/example.com/aliases']);
		expect(migadu.requests[0].rawBody).toContain(
			'"destinations":["info@example.com","sales@example.com"]',
		);
		expect(migadu.requests[0].body).toEqual({
			destinations: ['info@example.com', 'sales@example.com'],
			is_internal: true,
			expireable: true,
			expires_on: '2027-03-01',
			remove_upon_expiry: true,
			local_part: 'support',
		});
		expect(items).toEqual([
			expect.objectContaining({ address: 'support@example.com', is_internal: true }),
		]);
	});

	it('Create converts Unicode destination domains to punycode', async () => {
		await runMigaduOk(migadu, {
			parameters: { resource: 'domain', operation: 'create', domainName: 'Müller.example' },
		});
		migadu.clearRequests();
		await runMigaduOk(migadu, {
			parameters: {
				resource: 'alias',
				operation: 'create',
				domain: byName('müller.example'),
				alias: 'hi',
				destinations: 'admin@müller.example',
			},
		});
		expect(calls(migadu)).toEqual(['POST /v1/domains/xn--mller-kva.example/aliases']);
		expect(migadu.requests[0].body).toEqual({
			destinations: ['admin@xn--mller-kva.example'],
			local_part: 'hi',
		});
	});

	it('Create with no destinations fails before sending', async () => {
		const { error } = await runMigadu(migadu, {
			parameters: {
				resource: 'alias',
				operation: 'create',
				domain,
				alias: 'x',
				destinations: ' , ',
			},
		});
		expect(migadu.requests).toHaveLength(0);
		expect(error?.message).toBe('Destinations: needs at least one address (item 0)');
	});

	it('Update replaces the destination list; Get and Delete address the alias', async () => {
		const [updated] = await runMigaduOk(migadu, {
			parameters: {
				resource: 'alias',
				operation: 'update',
				domain,
				alias: 'team@example.com',
				aliasUpdateFields: { destinations: 'info@example.com' },
			},
		});
		expect(migadu.requests[0].body).toEqual({ destinations: ['info@example.com'] });
		expect(updated.destinations).toEqual(['info@example.com']);
		const [one] = await runMigaduOk(migadu, {
			parameters: { resource: 'alias', operation: 'get', domain, alias: 'team' },
		});
		expect(one.destinations).toEqual(['info@example.com']);
		const [deleted] = await runMigaduOk(migadu, {
			parameters: { resource: 'alias', operation: 'delete', domain, alias: 'team' },
		});
		expect(deleted.address).toBe('team@example.com');
		expect(calls(migadu)).toEqual([
			'PUT /v1/domains/example.com/aliases/team',
			'GET /v1/domains/example.com/aliases/team',
			'DELETE /v1/domains/example.com/aliases/team',
		]);
	});

	it("shows Migadu's 400 text (destinations on another domain)", async () => {
		const { error } = await runMigadu(migadu, {
			parameters: {
				resource: 'alias',
				operation: 'create',
				domain,
				alias: 'ext',
				destinations: 'someone@gmail.example',
			},
		});
		expect(error?.message).toBe(
			'Migadu refused the request for alias "ext@example.com": destinations must be on the same domain',
		);
		expect(error?.httpCode).toBe('400');
	});
	it('Delete answered 500 is confirmed by a lookup and returns the deleted address', async () => {
		migadu.deleteAnswers500 = true;
		const out = await runMigaduOk(migadu, {
			parameters: { resource: 'alias', operation: 'delete', domain, alias: 'team@example.com' },
		});
		expect(calls(migadu)).toEqual([
			'DELETE /v1/domains/example.com/aliases/team',
			'GET /v1/domains/example.com/aliases/team',
		]);
		expect(out).toEqual([{ address: 'team@example.com', deleted: true }]);
	});

	it('names the Alias field when its value is of another domain or not one path segment', async () => {
		const result = await runMigadu(migadu, {
			parameters: { resource: 'alias', operation: 'get', domain, alias: '={{ $json.alias }}' },
			items: [{ json: { alias: 'team@other.example' } }, { json: { alias: 'x/../team' } }],
			continueOnFail: true,
		});
		expect(result.items.map((i) => i.json.error)).toEqual([
			'Alias: "team@other.example" is not an address of the domain example.com (item 0)',
			'Alias: "x/../team" cannot be used as a name: it contains a slash (item 1)',
		]);
		expect(migadu.requests).toEqual([]);
	});

	it('Get Many of a missing domain names the domain', async () => {
		const { error } = await runMigadu(migadu, {
			parameters: {
				resource: 'alias',
				operation: 'getAll',
				domain: byName('ghost.example'),
				returnAll: true,
			},
		});
		expect(calls(migadu)).toEqual(['GET /v1/domains/ghost.example/aliases']);
		expect(error?.message).toBe('Migadu could not find domain "ghost.example" (item 0)');
	});
});
