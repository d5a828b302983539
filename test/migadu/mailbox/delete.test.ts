import { byAddress, byName, calls, runMigadu, runMigaduOk, useMigadu } from '../helpers';

describe('Migadu mailbox: Delete', () => {
	const migadu = useMigadu();
	const base = {
		resource: 'mailbox',
		operation: 'delete',
		domain: byName('example.com'),
		mailbox: byAddress('sales'),
	};

	it('deletes and returns the deleted mailbox', async () => {
		const items = await runMigaduOk(migadu, { parameters: base });
		expect(calls(migadu)).toEqual(['DELETE /v1/domains/example.com/mailboxes/sales']);
		expect(migadu.requests[0].body).toBeNull();
		expect(items).toEqual([expect.objectContaining({ address: 'sales@example.com' })]);
		expect(migadu.state.mailbox('example.com', 'sales')).toBeUndefined();
	});

	it('a DELETE answered 500 is confirmed with a GET; 404 means deleted and the item succeeds', async () => {
		migadu.deleteAnswers500 = true;
		const items = await runMigaduOk(migadu, { parameters: base });
		expect(calls(migadu)).toEqual([
			'DELETE /v1/domains/example.com/mailboxes/sales',
			'GET /v1/domains/example.com/mailboxes/sales',
		]);
		expect(items).toEqual([{ address: 'sales@example.com', deleted: true }]);
		expect(migadu.state.mailbox('example.com', 'sales')).toBeUndefined();
	});

	it('a real 500 (the mailbox is still there) keeps the error', async () => {
		migadu.injectFault(
			{ kind: 'serverError', status: 500, text: 'Internal Server Error' },
			{ match: (r) => r.method === 'DELETE' },
		);
		const { error } = await runMigadu(migadu, { parameters: base });
		expect(calls(migadu)).toEqual([
			'DELETE /v1/domains/example.com/mailboxes/sales',
			'GET /v1/domains/example.com/mailboxes/sales',
		]);
		expect(error?.message).toBe('Migadu answered with HTTP 500');
		expect(error?.description).toMatch(/Response: Internal Server Error/);
		expect(error?.description).toMatch(/the object still exists, so it was not deleted/);
		expect(migadu.state.mailbox('example.com', 'sales')).toBeDefined();
	});

	it('deleting a missing mailbox is a "not found" error', async () => {
		const { error } = await runMigadu(migadu, {
			parameters: { ...base, mailbox: byAddress('ghost') },
		});
		expect(calls(migadu)).toEqual(['DELETE /v1/domains/example.com/mailboxes/ghost']);
		expect(error?.message).toBe('Migadu could not find mailbox "ghost@example.com" (item 0)');
	});

	it('names the missing mailbox and the item it came from', async () => {
		const result = await runMigadu(migadu, {
			parameters: { ...base, mailbox: byAddress('={{ $json.who }}') },
			items: [{ json: { who: 'sales' } }, { json: { who: 'ghost' } }],
			continueOnFail: true,
		});
		expect(result.items[1].json).toEqual({
			error: 'Migadu could not find mailbox "ghost@example.com" (item 1)',
		});
	});
});
