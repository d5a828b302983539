/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-hardcoded-secrets -- sockets; made-up test passwords */
// No operation of either node lets a secret into what n8n keeps of a failed run: the API key
// (in the request's headers) and passwords (in its body) must not appear in the run data, the
// output items, nor in the in-memory error objects with their whole `cause` chain (what a log or
// an error reporter would see). Errors n8n builds from a failed request keep that request as
// their cause; the item runner (nodes/shared/items.ts) rebuilds every error without it and masks
// secrets a server may echo. Email → Send has its own test (test/mailcow/email/secrets.test.ts).
import net from 'node:net';
import type { INodeParameters } from 'n8n-workflow';
import { MailcowEmulator, MAILCOW_RW_KEY } from '../emulators/mailcow';
import { MigaduEmulator, MIGADU_KEY, MIGADU_USER } from '../emulators/migadu';
import { runNode, type RunNodeResult } from '../helpers/runNode';
import { everythingOf } from '../helpers/secrets';

const PASSWORD = 'Typed-Secret-4711';

function expectNoSecrets(result: RunNodeResult, key: string) {
	const errors = [result.error, ...result.items.map((item) => item.error)].filter(Boolean);
	expect(errors.length).toBeGreaterThan(0);
	const text = everythingOf(result);
	expect(text).not.toContain(PASSWORD);
	expect(text).not.toContain(encodeURIComponent(PASSWORD));
	expect(text).not.toContain(key);
	expect(text).not.toContain(Buffer.from(`${MIGADU_USER}:${MIGADU_KEY}`).toString('base64'));
}

async function closedPort(): Promise<number> {
	const server = net.createServer();
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as net.AddressInfo;
	await new Promise((resolve) => server.close(resolve));
	return port;
}

const byName = (value: string) => ({ __rl: true, mode: 'name', value });

describe('secrets never reach what n8n keeps of a failed operation', () => {
	const mailcow = new MailcowEmulator();
	const migadu = new MigaduEmulator();
	let refused = '';
	beforeAll(async () => {
		await mailcow.start();
		await migadu.start();
		refused = `http://127.0.0.1:${await closedPort()}`;
	});
	afterAll(async () => {
		await mailcow.stop();
		await migadu.stop();
	});
	beforeEach(() => {
		mailcow.reset();
		mailcow.state.addDomain({ name: 'acme.test', mailboxes: 10, quota: 10240, maxquota: 2048 });
		mailcow.state.addMailbox({ username: 'bob@acme.test', password: 'Old-Secret-1', quota: 100 });
		migadu.reset();
	});

	const mailboxCreate: INodeParameters = {
		resource: 'mailbox',
		operation: 'create',
		mailboxDomain: byName('acme.test'),
		localPart: 'carol',
		mailboxPassword: PASSWORD,
	};
	const mailboxUpdate: INodeParameters = {
		resource: 'mailbox',
		operation: 'update',
		mailboxes: byName('bob@acme.test'),
		mailboxUpdateFields: { password: PASSWORD },
	};
	const runMailcow = async (
		parameters: INodeParameters,
		continueOnFail: boolean,
		baseUrl = mailcow.url,
	) =>
		await runNode({
			node: 'mailcow',
			parameters,
			credentials: { mailcowApi: { baseUrl, apiKey: MAILCOW_RW_KEY } },
			continueOnFail,
		});

	describe.each([false, true])('Mailcow (continueOnFail %s)', (continueOnFail) => {
		it.each([
			['Mailbox → Create', mailboxCreate],
			['Mailbox → Update', mailboxUpdate],
		])('%s: a connection the server resets', async (_label, parameters) => {
			mailcow.injectFault({ kind: 'reset' });
			const result = await runMailcow(parameters, continueOnFail);
			expect(mailcow.requests).toHaveLength(1);
			expect(JSON.stringify(mailcow.requests[0].body)).toContain(PASSWORD);
			expect(mailcow.requests[0].headers['x-api-key']).toBe(MAILCOW_RW_KEY);
			expectNoSecrets(result, MAILCOW_RW_KEY);
		});

		it('Mailbox → Create: a refused connection', async () => {
			const result = await runMailcow(mailboxCreate, continueOnFail, refused);
			expectNoSecrets(result, MAILCOW_RW_KEY);
		});

		it('Mailbox → Update: a server that echoes the password in its refusal', async () => {
			mailcow.injectFault({
				kind: 'json',
				body: [{ type: 'danger', msg: ['password_complexity', PASSWORD], log: [PASSWORD] }],
			});
			const result = await runMailcow(mailboxUpdate, continueOnFail);
			const error = continueOnFail ? result.items[0]?.error : result.error;
			expect(error?.message).toMatch(/password_complexity/);
			expectNoSecrets(result, MAILCOW_RW_KEY);
		});

		it('Mailbox → Create: a proxy answering 502 with the request in its page', async () => {
			mailcow.injectFault({
				kind: 'serverError',
				status: 502,
				text: `upstream failed for X-API-Key: ${MAILCOW_RW_KEY} password=${encodeURIComponent(PASSWORD)}`,
			});
			const result = await runMailcow(mailboxCreate, continueOnFail);
			expectNoSecrets(result, MAILCOW_RW_KEY);
		});
	});

	const migaduCreate: INodeParameters = {
		resource: 'mailbox',
		operation: 'create',
		domain: byName('example.com'),
		localPart: 'demo',
		name: 'Demo User',
		passwordMethod: 'password',
		password: PASSWORD,
		throttling: { requestsPerWindow: 0 },
	};
	const runMigadu = async (continueOnFail: boolean, baseUrl = `${migadu.url}/v1`) =>
		await runNode({
			node: 'migadu',
			parameters: migaduCreate,
			credentials: { migaduApi: { email: MIGADU_USER, apiKey: MIGADU_KEY, baseUrl } },
			continueOnFail,
		});

	describe.each([false, true])('Migadu (continueOnFail %s)', (continueOnFail) => {
		it('Mailbox → Create: a connection the server resets', async () => {
			migadu.injectFault({ kind: 'reset' });
			const result = await runMigadu(continueOnFail);
			expect(migadu.requests).toHaveLength(1);
			expect(JSON.stringify(migadu.requests[0].body)).toContain(PASSWORD);
			expectNoSecrets(result, MIGADU_KEY);
		});

		it('Mailbox → Create: a refused connection', async () => {
			const result = await runMigadu(continueOnFail, `${refused}/v1`);
			expectNoSecrets(result, MIGADU_KEY);
		});

		it('Mailbox → Create: a server that echoes the password in its refusal', async () => {
			migadu.injectFault({
				kind: 'json',
				status: 422,
				body: { error: `password ${PASSWORD} is too weak` },
			});
			const result = await runMigadu(continueOnFail);
			expectNoSecrets(result, MIGADU_KEY);
		});
	});
});
