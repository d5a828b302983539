import { MailcowEmulator, MAILCOW_RW_KEY } from '../emulators/mailcow';
import { MigaduEmulator, MIGADU_KEY, MIGADU_USER } from '../emulators/migadu';
import { testCredential } from '../helpers/credentialTest';
import { runNode } from '../helpers/runNode';

describe('Mailcow API credential', () => {
	const mailcow = new MailcowEmulator();
	beforeAll(async () => {
		await mailcow.start();
	});
	afterAll(async () => await mailcow.stop());
	beforeEach(() => mailcow.reset());

	it('sends the key as X-API-Key on node requests', async () => {
		await runNode({
			node: 'mailcow',
			parameters: {
				resource: 'domain',
				operation: 'get',
				domain: { __rl: true, mode: 'name', value: 'example.com' },
			},
			credentials: { mailcowApi: { baseUrl: mailcow.url, apiKey: MAILCOW_RW_KEY } },
		});
		expect(mailcow.requests).toHaveLength(1);
		expect(mailcow.requests[0].headers['x-api-key']).toBe(MAILCOW_RW_KEY);
		expect(mailcow.requests[0].rawPath).toBe('/api/v1/get/domain/example.com');
	});

	it('sends an empty X-API-Key when the credential has no key (mailcow then answers nothing)', async () => {
		const { error } = await runNode({
			node: 'mailcow',
			parameters: {
				resource: 'domain',
				operation: 'get',
				domain: { __rl: true, mode: 'name', value: 'example.com' },
			},
			credentials: { mailcowApi: { baseUrl: mailcow.url } },
		});
		expect(mailcow.requests).toHaveLength(1);
		expect(mailcow.requests[0].headers['x-api-key']).toBe('');
		expect(error?.message).toMatch(/empty response/);
	});

	it.each([
		['a trailing slash', (url: string) => `${url}/`],
		['a pasted /api/v1 suffix', (url: string) => `${url}/api/v1/`],
	])('tolerates %s in the base URL', async (_label, baseUrl) => {
		const result = await testCredential('mailcowApi', {
			baseUrl: baseUrl(mailcow.url),
			apiKey: MAILCOW_RW_KEY,
		});
		expect(result).toEqual({ status: 'OK', message: 'Connection successful!' });
		expect(mailcow.requests.map((r) => r.rawPath)).toEqual(['/api/v1/get/status/version']);
	});

	it('explains a wrong or inactive key', async () => {
		const result = await testCredential('mailcowApi', {
			baseUrl: mailcow.url,
			apiKey: 'WRONG-KEY',
		});
		expect(result.status).toBe('Error');
		expect(result.message).toMatch(/^Mailcow rejected the API key \(authentication failed\)/);
	});

	it('explains an IP the allow-list refuses', async () => {
		mailcow.allowFrom = ['192.0.2.10'];
		const result = await testCredential('mailcowApi', {
			baseUrl: mailcow.url,
			apiKey: MAILCOW_RW_KEY,
		});
		expect(result.status).toBe('Error');
		expect(result.message).toMatch(/api access denied for ip/);
		expect(result.message).toMatch(/allow-list/);
		mailcow.allowFrom = ['127.0.0.1', '::1', '::ffff:127.0.0.1'];
	});

	it('explains an empty 200 body (no key reached mailcow)', async () => {
		const result = await testCredential('mailcowApi', { baseUrl: mailcow.url, apiKey: '' });
		expect(mailcow.requests[0].headers['x-api-key']).toBe('');
		expect(result.status).toBe('Error');
		expect(result.message).toMatch(/^Mailcow answered with an empty body/);
	});

	it('explains an HTML page (redirect or proxy)', async () => {
		mailcow.injectFault({ kind: 'html' });
		const result = await testCredential('mailcowApi', {
			baseUrl: mailcow.url,
			apiKey: MAILCOW_RW_KEY,
		});
		expect(result.status).toBe('Error');
		expect(result.message).toMatch(/HTML page instead of mailcow's API/);
	});

	it('never puts the key into the test result', async () => {
		mailcow.allowFrom = [];
		const result = await testCredential('mailcowApi', {
			baseUrl: mailcow.url,
			apiKey: MAILCOW_RW_KEY,
		});
		expect(JSON.stringify(result)).not.toContain(MAILCOW_RW_KEY);
		mailcow.allowFrom = ['127.0.0.1', '::1', '::ffff:127.0.0.1'];
	});
});

describe('Migadu API credential', () => {
	const migadu = new MigaduEmulator();
	beforeAll(async () => {
		await migadu.start();
	});
	afterAll(async () => await migadu.stop());
	beforeEach(() => migadu.reset());

	it('sends HTTP Basic with the account email and key on node requests', async () => {
		const { error } = await runNode({
			node: 'migadu',
			parameters: { resource: 'domain', operation: 'getAll' },
			credentials: {
				migaduApi: { email: MIGADU_USER, apiKey: MIGADU_KEY, baseUrl: `${migadu.url}/v1` },
			},
		});
		expect(error).toBeUndefined();
		const expected = 'Basic ' + Buffer.from(`${MIGADU_USER}:${MIGADU_KEY}`).toString('base64');
		expect(migadu.requests[0].headers.authorization).toBe(expected);
		expect(migadu.requests[0].rawPath).toBe('/v1/domains');
	});

	it('sends empty HTTP Basic parts when the credential has no email or key', async () => {
		await runNode({
			node: 'migadu',
			parameters: { resource: 'domain', operation: 'getAll' },
			credentials: { migaduApi: { baseUrl: `${migadu.url}/v1` } },
		});
		expect(migadu.requests[0].headers.authorization).toBe(
			`Basic ${Buffer.from(':').toString('base64')}`,
		);
	});

	it('passes the connection test with good credentials', async () => {
		const result = await testCredential('migaduApi', {
			email: MIGADU_USER,
			apiKey: MIGADU_KEY,
			baseUrl: `${migadu.url}/v1/`,
		});
		expect(result).toEqual({ status: 'OK', message: 'Connection successful!' });
		expect(migadu.requests[0].rawPath).toBe('/v1/domains');
	});

	it('explains rejected credentials', async () => {
		const result = await testCredential('migaduApi', {
			email: MIGADU_USER,
			apiKey: 'nope',
			baseUrl: `${migadu.url}/v1`,
		});
		expect(result.status).toBe('Error');
		expect(result.message).toMatch(/^Migadu rejected the account email or API key/);
	});
});
