/* eslint-disable @n8n/community-nodes/no-hardcoded-secrets -- test passwords sent to the local emulator */
import { MIGADU_KEY } from '../../emulators/migadu';
import { byName, runMigadu, runMigaduOk, useMigadu } from '../helpers';

const PASSWORD = 'Sup3r_s3cr3T-create';

describe('Migadu mailbox: Create', () => {
	const migadu = useMigadu();
	const base = { resource: 'mailbox', operation: 'create', domain: byName('example.com') };

	it('sets the password now: sends exactly the fields given, password_method explicit', async () => {
		const items = await runMigaduOk(migadu, {
			parameters: {
				...base,
				localPart: 'demo',
				name: 'Demo User',
				passwordMethod: 'password',
				password: PASSWORD,
			},
		});
		expect(migadu.requests).toHaveLength(1);
		const [request] = migadu.requests;
		expect(request.method).toBe('POST');
		expect(request.rawPath).toBe('/v1/domains/example.com/mailboxes');
		expect(request.headers['content-type']).toMatch(/^application\/json/);
		expect(request.body).toEqual({
			local_part: 'demo',
			name: 'Demo User',
			password_method: 'password',
			password: PASSWORD,
		});
		expect(items).toEqual([
			expect.objectContaining({ address: 'demo@example.com', name: 'Demo User' }),
		]);
		expect(JSON.stringify(items)).not.toContain(PASSWORD);
	});

	it('invites the owner: recovery address required and sent, no password', async () => {
		await runMigaduOk(migadu, {
			parameters: {
				...base,
				localPart: 'newbie@example.com',
				name: 'New Person',
				passwordMethod: 'invitation',
				password: 'ignored-because-hidden',
				recoveryEmail: 'newbie@bücher.example',
			},
		});
		expect(migadu.requests[0].body).toEqual({
			local_part: 'newbie',
			name: 'New Person',
			password_method: 'invitation',
			password_recovery_email: 'newbie@xn--bcher-kva.example',
		});
		expect(migadu.state.invitations).toEqual([
			{ address: 'newbie@example.com', to: 'newbie@xn--bcher-kva.example' },
		]);
	});

	it('an invitation without a recovery address fails before any request', async () => {
		const { error } = await runMigadu(migadu, {
			parameters: {
				...base,
				localPart: 'x',
				name: 'X',
				passwordMethod: 'invitation',
				recoveryEmail: '',
			},
		});
		expect(migadu.requests).toHaveLength(0);
		expect(error?.message).toBe('Password Recovery Email: is required (item 0)');
	});

	it('converts the additional fields: CSV lists to arrays, punycode, dates, exact option values', async () => {
		await runMigaduOk(migadu, {
			parameters: {
				...base,
				localPart: 'full',
				name: 'Full Options',
				passwordMethod: 'password',
				password: PASSWORD,
				mailboxAdditionalFields: {
					isInternal: true,
					mayAccessPop3: false,
					spamAction: 'subject',
					spamAggressiveness: 'more_permissive',
					senderDenylist: 'spam@bad.example, bücher.example',
					senderAllowlist: '={{ ["friend@good.example", "boss@example.com"] }}',
					delegations: 'info@example.com;sales@example.com',
					autorespondActive: true,
					autorespondSubject: 'Away',
					autorespondExpiresOn: '2026-12-31T00:00:00',
					expiresOn: '2027-01-15',
				},
			},
		});
		expect(migadu.requests[0].body).toEqual({
			local_part: 'full',
			name: 'Full Options',
			password_method: 'password',
			password: PASSWORD,
			is_internal: true,
			may_access_pop3: false,
			spam_action: 'subject',
			spam_aggressiveness: 'more_permissive',
			sender_denylist: ['spam@bad.example', 'xn--bcher-kva.example'],
			sender_allowlist: ['friend@good.example', 'boss@example.com'],
			delegations: ['info@example.com', 'sales@example.com'],
			autorespond_active: true,
			autorespond_subject: 'Away',
			autorespond_expires_on: '2026-12-31',
			expires_on: '2027-01-15',
		});
		const stored = migadu.state.mailbox('example.com', 'full')!.record;
		expect(stored.sender_denylist).toEqual(['spam@bad.example', 'xn--bcher-kva.example']);
	});

	it.each([
		[
			'a date that is not YYYY-MM-DD',
			{ expiresOn: '31.12.2026' },
			'Expires On: "31.12.2026" is not a date in the form YYYY-MM-DD (item 0)',
		],
		[
			'an impossible date',
			{ autorespondExpiresOn: '2026-02-30' },
			'Autoresponder Expires On: "2026-02-30" is not a real calendar date (item 0)',
		],
		[
			'a list entry that is no address',
			{ delegations: 'info@example.com, nobody' },
			'Delegations: "nobody" is not an email address (item 0)',
		],
		[
			'a spam action Migadu does not know',
			{ spamAction: 'delete' },
			'Spam Action: "delete" is not one of folder, subject, none, drop (item 0)',
		],
	])('refuses %s, naming the field', async (_label, fields, message) => {
		const { error } = await runMigadu(migadu, {
			parameters: {
				...base,
				localPart: 'bad',
				name: 'Bad',
				password: PASSWORD,
				mailboxAdditionalFields: fields,
			},
		});
		expect(migadu.requests).toHaveLength(0);
		expect(error?.message).toBe(message);
	});

	it("a duplicate shows Migadu's own 400 text, and never the password or key", async () => {
		const { error } = await runMigadu(migadu, {
			parameters: { ...base, localPart: 'info', name: 'Again', password: PASSWORD },
		});
		expect(migadu.requests[0].method).toBe('POST');
		expect(error?.message).toBe(
			'Migadu refused the request for mailbox "info@example.com": local_part has already been taken',
		);
		expect(error?.httpCode).toBe('400');
		// n8n itself serialises the node (with its parameters) into the error; our parts must be clean.
		const { message, description, context } = error!;
		const own = JSON.stringify({
			message,
			description,
			context,
			response: (error as { errorResponse?: unknown }).errorResponse,
		});
		expect(own).not.toContain(PASSWORD);
		expect(own).not.toContain(MIGADU_KEY);
	});

	it('with continueOnFail a bad item becomes an error item and the others go on', async () => {
		const result = await runMigadu(migadu, {
			parameters: { ...base, localPart: '={{ $json.local }}', name: 'Person', password: PASSWORD },
			items: [
				{ json: { local: 'one' } },
				{ json: { local: '' } },
				{ json: { local: 'info' } },
				{ json: { local: 'two' } },
			],
			continueOnFail: true,
		});
		expect(result.error).toBeUndefined();
		expect(result.items).toHaveLength(4);
		expect(result.items[0].json.address).toBe('one@example.com');
		expect(result.items[1].error?.message).toBe('Local Part: is required (item 1)');
		expect(result.items[2].error?.message).toMatch(/local_part has already been taken/);
		expect(result.items[3].json.address).toBe('two@example.com');
		expect(migadu.requests.map((r) => (r.body as { local_part: string }).local_part)).toEqual([
			'one',
			'info',
			'two',
		]);
	});
	it('refuses a Local Part given as an address of another domain, before sending', async () => {
		const { error } = await runMigadu(migadu, {
			parameters: { ...base, localPart: 'demo@other.example', name: 'Demo', password: PASSWORD },
		});
		expect(migadu.requests).toHaveLength(0);
		expect(error?.message).toBe(
			'Local Part: "demo@other.example" is not an address of the domain example.com (item 0)',
		);
	});
	it('Set Password Now without a password fails before any request', async () => {
		const { error } = await runMigadu(migadu, {
			parameters: { ...base, localPart: 'x', name: 'X', passwordMethod: 'password', password: '' },
		});
		expect(migadu.requests).toHaveLength(0);
		expect(error?.message).toBe('Password: is required (item 0)');
	});
});
