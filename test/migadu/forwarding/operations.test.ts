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
});
