import { byName, items, run, runOk, useMailcow, wire } from '../setup';

describe('Mailcow → Mailbox → Create', () => {
	const mailcow = useMailcow();
	beforeEach(() => {
		mailcow.state.addDomain({
			name: 'acme.test',
			mailboxes: 4,
			quota: 4096,
			maxquota: 2048,
			defquota: 1024,
		});
		mailcow.state.addDomain({ name: 'beta.test' });
	});

	describe('Create', () => {
		it('generates a strong password, sends it twice and returns it once', async () => {
			const out = await runOk(mailcow, {
				resource: 'mailbox',
				operation: 'create',
				mailboxDomain: byName('acme.test'),
				localPart: 'alice',
				mailboxName: 'Alice Acme',
				mailboxQuota: 1024,
			});
			const body = mailcow.requests[0].body as Record<string, unknown>;
			expect(wire(mailcow)).toEqual([
				{
					method: 'POST',
					rawPath: '/api/v1/add/mailbox',
					body: {
						domain: 'acme.test',
						local_part: 'alice',
						name: 'Alice Acme',
						quota: 1024,
						active: 1,
						password: body.password,
						password2: body.password,
					},
				},
			]);
			const password = out[0].generatedPassword as string;
			expect(password).toBe(body.password);
			expect(password).toMatch(/^(?=.*[A-Z])(?=.*[a-z])(?=.*\d)(?=.*[^A-Za-z\d]).{20}$/);
			expect(out).toEqual([
				{
					success: true,
					username: 'alice@acme.test',
					generatedPassword: password,
					messages: ['Rate limit saved (alice@acme.test)', 'Mailbox added (alice@acme.test)'],
				},
			]);
			expect(mailcow.state.checkMailboxPassword('alice@acme.test', password)).toBe(true);
			expect(mailcow.state.mailboxes.get('alice@acme.test')).toMatchObject({
				quota: 1024,
				name: 'Alice Acme',
				active: 1,
			});
		});

		it('sends the typed password, the default quota of 3072 MiB and every option, and never echoes the password', async () => {
			const out = await runOk(mailcow, {
				resource: 'mailbox',
				operation: 'create',
				mailboxDomain: byName('beta.test'),
				localPart: 'bob',
				mailboxPassword: 'Typed-Secret-42',
				mailboxOptions: {
					active: false,
					force_pw_update: true,
					tls_enforce_in: true,
					tls_enforce_out: 'false',
					sogo_access: false,
					protocol_access: ['imap', 'smtp'],
					tags: 'staff, vip',
					quarantine_notification: 'daily',
				},
			});
			expect(mailcow.requests[0].body).toEqual({
				domain: 'beta.test',
				local_part: 'bob',
				password: 'Typed-Secret-42',
				password2: 'Typed-Secret-42',
				quota: 3072,
				active: 0,
				force_pw_update: 1,
				sogo_access: 0,
				quarantine_notification: 'daily',
				tags: ['staff', 'vip'],
				tls_enforce_in: 1,
				tls_enforce_out: 0,
				imap_access: 1,
				pop3_access: 0,
				smtp_access: 1,
				sieve_access: 0,
				eas_access: 0,
				dav_access: 0,
			});
			expect(JSON.stringify(out)).not.toContain('Typed-Secret-42');
			expect(out[0]).toEqual({
				success: true,
				username: 'bob@beta.test',
				messages: ['Rate limit saved (bob@beta.test)', 'Mailbox added (bob@beta.test)'],
			});
			expect(mailcow.state.mailboxes.get('bob@beta.test')).toMatchObject({
				quota: 3072,
				active: 0,
			});
			expect(mailcow.state.mailboxes.get('bob@beta.test')!.attributes).toMatchObject({
				imap_access: '1',
				pop3_access: '0',
				tls_enforce_in: '1',
			});
		});

		it.each([
			[{ mailboxQuota: 4000 }, 'mailbox_quota_exceeded (2048)', 'maximum quota per mailbox'],
			[{ mailboxPassword: 'abc' }, 'password_complexity', 'password policy'],
			[{ mailboxDomain: byName('missing.test') }, 'access_denied', 'does not exist'],
		])("fails on mailcow's check %j", async (extra, key, text) => {
			const { error } = await run(mailcow, {
				resource: 'mailbox',
				operation: 'create',
				mailboxDomain: byName('acme.test'),
				localPart: 'carol',
				...extra,
			});
			expect(error?.message).toBe(`Mailcow refused the request: ${key}`);
			expect(error?.description).toContain(text);
			expect(JSON.stringify(error)).not.toMatch(/"password2?":"(?!\*)/);
		});

		it('names a bad local part or quota with the item index', async () => {
			const { error } = await run(
				mailcow,
				{
					resource: 'mailbox',
					operation: 'create',
					mailboxDomain: byName('acme.test'),
					localPart: '={{ $json.lp }}',
					mailboxQuota: '={{ $json.q }}',
				},
				{ items: items({ lp: 'ok', q: 10 }, { lp: 'two words', q: 10 }) },
			);
			expect(error?.message).toBe(
				'Local Part: enter only the part before the @, without spaces (item 1)',
			);
		});

		it('returns the address in lower case, as mailcow stores it', async () => {
			const [out] = await runOk(mailcow, {
				resource: 'mailbox',
				operation: 'create',
				mailboxDomain: byName('ACME.test'),
				localPart: 'Dana',
				mailboxQuota: 10,
			});
			expect(mailcow.requests[0].body).toMatchObject({ domain: 'ACME.test', local_part: 'Dana' });
			expect(out.username).toBe('dana@acme.test');
			expect(mailcow.state.mailboxes.has('dana@acme.test')).toBe(true);
		});

		it("stops at the domain's mailbox limit", async () => {
			for (const name of ['a', 'b', 'c', 'd'])
				mailcow.state.addMailbox({
					username: `${name}@acme.test`,
					password: 'Secret-123',
					quota: 10,
				});
			const { error } = await run(mailcow, {
				resource: 'mailbox',
				operation: 'create',
				mailboxDomain: byName('acme.test'),
				localPart: 'e',
				mailboxQuota: 10,
			});
			expect(error?.message).toBe('Mailcow refused the request: max_mailbox_exceeded (4, 4)');
		});
	});
});
