// The Mailcow emulator's own behaviour beyond the recorded answers: spec validation, seeding and
// inspection, sessions, request log switches, and the helpers the send/email route relies on.
import { createPublicKey } from 'node:crypto';
import { MAILCOW_RO_KEY, MAILCOW_RW_KEY, MailcowEmulator } from './mailcow';
import { fakeDkimPublicKey } from './mailcow/dkimKey';
import { INVALID_NETWORKS, VALID_NETWORKS } from '../helpers/networks';
import { intval, isEmpty, isValidNetwork, splitList } from './mailcow/php';

async function call(
	emulator: MailcowEmulator,
	method: string,
	path: string,
	body?: unknown,
	headers: Record<string, string> = {},
) {
	const response = await fetch(emulator.url + path, {
		method,
		headers: { 'X-API-Key': MAILCOW_RW_KEY, 'Content-Type': 'application/json', ...headers },
		body: body === undefined ? undefined : JSON.stringify(body),
	});
	const text = await response.text();
	return {
		status: response.status,
		cookie: response.headers.get('set-cookie') ?? '',
		body: (text === '' ? '' : JSON.parse(text)) as unknown,
	};
}

const ALICE = { password: 'Str0ng!Passw0rd', password2: 'Str0ng!Passw0rd' };

describe('Mailcow emulator', () => {
	const emulator = new MailcowEmulator();

	beforeAll(async () => {
		await emulator.start();
	});
	afterAll(async () => {
		await emulator.stop();
	});
	beforeEach(() => {
		emulator.reset();
		emulator.state.addDomain({
			name: 'acme.test',
			mailboxes: 5,
			quota: 4096,
			maxquota: 2048,
			defquota: 1024,
		});
	});

	describe('request validation against the corrected OpenAPI spec', () => {
		it('is on by default', () => {
			expect(new MailcowEmulator().validateRequests).toBe(true);
		});

		it('rejects add/mailbox with a numeric local_part with 400 naming the field, and creates nothing', async () => {
			const answer = await call(emulator, 'POST', '/api/v1/add/mailbox', {
				local_part: 5,
				domain: 'acme.test',
				...ALICE,
			});
			expect(answer.status).toBe(400);
			expect(answer.body).toMatchObject({
				type: 'error',
				errors: ['/requestBody/local_part must be string'],
			});
			expect((answer.body as { msg: string }).msg).toContain('local_part must be string');
			expect(emulator.state.mailboxes.size).toBe(0);
			expect(emulator.rejected).toEqual([
				{
					method: 'POST',
					path: '/api/v1/add/mailbox',
					errors: ['/requestBody/local_part must be string'],
				},
			]);
		});

		it('rejects an edit whose attr is not an object', async () => {
			const answer = await call(emulator, 'POST', '/api/v1/edit/domain', {
				items: ['acme.test'],
				attr: 'x',
			});
			expect(answer.status).toBe(400);
			expect(JSON.stringify(answer.body)).toContain('/requestBody/attr must be object');
			expect(emulator.state.domains.get('acme.test')?.modified).toBeNull();
		});

		it('rejects a delete body wrapped in {items}, which mailcow itself answers with access_denied', async () => {
			const wrapped = { items: ['x@acme.test'] };
			expect((await call(emulator, 'POST', '/api/v1/delete/mailbox', wrapped)).status).toBe(400);
			emulator.validateRequests = false;
			try {
				const answer = await call(emulator, 'POST', '/api/v1/delete/mailbox', wrapped);
				expect(answer).toMatchObject({
					status: 200,
					body: [{ type: 'danger', msg: 'access_denied' }],
				});
			} finally {
				emulator.validateRequests = true;
			}
		});

		it('accepts what mailcow accepts: flags as "1", 1 or true, quotas as numbers or numeric strings', async () => {
			const answer = await call(emulator, 'POST', '/api/v1/add/mailbox', {
				local_part: 'alice',
				domain: 'acme.test',
				quota: '512',
				active: true,
				force_pw_update: 0,
				tls_enforce_in: '1',
				...ALICE,
			});
			expect(answer.status).toBe(200);
			expect(answer.body).toEqual([
				expect.objectContaining({ msg: ['rl_saved', 'alice@acme.test'] }),
				expect.objectContaining({ type: 'success', msg: ['mailbox_added', 'alice@acme.test'] }),
			]);
			const [, log] = answer.body as Array<{ log: unknown[] }>;
			// Passwords never come back: the log echo masks them.
			expect(log.log[3]).toMatchObject({ password: '*', password2: '*' });
		});

		it('leaves the gateway answers first: a wrong key is 401 before any validation', async () => {
			const answer = await call(
				emulator,
				'POST',
				'/api/v1/add/mailbox',
				{ local_part: 5 },
				{ 'X-API-Key': 'nope' },
			);
			expect(answer).toEqual({
				status: 401,
				cookie: expect.any(String),
				body: { type: 'error', msg: 'authentication failed' },
			});
			const readOnly = await call(
				emulator,
				'POST',
				'/api/v1/add/domain',
				{ domain: 'ro.test' },
				{ 'X-API-Key': MAILCOW_RO_KEY },
			);
			expect(readOnly.status).toBe(403);
		});
	});

	describe('seeding and inspection', () => {
		it('serves seeded domains, mailboxes and aliases the way mailcow shows them', async () => {
			const { state } = emulator;
			state.addMailbox({
				username: 'alice@acme.test',
				password: 'secret-1',
				quota: 1024,
				name: 'Alice',
				tags: ['vip'],
			});
			const alias = state.addAlias({
				address: 'info@acme.test',
				goto: ['alice@acme.test', 'bob@else.test'],
			});
			const domain = (await call(emulator, 'GET', '/api/v1/get/domain/acme.test')).body;
			expect(domain).toMatchObject({
				mboxes_in_domain: 1,
				mboxes_left: 4,
				quota_used_in_domain: String(1024 * 1048576),
				max_new_mailbox_quota: 2048 * 1048576,
				aliases_in_domain: 1,
			});
			const mailbox = (await call(emulator, 'GET', '/api/v1/get/mailbox/alice@acme.test')).body;
			expect(mailbox).toMatchObject({
				username: 'alice@acme.test',
				quota: 1073741824,
				name: 'Alice',
				tags: ['vip'],
			});
			expect(JSON.stringify(mailbox)).not.toContain('secret-1');
			const byId = (await call(emulator, 'GET', `/api/v1/get/alias/${alias.id}`)).body;
			expect(byId).toMatchObject({
				address: 'info@acme.test',
				goto: 'alice@acme.test,bob@else.test',
				active: 1,
			});
		});

		it('keeps mailbox passwords checkable, also after a change through edit/mailbox', async () => {
			emulator.state.addMailbox({ username: 'alice@acme.test', password: 'first-Pass1' });
			expect(emulator.state.checkMailboxPassword('alice@acme.test', 'first-Pass1')).toBe(true);
			expect(emulator.state.checkMailboxPassword('ALICE@acme.test', 'wrong')).toBe(false);
			const answer = await call(emulator, 'POST', '/api/v1/edit/mailbox', {
				items: ['alice@acme.test'],
				attr: { password: 'Second-Pass2', password2: 'Second-Pass2' },
			});
			expect(answer.body).toEqual([
				expect.objectContaining({ msg: ['mailbox_modified', 'alice@acme.test'] }),
			]);
			expect(emulator.state.checkMailboxPassword('alice@acme.test', 'Second-Pass2')).toBe(true);
			expect(emulator.state.checkMailboxPassword('alice@acme.test', 'first-Pass1')).toBe(false);
			expect(emulator.state.checkMailboxPassword('nobody@acme.test', 'Second-Pass2')).toBe(false);
		});

		it('knows which addresses a mailbox may send as (own, aliases to it, sender_acl)', async () => {
			const { state } = emulator;
			state.addDomain({ name: 'beta.test' });
			state.addMailbox({ username: 'alice@acme.test', password: 'x-Pass123' });
			state.addMailbox({ username: 'bob@acme.test', password: 'x-Pass123' });
			state.addAlias({ address: 'sales@acme.test', goto: 'alice@acme.test,bob@acme.test' });
			state.addAlias({ address: 'off@acme.test', goto: 'alice@acme.test', active: 0 });
			state.addAlias({ address: '@beta.test', goto: 'bob@acme.test' });
			await call(emulator, 'POST', '/api/v1/edit/mailbox', {
				items: 'alice@acme.test',
				attr: { sender_acl: ['@beta.test'] },
			});
			expect(state.canSendAs('alice@acme.test', 'alice@acme.test')).toBe(true);
			expect(state.canSendAs('alice@acme.test', 'Sales@acme.test')).toBe(true);
			expect(state.canSendAs('alice@acme.test', 'anyone@beta.test')).toBe(true);
			expect(state.canSendAs('alice@acme.test', 'off@acme.test')).toBe(false);
			expect(state.canSendAs('alice@acme.test', 'bob@acme.test')).toBe(false);
			expect(state.canSendAs('bob@acme.test', 'x@beta.test')).toBe(true);
			expect(state.canSendAs('bob@acme.test', 'x@gamma.test')).toBe(false);
			state.mailboxes.get('bob@acme.test')!.senderAcl = ['*'];
			expect(state.canSendAs('bob@acme.test', 'x@gamma.test')).toBe(true);
		});

		it('reset() forgets state, requests and rejected requests', async () => {
			await call(emulator, 'POST', '/api/v1/add/mailbox', { local_part: 5 });
			emulator.reset();
			expect(emulator.state.domains.size).toBe(0);
			expect(emulator.requests).toHaveLength(0);
			expect(emulator.rejected).toHaveLength(0);
		});

		it('skips the request log when logRequests is false', async () => {
			emulator.logRequests = false;
			try {
				await call(emulator, 'GET', '/api/v1/get/domain/all');
				expect(emulator.requests).toHaveLength(0);
			} finally {
				emulator.logRequests = true;
			}
			await call(emulator, 'GET', '/api/v1/get/domain/all');
			expect(emulator.requests.map((r) => r.rawPath)).toEqual(['/api/v1/get/domain/all']);
		});
	});

	describe('mailcow quirks', () => {
		it('answers a duplicate tag with an empty 200 and puts the error in front of the next answer of that session', async () => {
			emulator.state.domains.get('acme.test')!.tags.add('eu');
			const first = await call(emulator, 'POST', '/api/v1/edit/domain', {
				items: ['acme.test'],
				attr: { tags: ['eu'] },
			});
			expect(first.status).toBe(200);
			expect(first.body).toBe('');
			const session = /MCSESSID=[^;]+/.exec(first.cookie)![0];
			const withoutCookie = await call(emulator, 'POST', '/api/v1/edit/domain', {
				items: 'acme.test',
				attr: {},
			});
			expect(withoutCookie.body).toEqual([expect.objectContaining({ type: 'success' })]);
			const next = await call(
				emulator,
				'POST',
				'/api/v1/edit/domain',
				{ items: 'acme.test', attr: {} },
				{ Cookie: session },
			);
			expect(next.body).toEqual([
				{
					type: 'danger',
					log: ['exception_handler'],
					msg: [
						'mysql_error',
						{ errorInfo: ['23000', 1062, "Duplicate entry 'eu-acme.test' for key 'tag_name'"] },
					],
				},
				expect.objectContaining({ type: 'success', msg: ['domain_modified', 'acme.test'] }),
			]);
		});

		it('creates a DKIM key with the domain unless key_size is 0, and keeps it after the domain is deleted', async () => {
			await call(emulator, 'POST', '/api/v1/add/domain', { domain: 'keyed.test' });
			await call(emulator, 'POST', '/api/v1/add/domain', { domain: 'plain.test', key_size: 0 });
			expect(emulator.state.dkim.get('keyed.test')).toMatchObject({
				selector: 'dkim',
				length: 2048,
			});
			expect(emulator.state.dkim.has('plain.test')).toBe(false);
			await call(emulator, 'POST', '/api/v1/delete/domain', ['keyed.test']);
			const dkim = (await call(emulator, 'GET', '/api/v1/get/dkim/keyed.test')).body as Record<
				string,
				string
			>;
			expect(dkim.length).toBe('2048');
			expect(dkim.dkim_txt).toBe(`v=DKIM1;k=rsa;t=s;s=email;p=${dkim.pubkey}`);
		});
	});

	it('handles 10,000 seeded mailboxes in 20 domains and 200 creates with Map lookups', async () => {
		emulator.reset();
		const { state } = emulator;
		for (let d = 0; d < 20; d++) {
			state.addDomain({ name: `d${d}.test`, mailboxes: 1000, quota: 1024000, maxquota: 10240 });
			for (let m = 0; m < 500; m++)
				state.addMailbox({ username: `u${m}@d${d}.test`, password: 'x', quota: 1 });
		}
		emulator.logRequests = false;
		try {
			for (let i = 0; i < 200; i++) {
				const answer = await call(emulator, 'POST', '/api/v1/add/mailbox', {
					local_part: `new${i}`,
					domain: `d${i % 20}.test`,
					quota: 1,
					...ALICE,
				});
				expect(answer.status).toBe(200);
			}
		} finally {
			emulator.logRequests = true;
		}
		expect(state.mailboxes.size).toBe(10200);
		const domain = (await call(emulator, 'GET', '/api/v1/get/domain/d0.test')).body;
		expect(domain).toMatchObject({
			mboxes_in_domain: 510,
			quota_used_in_domain: String(510 * 1048576),
		});
	});
});

describe('Mailcow emulator helpers', () => {
	it('intval and empty behave like PHP', () => {
		expect([
			intval('1'),
			intval('true'),
			intval(true),
			intval(false),
			intval('10abc'),
			intval(null),
			intval(2.9),
		]).toEqual([1, 0, 1, 0, 10, 0, 2]);
		expect([isEmpty('0'), isEmpty(0), isEmpty([]), isEmpty('a'), isEmpty(1)]).toEqual([
			true,
			true,
			true,
			false,
			false,
		]);
		expect(splitList('a@x.test, b@x.test;c@x.test\nd@x.test')).toEqual([
			'a@x.test',
			'b@x.test',
			'c@x.test',
			'd@x.test',
		]);
	});

	// The same table as the node's Fail2ban address check (test/helpers/networks.ts).
	it.each(VALID_NETWORKS)("takes %s as mailcow's valid_network() does", (value) => {
		expect(isValidNetwork(value)).toBe(true);
	});
	it.each(INVALID_NETWORKS)("refuses %s as mailcow's valid_network() does (%s)", (value) => {
		expect(isValidNetwork(value)).toBe(false);
	});

	it.each([1024, 2048, 4096])('makes DKIM public keys that are real %i-bit RSA keys', (bits) => {
		const key = createPublicKey({
			key: Buffer.from(fakeDkimPublicKey(bits), 'base64'),
			format: 'der',
			type: 'spki',
		});
		expect(key.asymmetricKeyType).toBe('rsa');
		expect(key.asymmetricKeyDetails).toMatchObject({
			modulusLength: bits,
			publicExponent: BigInt(65537),
		});
	});
});
