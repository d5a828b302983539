import { byName, calls, runMigadu, runMigaduOk, useMigadu } from '../helpers';

describe('Migadu rewrite operations', () => {
	const migadu = useMigadu();
	const domain = byName('example.com');
	const createDemo = () =>
		runMigaduOk(migadu, {
			parameters: {
				resource: 'rewrite',
				operation: 'create',
				domain,
				rewrite: 'demo',
				localPartRule: 'demo-*',
				destinations: '={{ ["info@example.com", "sales@example.com"] }}',
				rewriteAdditionalFields: { orderNum: 2 },
			},
		});

	it('Create sends destinations as comma-separated text (not an array)', async () => {
		const items = await createDemo();
		expect(calls(migadu)).toEqual(['POST /v1/domains/example.com/rewrites']);
		expect(migadu.requests[0].rawBody).toContain(
			'"destinations":"info@example.com,sales@example.com"',
		);
		expect(migadu.requests[0].body).toEqual({
			local_part_rule: 'demo-*',
			destinations: 'info@example.com,sales@example.com',
			order_num: 2,
			name: 'demo',
		});
		expect(items).toEqual([
			expect.objectContaining({
				name: 'demo',
				destinations: ['info@example.com', 'sales@example.com'],
				order_num: 2,
			}),
		]);
	});

	it('Update renames the rule and replaces the destinations; later calls use the new name', async () => {
		await createDemo();
		migadu.clearRequests();
		const [renamed] = await runMigaduOk(migadu, {
			parameters: {
				resource: 'rewrite',
				operation: 'update',
				domain,
				rewrite: 'demo',
				rewriteUpdateFields: {
					newName: 'demo2',
					destinations: 'info@example.com',
					localPartRule: 'demo2-*',
				},
			},
		});
		expect(migadu.requests[0].body).toEqual({
			name: 'demo2',
			local_part_rule: 'demo2-*',
			destinations: 'info@example.com',
		});
		expect(renamed.name).toBe('demo2');
		const list = await runMigaduOk(migadu, {
			parameters: { resource: 'rewrite', operation: 'getAll', domain, returnAll: true },
		});
		expect(list.map((r) => r.name)).toEqual(['demo2']);
		const [one] = await runMigaduOk(migadu, {
			parameters: { resource: 'rewrite', operation: 'get', domain, rewrite: 'demo2' },
		});
		expect(one.local_part_rule).toBe('demo2-*');
		const [deleted] = await runMigaduOk(migadu, {
			parameters: { resource: 'rewrite', operation: 'delete', domain, rewrite: 'demo2' },
		});
		expect(deleted.name).toBe('demo2');
		expect(calls(migadu)).toEqual([
			'PUT /v1/domains/example.com/rewrites/demo',
			'GET /v1/domains/example.com/rewrites',
			'GET /v1/domains/example.com/rewrites/demo2',
			'DELETE /v1/domains/example.com/rewrites/demo2',
		]);
	});

	it('the old name is gone after a rename', async () => {
		const { error } = await runMigadu(migadu, {
			parameters: { resource: 'rewrite', operation: 'get', domain, rewrite: 'nope' },
		});
		expect(error?.message).toBe(
			'Migadu could not find rewrite "nope" of domain "example.com" (item 0)',
		);
	});

	it('an empty new name is refused', async () => {
		const { error } = await runMigadu(migadu, {
			parameters: {
				resource: 'rewrite',
				operation: 'update',
				domain,
				rewrite: 'demo',
				rewriteUpdateFields: { newName: '' },
			},
		});
		expect(migadu.requests).toHaveLength(0);
		expect(error?.message).toBe('New Name: cannot be empty (item 0)');
	});
	it('Delete answered 500 is confirmed by a lookup and returns the rule and its domain', async () => {
		await createDemo();
		migadu.clearRequests();
		migadu.deleteAnswers500 = true;
		const out = await runMigaduOk(migadu, {
			parameters: { resource: 'rewrite', operation: 'delete', domain, rewrite: 'demo' },
		});
		expect(calls(migadu)).toEqual([
			'DELETE /v1/domains/example.com/rewrites/demo',
			'GET /v1/domains/example.com/rewrites/demo',
		]);
		expect(out).toEqual([{ name: 'demo', domain_name: 'example.com', deleted: true }]);
	});

	it('names the Rewrite Name field when it is blank or not one path segment', async () => {
		const result = await runMigadu(migadu, {
			parameters: { resource: 'rewrite', operation: 'get', domain, rewrite: '={{ $json.name }}' },
			items: [{ json: { name: ' ' } }, { json: { name: '..' } }],
			continueOnFail: true,
		});
		expect(result.items.map((i) => i.json.error)).toEqual([
			'Rewrite Name: is required (item 0)',
			'Rewrite Name: ".." cannot be used as a name (item 1)',
		]);
		expect(migadu.requests).toEqual([]);
	});

	it('Get Many of a missing domain names the domain', async () => {
		const { error } = await runMigadu(migadu, {
			parameters: {
				resource: 'rewrite',
				operation: 'getAll',
				domain: byName('ghost.example'),
				returnAll: true,
			},
		});
		expect(calls(migadu)).toEqual(['GET /v1/domains/ghost.example/rewrites']);
		expect(error?.message).toBe('Migadu could not find domain "ghost.example" (item 0)');
	});
});
