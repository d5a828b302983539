import { byAddress, byName, calls, runMigaduOk, useMigadu } from './helpers';

// End-to-end flows an admin automates, checked against the emulator's state after each run.
describe('Migadu scenarios', () => {
	const migadu = useMigadu();
	const domain = byName('example.com');

	it('onboarding: mailbox by invitation → identity → alias → forwarding', async () => {
		const hire = {
			json: {
				local: 'jane',
				name: 'Jane Doe',
				personal: 'jane.doe@personal.example',
				team: 'team',
			},
		};
		const [mailbox] = await runMigaduOk(migadu, {
			items: [hire],
			parameters: {
				resource: 'mailbox',
				operation: 'create',
				domain,
				localPart: '={{ $json.local }}',
				name: '={{ $json.name }}',
				passwordMethod: 'invitation',
				recoveryEmail: '={{ $json.personal }}',
				mailboxAdditionalFields: { spamAction: 'folder', spamAggressiveness: 'default' },
			},
		});
		expect(mailbox.address).toBe('jane@example.com');
		expect(migadu.state.invitations).toEqual([
			{ address: 'jane@example.com', to: 'jane.doe@personal.example' },
		]);

		const janeMailbox = { domain, mailbox: byAddress('jane@example.com') };
		await runMigaduOk(migadu, {
			parameters: {
				resource: 'identity',
				operation: 'create',
				...janeMailbox,
				identity: 'j.doe',
				name: 'Jane Doe',
				passwordUse: 'mailbox',
			},
		});
		await runMigaduOk(migadu, {
			parameters: {
				resource: 'alias',
				operation: 'create',
				domain,
				alias: 'jane.d',
				destinations: 'jane@example.com',
			},
		});
		// Adding her to the team alias replaces its list: read it, then write the new list.
		const [team] = await runMigaduOk(migadu, {
			parameters: { resource: 'alias', operation: 'get', domain, alias: 'team' },
		});
		await runMigaduOk(migadu, {
			parameters: {
				resource: 'alias',
				operation: 'update',
				domain,
				alias: 'team',
				aliasUpdateFields: {
					destinations: [...(team.destinations as string[]), 'jane@example.com'].join(','),
				},
			},
		});
		await runMigaduOk(migadu, {
			parameters: {
				resource: 'forwarding',
				operation: 'create',
				...janeMailbox,
				address: 'jane.doe@personal.example',
			},
		});

		const state = migadu.state.domains.get('example.com')!;
		const jane = state.mailboxes.get('jane')!;
		expect(jane.record).toEqual(
			expect.objectContaining({
				name: 'Jane Doe',
				password_recovery_email: 'jane.doe@personal.example',
			}),
		);
		expect([...jane.identities.values()]).toEqual([
			expect.objectContaining({ address: 'j.doe@example.com', password_use: 'mailbox' }),
		]);
		expect(state.aliases.get('jane.d')!.destinations).toEqual(['jane@example.com']);
		expect(state.aliases.get('team')!.destinations).toEqual([
			'info@example.com',
			'sales@example.com',
			'jane@example.com',
		]);
		expect([...jane.forwardings.keys()]).toEqual(['jane.doe@personal.example']);
		expect(migadu.state.confirmations).toEqual([
			{ mailbox: 'jane@example.com', to: 'jane.doe@personal.example' },
		]);
		expect(calls(migadu)).toEqual([
			'POST /v1/domains/example.com/mailboxes',
			'POST /v1/domains/example.com/mailboxes/jane/identities',
			'POST /v1/domains/example.com/aliases',
			'GET /v1/domains/example.com/aliases/team',
			'PUT /v1/domains/example.com/aliases/team',
			'POST /v1/domains/example.com/mailboxes/jane/forwardings',
		]);
	});

	it('offboarding: autoresponder on, forwarding to the manager, then delete (Migadu answering 500)', async () => {
		const leaver = { domain, mailbox: byAddress('sales@example.com') };
		await runMigaduOk(migadu, {
			parameters: {
				resource: 'mailbox',
				operation: 'update',
				...leaver,
				mailboxUpdateFields: {
					autorespondActive: true,
					autorespondSubject: 'No longer with Example',
					autorespondBody: 'Please write to info@example.com.',
					autorespondExpiresOn: '2027-01-31',
					mayAccessImap: false,
					mayAccessPop3: false,
				},
			},
		});
		const sales = migadu.state.mailbox('example.com', 'sales')!;
		expect(sales.record).toEqual(
			expect.objectContaining({
				autorespond_active: true,
				autorespond_expires_on: '2027-01-31',
				may_access_imap: false,
			}),
		);

		await runMigaduOk(migadu, {
			parameters: {
				resource: 'forwarding',
				operation: 'create',
				...leaver,
				address: 'manager@partner.example',
				forwardingAdditionalFields: { expiresOn: '2027-01-31', removeUponExpiry: true },
			},
		});
		expect(sales.forwardings.get('manager@partner.example')).toEqual(
			expect.objectContaining({ expires_on: '2027-01-31', remove_upon_expiry: true }),
		);

		// Later: the mailbox goes; Migadu's known bug answers the DELETE with 500.
		migadu.deleteAnswers500 = true;
		const [deleted] = await runMigaduOk(migadu, {
			parameters: { resource: 'mailbox', operation: 'delete', ...leaver },
		});
		expect(deleted).toEqual({ address: 'sales@example.com', deleted: true });
		expect(migadu.state.mailbox('example.com', 'sales')).toBeUndefined();
		expect(calls(migadu).slice(-2)).toEqual([
			'DELETE /v1/domains/example.com/mailboxes/sales',
			'GET /v1/domains/example.com/mailboxes/sales',
		]);
	});
});
