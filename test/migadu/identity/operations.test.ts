import { byAddress, byName, calls, runMigadu, runMigaduOk, useMigadu } from '../helpers';

describe('Migadu identity operations', () => {
	const migadu = useMigadu();
	const mailbox = { domain: byName('example.com'), mailbox: byAddress('info@example.com') };
	const create = (extra: Record<string, unknown>) =>
		runMigaduOk(migadu, {
			parameters: { resource: 'identity', operation: 'create', ...mailbox, ...extra },
		});

	it('Create sends local part, name and password use; "none" needs no password', async () => {
		const items = await create({
			identity: 'hello',
			name: 'Hello Desk',
			passwordUse: 'none',
			identityPassword: 'unused',
		});
		expect(calls(migadu)).toEqual(['POST /v1/domains/example.com/mailboxes/info/identities']);
		expect(migadu.requests[0].body).toEqual({
			local_part: 'hello',
			name: 'Hello Desk',
			password_use: 'none',
		});
		expect(items).toEqual([
			expect.objectContaining({ address: 'hello@example.com', password_use: 'none' }),
		]);
	});

	it('Create with a custom password sends it, plus the additional fields', async () => {
		await create({
			identity: 'billing@example.com',
			name: 'Billing',
			passwordUse: 'custom',
			identityPassword: 'Own-Secret-9',
			identityAdditionalFields: {
				mayAccessImap: false,
				footerActive: true,
				footerHtmlBody: '<p>Billing</p>',
			},
		});
		expect(migadu.requests[0].body).toEqual({
			local_part: 'billing',
			name: 'Billing',
			password_use: 'custom',
			may_access_imap: false,
			footer_active: true,
			footer_html_body: '<p>Billing</p>',
			password: 'Own-Secret-9',
		});
	});

	it('Create with password use "custom" and no password fails before sending', async () => {
		const { error } = await runMigadu(migadu, {
			parameters: {
				resource: 'identity',
				operation: 'create',
				...mailbox,
				identity: 'x',
				name: 'X',
				passwordUse: 'custom',
			},
		});
		expect(migadu.requests).toHaveLength(0);
		expect(error?.message).toBe('Password: is required (item 0)');
	});

	it('Create without a name fails before sending', async () => {
		const { error } = await runMigadu(migadu, {
			parameters: {
				resource: 'identity',
				operation: 'create',
				...mailbox,
				identity: 'x',
				name: '={{ $json.name }}',
			},
			items: [{ json: { name: '' } }],
		});
		expect(migadu.requests).toHaveLength(0);
		expect(error?.message).toBe('Name: is required (item 0)');
	});

	it('Get Many, Get, Update and Delete address the identity by its local part', async () => {
		await create({ identity: 'press', name: 'Press' });
		migadu.clearRequests();
		const list = await runMigaduOk(migadu, {
			parameters: { resource: 'identity', operation: 'getAll', ...mailbox, returnAll: true },
		});
		expect(list.map((i) => i.address)).toEqual(['press@example.com']);
		const [one] = await runMigaduOk(migadu, {
			parameters: {
				resource: 'identity',
				operation: 'get',
				...mailbox,
				identity: 'press@example.com',
			},
		});
		expect(one.name).toBe('Press');
		const [updated] = await runMigaduOk(migadu, {
			parameters: {
				resource: 'identity',
				operation: 'update',
				...mailbox,
				identity: 'press',
				identityUpdateFields: { name: 'Press Office', passwordUse: 'mailbox', maySend: false },
			},
		});
		expect(updated).toEqual(
			expect.objectContaining({ name: 'Press Office', password_use: 'mailbox', may_send: false }),
		);
		const [deleted] = await runMigaduOk(migadu, {
			parameters: { resource: 'identity', operation: 'delete', ...mailbox, identity: 'press' },
		});
		expect(deleted.address).toBe('press@example.com');
		expect(calls(migadu)).toEqual([
			'GET /v1/domains/example.com/mailboxes/info/identities',
			'GET /v1/domains/example.com/mailboxes/info/identities/press',
			'PUT /v1/domains/example.com/mailboxes/info/identities/press',
			'DELETE /v1/domains/example.com/mailboxes/info/identities/press',
		]);
		expect(migadu.requests[2].body).toEqual({
			name: 'Press Office',
			password_use: 'mailbox',
			may_send: false,
		});
		expect(migadu.state.mailbox('example.com', 'info')!.identities.size).toBe(0);
	});

	// Migadu keeps an identity's password only with password_use "custom" and silently drops it
	// otherwise (terraform-provider-migadu PR #151).
	describe('a password with Password Use other than Custom Password', () => {
		const seedPress = () =>
			create({ identity: 'press', name: 'Press', passwordUse: 'none' }).then(() =>
				migadu.requests.splice(0),
			);

		it('Update refuses it before sending, naming the field and the item', async () => {
			await seedPress();
			for (const passwordUse of ['none', 'mailbox']) {
				const { error } = await runMigadu(migadu, {
					parameters: {
						resource: 'identity',
						operation: 'update',
						...mailbox,
						identity: 'press',
						identityUpdateFields: { passwordUse, password: 'Own-Secret-9' },
					},
				});
				expect(error?.message).toBe(
					'Password: is ignored by Migadu unless Password Use is "Custom Password" (item 0)',
				);
				expect(error?.description).toBe(
					'Check the "Password" field of item 0. Choose Password Use "Custom Password", or leave Password empty.',
				);
				expect(error?.context?.itemIndex).toBe(0);
				expect(JSON.stringify({ ...error, node: undefined })).not.toContain('Own-Secret-9');
			}
			expect(migadu.requests).toEqual([]);
		});

		it('Update with a Password alone switches the identity to Custom Password', async () => {
			await seedPress();
			const [updated] = await runMigaduOk(migadu, {
				parameters: {
					resource: 'identity',
					operation: 'update',
					...mailbox,
					identity: 'press',
					identityUpdateFields: { password: 'Own-Secret-9' },
				},
			});
			expect(migadu.requests[0].body).toEqual({
				password_use: 'custom',
				password: 'Own-Secret-9',
			});
			expect(updated.password_use).toBe('custom');
			expect(migadu.state.identityPasswords.get('press@example.com')).toBe('Own-Secret-9');
		});
	});

	it('a missing identity is a "not found" error naming it and its mailbox', async () => {
		const { error } = await runMigadu(migadu, {
			parameters: { resource: 'identity', operation: 'get', ...mailbox, identity: 'nobody' },
		});
		expect(error?.message).toBe(
			'Migadu could not find identity "nobody@example.com" of mailbox "info@example.com" (item 0)',
		);
	});
	it('Delete answered 500 is confirmed by a lookup and returns the identity and its mailbox', async () => {
		await create({ identity: 'press', name: 'Press' });
		migadu.clearRequests();
		migadu.deleteAnswers500 = true;
		const out = await runMigaduOk(migadu, {
			parameters: { resource: 'identity', operation: 'delete', ...mailbox, identity: 'press' },
		});
		const path = '/v1/domains/example.com/mailboxes/info/identities/press';
		expect(calls(migadu)).toEqual([`DELETE ${path}`, `GET ${path}`]);
		expect(out).toEqual([
			{ address: 'press@example.com', mailbox: 'info@example.com', deleted: true },
		]);
	});

	it('names the Identity field when its value is of another domain or not one path segment', async () => {
		const result = await runMigadu(migadu, {
			parameters: {
				resource: 'identity',
				operation: 'get',
				...mailbox,
				identity: '={{ $json.identity }}',
			},
			items: [{ json: { identity: 'press@other.example' } }, { json: { identity: 'a%2Fb' } }],
			continueOnFail: true,
		});
		expect(result.items.map((i) => i.json.error)).toEqual([
			'Identity: "press@other.example" is not an address of the domain example.com (item 0)',
			'Identity: "a%2Fb" cannot be used as a name: it contains a percent sign (item 1)',
		]);
		expect(migadu.requests).toEqual([]);
	});

	it('Get Many of a missing mailbox names the mailbox', async () => {
		const { error } = await runMigadu(migadu, {
			parameters: {
				resource: 'identity',
				operation: 'getAll',
				domain: byName('example.com'),
				mailbox: byAddress('ghost'),
				returnAll: true,
			},
		});
		expect(calls(migadu)).toEqual(['GET /v1/domains/example.com/mailboxes/ghost/identities']);
		expect(error?.message).toBe('Migadu could not find mailbox "ghost@example.com" (item 0)');
	});
});
