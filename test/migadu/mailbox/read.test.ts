import { byAddress, byName, calls, runMigadu, runMigaduOk, useMigadu } from '../helpers';

describe('Migadu mailbox: Get Many and Get', () => {
	const migadu = useMigadu();
	const domain = byName('example.com');

	it('Get Many returns one item per mailbox of the "mailboxes" envelope', async () => {
		const items = await runMigaduOk(migadu, {
			parameters: { resource: 'mailbox', operation: 'getAll', domain, returnAll: true },
		});
		expect(calls(migadu)).toEqual(['GET /v1/domains/example.com/mailboxes']);
		expect(items.map((i) => i.address)).toEqual(['info@example.com', 'sales@example.com']);
	});

	it('Get Many honours Limit', async () => {
		const items = await runMigaduOk(migadu, {
			parameters: { resource: 'mailbox', operation: 'getAll', domain, returnAll: false, limit: 1 },
		});
		expect(items.map((i) => i.address)).toEqual(['info@example.com']);
	});

	it.each([
		['a local part', 'sales'],
		['a full address', 'sales@example.com'],
	])('Get accepts %s', async (_label, value) => {
		const items = await runMigaduOk(migadu, {
			parameters: { resource: 'mailbox', operation: 'get', domain, mailbox: byAddress(value) },
		});
		expect(calls(migadu)).toEqual(['GET /v1/domains/example.com/mailboxes/sales']);
		expect(items).toEqual([
			expect.objectContaining({ address: 'sales@example.com', name: 'Sales Team' }),
		]);
	});

	it('Get refuses an address of another domain before sending anything', async () => {
		const { error } = await runMigadu(migadu, {
			parameters: {
				resource: 'mailbox',
				operation: 'get',
				domain,
				mailbox: byAddress('sales@other.example'),
			},
		});
		expect(migadu.requests).toHaveLength(0);
		expect(error?.message).toBe(
			'Mailbox: "sales@other.example" is not an address of the domain example.com (item 0)',
		);
	});

	it('refuses a local part that would change the route, before sending', async () => {
		const { error } = await runMigadu(migadu, {
			parameters: {
				resource: 'mailbox',
				operation: 'get',
				domain,
				mailbox: byAddress('../../domains'),
			},
		});
		expect(calls(migadu)).toEqual([]);
		expect(error?.message).toBe(
			'Mailbox: "../../domains" cannot be used as a name: it contains a slash (item 0)',
		);
	});

	it('a missing mailbox is a 404 "not found" naming the address', async () => {
		const { error } = await runMigadu(migadu, {
			parameters: { resource: 'mailbox', operation: 'get', domain, mailbox: byAddress('ghost') },
		});
		expect(error?.message).toBe('Migadu could not find mailbox "ghost@example.com" (item 0)');
		expect(error?.httpCode).toBe('404');
	});

	it('Get Many of an unknown domain says the domain was not found', async () => {
		const { error } = await runMigadu(migadu, {
			parameters: {
				resource: 'mailbox',
				operation: 'getAll',
				domain: byName('nope.example'),
				returnAll: true,
			},
		});
		expect(error?.message).toBe('Migadu could not find domain "nope.example" (item 0)');
	});

	it('a Unicode domain is sent in punycode', async () => {
		const items = await runMigaduOk(migadu, {
			parameters: {
				resource: 'mailbox',
				operation: 'getAll',
				domain: byName('bücher.example'),
				returnAll: true,
			},
		});
		expect(calls(migadu)).toEqual(['GET /v1/domains/xn--bcher-kva.example/mailboxes']);
		expect(items).toEqual([]);
	});
});
