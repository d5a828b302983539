import type { INodeParameters } from 'n8n-workflow';
import { addAppPassword } from '../../emulators/mailcow/routes/appPasswd';
import { byAddress, items, run, runOk, useMailcow, wire } from '../setup';

const ALL = [
	'imap_access',
	'pop3_access',
	'smtp_access',
	'sieve_access',
	'eas_access',
	'dav_access',
];

// App passwords of a mailbox: add/app-passwd, get/app-passwd/all/{mailbox}, edit/app-passwd
// (undocumented) and delete/app-passwd (mailcow-observed-2.md, "App passwords").
describe('Mailcow → App Password', () => {
	const mailcow = useMailcow();
	beforeEach(() => {
		mailcow.state.addDomain({ name: 'acme.test', mailboxes: 10, quota: 10240, maxquota: 2048 });
		mailcow.state.addMailbox({ username: 'jane@acme.test', password: 'Secret-123-abc' });
		mailcow.state.addMailbox({ username: 'joe@acme.test', password: 'Secret-123-abc' });
	});

	describe('Create', () => {
		it('generates a strong password, sends it twice with every protocol, returns it once', async () => {
			const out = await runOk(mailcow, {
				resource: 'appPassword',
				operation: 'create',
				appPasswordMailbox: byAddress('jane@acme.test'),
				appName: 'Phone',
			});
			const body = mailcow.requests[0].body as Record<string, unknown>;
			expect(wire(mailcow)).toEqual([
				{
					method: 'POST',
					rawPath: '/api/v1/add/app-passwd',
					body: {
						username: 'jane@acme.test',
						app_name: 'Phone',
						protocols: ALL,
						active: 1,
						app_passwd: body.app_passwd,
						app_passwd2: body.app_passwd,
					},
				},
			]);
			const password = out[0].generatedPassword as string;
			expect(password).toMatch(/^(?=.*[A-Z])(?=.*[a-z])(?=.*\d)(?=.*[^A-Za-z\d]).{20}$/);
			expect(password).toBe(body.app_passwd);
			expect(out).toEqual([
				{
					success: true,
					mailbox: 'jane@acme.test',
					appName: 'Phone',
					generatedPassword: password,
					messages: ['App password added'],
				},
			]);
			const [stored] = mailcow.state.appPasswords.values();
			expect(stored).toMatchObject({ mailbox: 'jane@acme.test', name: 'Phone', active: 1 });
			expect(stored.protocols).toEqual({
				imap_access: 1,
				smtp_access: 1,
				dav_access: 1,
				eas_access: 1,
				pop3_access: 1,
				sieve_access: 1,
			});
		});

		it('sends a given password and only the selected protocols, and never outputs the password', async () => {
			const out = await runOk(mailcow, {
				resource: 'appPassword',
				operation: 'create',
				appPasswordMailbox: byAddress('jane@acme.test'),
				appName: 'Thunderbird',
				appPasswordSecret: 'Typed-Secret-98',
				appProtocols: ['imap_access', 'smtp_access'],
			});
			expect(mailcow.requests[0].body).toEqual({
				username: 'jane@acme.test',
				app_name: 'Thunderbird',
				protocols: ['imap_access', 'smtp_access'],
				active: 1,
				app_passwd: 'Typed-Secret-98',
				app_passwd2: 'Typed-Secret-98',
			});
			expect(out).toEqual([
				{
					success: true,
					mailbox: 'jane@acme.test',
					appName: 'Thunderbird',
					messages: ['App password added'],
				},
			]);
			expect(JSON.stringify(out)).not.toContain('Typed-Secret-98');
		});

		it('refuses an empty protocol list before sending (mailcow would store a useless password)', async () => {
			const result = await run(
				mailcow,
				{
					resource: 'appPassword',
					operation: 'create',
					appPasswordMailbox: byAddress('jane@acme.test'),
					appName: 'Phone',
					appProtocols: '={{ $json.protocols }}',
				},
				{ items: items({ protocols: [] }) },
			);
			expect(result.error?.message).toBe('Protocols: is required (item 0)');
			expect(mailcow.requests).toHaveLength(0);
		});

		it("explains mailcow's refusal of an unknown mailbox in plain English", async () => {
			const result = await run(mailcow, {
				resource: 'appPassword',
				operation: 'create',
				appPasswordMailbox: byAddress('nobody@acme.test'),
				appName: 'Phone',
			});
			expect(result.error?.message).toBe('Mailcow refused the request: access_denied');
			expect(result.error?.description).toContain('Mailcow refused access to the object');
			expect(JSON.stringify(result.error)).not.toMatch(/"app_passwd2?":"[^*]/);
		});
	});

	describe('Get Many', () => {
		it('lists the app passwords of each mailbox, paired with its item, without the hashes', async () => {
			addAppPassword(mailcow.state, {
				mailbox: 'jane@acme.test',
				name: 'R&D phone',
				protocols: ['imap_access', 'eas_access'],
			});
			addAppPassword(mailcow.state, { mailbox: 'joe@acme.test', name: 'Laptop', active: 0 });
			const result = await run(
				mailcow,
				{
					resource: 'appPassword',
					operation: 'getAll',
					appPasswordMailbox: '={{ $json.who }}',
					returnAll: true,
				},
				{ items: items({ who: 'jane@acme.test' }, { who: 'joe@acme.test' }) },
			);
			expect(result.error).toBeUndefined();
			expect(wire(mailcow).map((r) => r.rawPath)).toEqual([
				'/api/v1/get/app-passwd/all/jane%40acme.test',
				'/api/v1/get/app-passwd/all/joe%40acme.test',
			]);
			expect(result.items.map((i) => [i.json, i.pairedItem])).toEqual([
				[
					{
						id: 1,
						name: 'R&D phone',
						mailbox: 'jane@acme.test',
						active: true,
						protocols: ['imap', 'eas'],
						created: expect.any(String),
						modified: null,
					},
					{ item: 0 },
				],
				[
					{
						id: 2,
						name: 'Laptop',
						mailbox: 'joe@acme.test',
						active: false,
						protocols: [],
						created: expect.any(String),
						modified: null,
					},
					{ item: 1 },
				],
			]);
		});

		it('gives back a name with every character mailcow escapes twice, as typed', async () => {
			const typed = `<b>"Tom's" & co</b> &amp;`;
			addAppPassword(mailcow.state, { mailbox: 'jane@acme.test', name: typed });
			const out = await runOk(mailcow, {
				resource: 'appPassword',
				operation: 'getAll',
				appPasswordMailbox: 'jane@acme.test',
			});
			expect(out.map((o) => o.name)).toEqual([typed]);
		});

		it("leaves the hash out of mailcow's raw record too", async () => {
			addAppPassword(mailcow.state, { mailbox: 'jane@acme.test', name: 'Phone' });
			const out = await runOk(mailcow, {
				resource: 'appPassword',
				operation: 'getAll',
				appPasswordMailbox: byAddress('jane@acme.test'),
				simplify: false,
			});
			expect(out).toHaveLength(1);
			expect(out[0]).toMatchObject({ id: 1, mailbox: 'jane@acme.test', imap_access: 0 });
			expect(out[0]).not.toHaveProperty('password');
			expect(JSON.stringify(out)).not.toContain('BLF-CRYPT');
		});
	});

	describe('Update', () => {
		it('reads the mailbox first and sends the mailbox and the current name mailcow silently needs', async () => {
			const app = addAppPassword(mailcow.state, { mailbox: 'jane@acme.test', name: 'R&D <phone>' });
			const out = await runOk(mailcow, {
				resource: 'appPassword',
				operation: 'update',
				appPasswordMailbox: byAddress('jane@acme.test'),
				appIds: '1',
				appUpdateFields: { appActive: false },
			});
			expect(wire(mailcow)).toEqual([
				{ method: 'GET', rawPath: '/api/v1/get/app-passwd/all/jane%40acme.test', body: null },
				{
					method: 'POST',
					rawPath: '/api/v1/edit/app-passwd',
					body: {
						items: ['1'],
						attr: { username: 'jane@acme.test', app_name: 'R&D <phone>', active: 0 },
					},
				},
			]);
			expect(out).toEqual([
				{
					success: true,
					mailbox: 'jane@acme.test',
					ids: ['1'],
					messages: ['Object changed (1)'],
				},
			]);
			// The name is stored once escaped, as it was created: no extra layer.
			expect(mailcow.state.appPasswords.get(app.id)).toMatchObject({
				name: 'R&amp;D &lt;phone&gt;',
				active: 0,
			});
		});

		it('changes the password (sent twice) and the protocols', async () => {
			addAppPassword(mailcow.state, { mailbox: 'jane@acme.test', name: 'Phone' });
			await runOk(mailcow, {
				resource: 'appPassword',
				operation: 'update',
				appPasswordMailbox: byAddress('jane@acme.test'),
				appIds: '1',
				appUpdateFields: {
					appPasswordNewSecret: 'Typed-Secret-45',
					appNewProtocols: ['dav_access'],
				},
			});
			expect(mailcow.requests[1].body).toEqual({
				items: ['1'],
				attr: {
					username: 'jane@acme.test',
					app_name: 'Phone',
					app_passwd: 'Typed-Secret-45',
					app_passwd2: 'Typed-Secret-45',
					protocols: ['dav_access'],
				},
			});
			expect(mailcow.state.appPasswords.get(1)!.protocols.dav_access).toBe(1);
			expect(mailcow.state.appPasswords.get(1)!.protocols.imap_access).toBe(0);
		});

		it('refuses an id of another mailbox before sending: mailcow would move it to this one', async () => {
			addAppPassword(mailcow.state, { mailbox: 'joe@acme.test', name: 'Laptop' });
			const result = await run(
				mailcow,
				{
					resource: 'appPassword',
					operation: 'update',
					appPasswordMailbox: byAddress('jane@acme.test'),
					appIds: '1',
					appUpdateFields: { appActive: false },
				},
				{ continueOnFail: true },
			);
			expect(result.items.map((i) => i.json)).toEqual([
				{
					error: 'App Password IDs: jane@acme.test has no app password 1 (item 0)',
				},
			]);
			expect(wire(mailcow).map((r) => r.method)).toEqual(['GET']);
			expect(mailcow.state.appPasswords.get(1)).toMatchObject({
				mailbox: 'joe@acme.test',
				active: 1,
			});
		});

		it('sends a new App Name as given, and each current name of the ids it changes', async () => {
			addAppPassword(mailcow.state, { mailbox: 'jane@acme.test', name: 'Phone' });
			addAppPassword(mailcow.state, { mailbox: 'jane@acme.test', name: 'Laptop' });
			await runOk(mailcow, {
				resource: 'appPassword',
				operation: 'update',
				appPasswordMailbox: byAddress('jane@acme.test'),
				appIds: '2',
				appUpdateFields: { appActive: false },
			});
			await runOk(mailcow, {
				resource: 'appPassword',
				operation: 'update',
				appPasswordMailbox: byAddress('jane@acme.test'),
				appIds: '1',
				appUpdateFields: { appNewName: 'Tablet' },
			});
			// Two ids with different plain names: no name to keep, none sent.
			await runOk(mailcow, {
				resource: 'appPassword',
				operation: 'update',
				appPasswordMailbox: byAddress('jane@acme.test'),
				appIds: '1, 2',
				appUpdateFields: { appActive: true },
			});
			expect(
				wire(mailcow)
					.filter((r) => r.method === 'POST')
					.map((r) => r.body),
			).toEqual([
				{ items: ['2'], attr: { username: 'jane@acme.test', app_name: 'Laptop', active: 0 } },
				{ items: ['1'], attr: { username: 'jane@acme.test', app_name: 'Tablet' } },
				{ items: ['1', '2'], attr: { username: 'jane@acme.test', active: 1 } },
			]);
		});

		it.each([
			['update', { appIds: '1', appUpdateFields: { appActive: false } }],
			['getAll', {}],
		])(
			'%s refuses a mailbox that is not one path segment before reading, naming the field',
			async (operation, rest) => {
				const result = await run(
					mailcow,
					{ resource: 'appPassword', operation, appPasswordMailbox: '={{ $json.who }}', ...rest },
					{ items: items({ who: 'jane/../x@acme.test' }) },
				);
				expect(result.error?.message).toMatch(
					/^Mailbox: "jane\/\.\.\/x@acme\.test" cannot be used as a name: .* \(item 0\)$/,
				);
				expect(mailcow.requests).toEqual([]);
			},
		);

		it('refuses ids with different names holding characters mailcow escapes, unless a new App Name is set', async () => {
			for (let n = 1; n <= 10; n++) {
				addAppPassword(mailcow.state, {
					mailbox: 'jane@acme.test',
					name: n === 10 ? 'R&D' : `Phone ${n}`,
				});
			}
			const update = async (appUpdateFields: INodeParameters) =>
				await run(mailcow, {
					resource: 'appPassword',
					operation: 'update',
					appPasswordMailbox: byAddress('jane@acme.test'),
					appIds: '1, 10',
					appUpdateFields,
				});
			const refused = await update({ appActive: false });
			expect(refused.error?.message).toBe(
				`App Password IDs: these app passwords have different names with &, <, >, " or ' (item 0)`,
			);
			expect(refused.error?.description).toBe(
				'Check the "App Password IDs" field of item 0. Update them one at a time, or set a new App Name: mailcow would escape their names once more.',
			);
			expect(wire(mailcow).map((r) => r.method)).toEqual(['GET']);
			expect((await update({ appNewName: 'Shared' })).error).toBeUndefined();
			expect(mailcow.requests[2].body).toEqual({
				items: ['1', '10'],
				attr: { username: 'jane@acme.test', app_name: 'Shared' },
			});
		});

		it('needs at least one change', async () => {
			const result = await run(mailcow, {
				resource: 'appPassword',
				operation: 'update',
				appPasswordMailbox: byAddress('jane@acme.test'),
				appIds: '1',
				appUpdateFields: {},
			});
			expect(result.error?.message).toBe(
				'Update Fields: add at least one field to change (item 0)',
			);
			expect(mailcow.requests).toHaveLength(0);
		});
	});

	describe('Delete', () => {
		it('deletes app passwords by id', async () => {
			addAppPassword(mailcow.state, { mailbox: 'jane@acme.test', name: 'Phone' });
			addAppPassword(mailcow.state, { mailbox: 'jane@acme.test', name: 'Laptop' });
			const out = await runOk(mailcow, {
				resource: 'appPassword',
				operation: 'delete',
				appIds: '1, 2',
			});
			expect(wire(mailcow)).toEqual([
				{ method: 'POST', rawPath: '/api/v1/delete/app-passwd', body: ['1', '2'] },
			]);
			expect(out).toEqual([
				{
					success: true,
					ids: ['1', '2'],
					messages: ['App password deleted (1)', 'App password deleted (2)'],
				},
			]);
			expect(mailcow.state.appPasswords.size).toBe(0);
		});

		it('says which ids were deleted when mailcow stops at an unknown one', async () => {
			addAppPassword(mailcow.state, { mailbox: 'jane@acme.test', name: 'Phone' });
			addAppPassword(mailcow.state, { mailbox: 'jane@acme.test', name: 'Laptop' });
			const result = await run(mailcow, {
				resource: 'appPassword',
				operation: 'delete',
				appIds: '1, 7, 2',
			});
			expect(result.error?.message).toBe(
				'Mailcow refused the request for app passwords "7", "2" (item 0): app_passwd_id_invalid',
			);
			expect(result.error?.description).toContain('Failed items: 7, 2');
			expect(result.error?.description).toContain('Succeeded items: 1');
			expect(result.error?.description).toContain('mailcow stops at the first unknown id');
			expect([...mailcow.state.appPasswords.keys()]).toEqual([2]);
		});

		it('refuses ids with a digit at one end only before sending', async () => {
			const result = await run(
				mailcow,
				{ resource: 'appPassword', operation: 'delete', appIds: '={{ $json.ids }}' },
				{ items: items({ ids: 'x1' }, { ids: '1x' }), continueOnFail: true },
			);
			expect(result.items.map((i) => i.json.error)).toEqual([
				'App Password IDs: "x1" is not an app password id (a number) (item 0)',
				'App Password IDs: "1x" is not an app password id (a number) (item 1)',
			]);
			expect(mailcow.requests).toHaveLength(0);
		});

		it('refuses an id that is not a number before sending', async () => {
			const result = await run(mailcow, {
				resource: 'appPassword',
				operation: 'delete',
				appIds: '1, phone',
			});
			expect(result.error?.message).toBe(
				'App Password IDs: "phone" is not an app password id (a number) (item 0)',
			);
			expect(mailcow.requests).toHaveLength(0);
		});
	});
});
