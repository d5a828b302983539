import { byAddress, byName, calls, runMigadu, runMigaduOk, useMigadu } from '../helpers';

describe('Migadu forwarding operations', () => {
	const migadu = useMigadu();
	const mailbox = { domain: byName('example.com'), mailbox: byAddress('sales') };

	it('Create sends the address (punycoded), expiry and removal; Migadu asks for confirmation', async () => {
		const items = await runMigaduOk(migadu, {
			parameters: {
				resource: 'forwarding',
				operation: 'create',
				...mailbox,
				address: 'Boss@Bücher.example',
				forwardingAdditionalFields: { expiresOn: '2026-12-31', removeUponExpiry: true },
			},
		});
		expect(calls(migadu)).toEqual(['POST /v1/domains/example.com/mailboxes/sales/forwardings']);
		expect(migadu.requests[0].body).toEqual({
			address: 'Boss@xn--bcher-kva.example',
			expires_on: '2026-12-31',
			remove_upon_expiry: true,
		});
		expect(items).toEqual([
			expect.objectContaining({ address: 'boss@xn--bcher-kva.example', confirmed_at: null }),
		]);
		expect(migadu.state.confirmations).toEqual([
			{ mailbox: 'sales@example.com', to: 'boss@xn--bcher-kva.example' },
		]);
	});

	it('Get Many, Get, Update and Delete address the forwarding by its full address, encoded', async () => {
		await runMigaduOk(migadu, {
			parameters: {
				resource: 'forwarding',
				operation: 'create',
				...mailbox,
				address: 'out+tag@elsewhere.example',
			},
		});
		migadu.clearRequests();
		const list = await runMigaduOk(migadu, {
			parameters: { resource: 'forwarding', operation: 'getAll', ...mailbox, returnAll: true },
		});
		expect(list.map((f) => f.address)).toEqual(['out+tag@elsewhere.example']);
		const forwarding = 'out+tag@elsewhere.example';
		await runMigaduOk(migadu, {
			parameters: { resource: 'forwarding', operation: 'get', ...mailbox, forwarding },
		});
		const [updated] = await runMigaduOk(migadu, {
			parameters: {
				resource: 'forwarding',
				operation: 'update',
				...mailbox,
				forwarding,
				forwardingUpdateFields: { isActive: false, expiresOn: '' },
			},
		});
		expect(migadu.requests[2].body).toEqual({ is_active: false, expires_on: null });
		expect(updated.is_active).toBe(false);
		const [deleted] = await runMigaduOk(migadu, {
			parameters: { resource: 'forwarding', operation: 'delete', ...mailbox, forwarding },
		});
		expect(deleted.address).toBe(forwarding);
		const path = '/v1/domains/example.com/mailboxes/sales/forwardings';
		expect(calls(migadu)).toEqual([
			`GET ${path}`,
			`GET ${path}/out%2Btag%40elsewhere.example`,
			`PUT ${path}/out%2Btag%40elsewhere.example`,
			`DELETE ${path}/out%2Btag%40elsewhere.example`,
		]);
	});

	it('refuses a forwarding address that is not an address', async () => {
		const { error } = await runMigadu(migadu, {
			parameters: {
				resource: 'forwarding',
				operation: 'create',
				...mailbox,
				address: 'not-an-address',
			},
		});
		expect(migadu.requests).toHaveLength(0);
		expect(error?.message).toBe('Address: "not-an-address" is not an email address (item 0)');
	});
	it("a duplicate Create shows Migadu's text, naming the forwarding and its mailbox", async () => {
		const create = {
			resource: 'forwarding',
			operation: 'create',
			...mailbox,
			address: 'out@elsewhere.example',
		};
		await runMigaduOk(migadu, { parameters: create });
		const { error } = await runMigadu(migadu, { parameters: create });
		expect(migadu.requests).toHaveLength(2);
		expect(error?.message).toBe(
			'Migadu refused the request for forwarding to "out@elsewhere.example" of mailbox "sales@example.com": address has already been taken',
		);
	});

	it('Delete answered 500 is confirmed by a lookup and returns the forwarding and its mailbox', async () => {
		migadu.deleteAnswers500 = true;
		await runMigaduOk(migadu, {
			parameters: {
				resource: 'forwarding',
				operation: 'create',
				...mailbox,
				address: 'out@elsewhere.example',
			},
		});
		migadu.clearRequests();
		const out = await runMigaduOk(migadu, {
			parameters: {
				resource: 'forwarding',
				operation: 'delete',
				...mailbox,
				forwarding: 'out@elsewhere.example',
			},
		});
		const path = '/v1/domains/example.com/mailboxes/sales/forwardings/out%40elsewhere.example';
		expect(calls(migadu)).toEqual([`DELETE ${path}`, `GET ${path}`]);
		expect(out).toEqual([
			{ address: 'out@elsewhere.example', mailbox: 'sales@example.com', deleted: true },
		]);
	});

	it('Delete answered with an empty body returns the forwarding and its mailbox, paired', async () => {
		migadu.deleteAnswersEmpty = true;
		for (const address of ['one@elsewhere.example', 'two@elsewhere.example']) {
			await runMigaduOk(migadu, {
				parameters: { resource: 'forwarding', operation: 'create', ...mailbox, address },
			});
		}
		migadu.clearRequests();
		const { items } = await runMigadu(migadu, {
			parameters: {
				resource: 'forwarding',
				operation: 'delete',
				...mailbox,
				forwarding: '={{ $json.address }}',
			},
			items: [
				{ json: { address: 'one@elsewhere.example' } },
				{ json: { address: 'two@elsewhere.example' } },
			],
		});
		expect(calls(migadu)).toEqual([
			'DELETE /v1/domains/example.com/mailboxes/sales/forwardings/one%40elsewhere.example',
			'DELETE /v1/domains/example.com/mailboxes/sales/forwardings/two%40elsewhere.example',
		]);
		expect(items).toEqual([
			{
				json: { address: 'one@elsewhere.example', mailbox: 'sales@example.com', deleted: true },
				pairedItem: { item: 0 },
			},
			{
				json: { address: 'two@elsewhere.example', mailbox: 'sales@example.com', deleted: true },
				pairedItem: { item: 1 },
			},
		]);
	});

	it('names the Forwarding Address field, and a missing forwarding with its mailbox', async () => {
		const result = await runMigadu(migadu, {
			parameters: {
				resource: 'forwarding',
				operation: 'get',
				...mailbox,
				forwarding: '={{ $json.to }}',
			},
			items: [{ json: { to: 'not-an-address' } }, { json: { to: 'gone@elsewhere.example' } }],
			continueOnFail: true,
		});
		expect(result.items.map((i) => i.json.error)).toEqual([
			'Forwarding Address: "not-an-address" is not an email address (item 0)',
			'Migadu could not find forwarding to "gone@elsewhere.example" of mailbox "sales@example.com" (item 1)',
		]);
		expect(calls(migadu)).toEqual([
			'GET /v1/domains/example.com/mailboxes/sales/forwardings/gone%40elsewhere.example',
		]);
	});

	it('Get Many of a missing mailbox names the mailbox', async () => {
		const { error } = await runMigadu(migadu, {
			parameters: {
				resource: 'forwarding',
				operation: 'getAll',
				domain: byName('example.com'),
				mailbox: byAddress('ghost'),
				returnAll: true,
			},
		});
		expect(calls(migadu)).toEqual(['GET /v1/domains/example.com/mailboxes/ghost/forwardings']);
		expect(error?.message).toBe('Migadu could not find mailbox "ghost@example.com" (item 0)');
	});
});
