import { byAddress, byName, calls, runMigadu, runMigaduOk, useMigadu } from '../helpers';

describe('Migadu mailbox: Update', () => {
	const migadu = useMigadu();
	const base = {
		resource: 'mailbox',
		operation: 'update',
		domain: byName('example.com'),
		mailbox: byAddress('info@example.com'),
	};

	it('sends a partial PUT with only the fields given', async () => {
		const items = await runMigaduOk(migadu, {
			parameters: { ...base, mailboxUpdateFields: { name: 'Front Desk', mayAccessImap: false } },
		});
		expect(calls(migadu)).toEqual(['PUT /v1/domains/example.com/mailboxes/info']);
		expect(migadu.requests[0].body).toEqual({ name: 'Front Desk', may_access_imap: false });
		expect(items).toEqual([
			expect.objectContaining({ name: 'Front Desk', may_access_imap: false, may_send: true }),
		]);
	});

	it('turns the autoresponder on with its expiry date, footer and spam settings', async () => {
		await runMigaduOk(migadu, {
			parameters: {
				...base,
				mailboxUpdateFields: {
					autorespondActive: true,
					autorespondSubject: 'Out of office',
					autorespondBody: 'Back on Monday',
					autorespondExpiresOn: '2026-12-24',
					footerActive: true,
					footerPlainBody: '-- Example Ltd',
					spamAggressiveness: 'strictest',
					spamAction: 'drop',
				},
			},
		});
		expect(migadu.requests[0].body).toEqual({
			autorespond_active: true,
			autorespond_subject: 'Out of office',
			autorespond_body: 'Back on Monday',
			autorespond_expires_on: '2026-12-24',
			footer_active: true,
			footer_plain_body: '-- Example Ltd',
			spam_aggressiveness: 'strictest',
			spam_action: 'drop',
		});
		expect(migadu.state.mailbox('example.com', 'info')!.record).toEqual(
			expect.objectContaining({
				autorespond_active: true,
				autorespond_expires_on: '2026-12-24',
				spam_action: 'drop',
			}),
		);
	});

	it('empty list and date fields clear them ([] and null)', async () => {
		await runMigaduOk(migadu, {
			parameters: {
				...base,
				mailboxUpdateFields: { senderDenylist: '', autorespondExpiresOn: '', delegations: '' },
			},
		});
		expect(migadu.requests[0].body).toEqual({
			sender_denylist: [],
			autorespond_expires_on: null,
			delegations: [],
		});
	});

	// Migadu: PUT {is_active: true, password} reactivates a mailbox left inactive (confirmed live).
	it('reactivates a mailbox left inactive with Active and a new password', async () => {
		migadu.state.mailbox('example.com', 'info')!.record.is_active = false;
		const [mailbox] = await runMigaduOk(migadu, {
			parameters: { ...base, mailboxUpdateFields: { isActive: true, password: 'N3w-Pa55word!' } },
		});
		expect(migadu.requests[0].body).toEqual({ password: 'N3w-Pa55word!', is_active: true });
		expect(mailbox.is_active).toBe(true);
		expect(migadu.state.mailbox('example.com', 'info')!.record.is_active).toBe(true);
	});

	it('resets the password without echoing it', async () => {
		const items = await runMigaduOk(migadu, {
			parameters: { ...base, mailboxUpdateFields: { password: 'N3w-Pa55word!' } },
		});
		expect(migadu.requests[0].body).toEqual({ password: 'N3w-Pa55word!' });
		expect(JSON.stringify(items)).not.toContain('N3w-Pa55word!');
	});

	it('changes the password recovery address (punycoded)', async () => {
		await runMigaduOk(migadu, {
			parameters: { ...base, mailboxUpdateFields: { recoveryEmail: 'me@bücher.example' } },
		});
		expect(migadu.requests[0].body).toEqual({
			password_recovery_email: 'me@xn--bcher-kva.example',
		});
		expect(migadu.state.mailbox('example.com', 'info')!.record.password_recovery_email).toBe(
			'me@xn--bcher-kva.example',
		);
	});

	it('refuses Password Method "Invitation" (it would deactivate the mailbox) without sending anything', async () => {
		const { error } = await runMigadu(migadu, {
			parameters: {
				...base,
				mailboxUpdateFields: {
					passwordMethod: 'invitation',
					recoveryEmail: 'me@elsewhere.example',
				},
			},
		});
		expect(migadu.requests).toHaveLength(0);
		expect(error?.message).toBe('Password Method "Invitation" only works when creating a mailbox');
		expect(error?.description).toMatch(/deactivate the mailbox/);
		expect(migadu.state.mailbox('example.com', 'info')!.record.is_active).toBe(true);
	});

	it('refuses an update with no fields', async () => {
		const { error } = await runMigadu(migadu, { parameters: { ...base, mailboxUpdateFields: {} } });
		expect(migadu.requests).toHaveLength(0);
		expect(error?.message).toBe('Add at least one field to update');
	});

	it('refuses an empty name instead of sending it', async () => {
		const { error } = await runMigadu(migadu, {
			parameters: { ...base, mailboxUpdateFields: { name: ' ' } },
		});
		expect(migadu.requests).toHaveLength(0);
		expect(error?.message).toBe('Name: cannot be empty (item 0)');
	});
});
