// The credentials' Base URL as users paste it: with or without the API path (/v1 for Migadu,
// /api/v1 for mailcow), trailing slashes and spaces. Routed operations, the credential test and
// the triggers' polls (the nodes' own transport) all reach the same API root. A 404 on a Migadu
// create cannot mean that the new object is missing: it is explained as a parent or Base URL problem.
import { MailcowEmulator, MAILCOW_RW_KEY } from '../emulators/mailcow';
import { MigaduEmulator, MIGADU_KEY, MIGADU_USER } from '../emulators/migadu';
import { testCredential } from '../helpers/credentialTest';
import { TriggerHarness } from '../helpers/pollTrigger';
import { runNode } from '../helpers/runNode';

const byName = (value: string) => ({ __rl: true, mode: 'name', value });
const variants = (path: string): Array<[string, (url: string) => string]> => [
	['without the API path', (url) => url],
	['without the API path, with a trailing slash', (url) => `${url}/`],
	[`with ${path}/`, (url) => `${url}${path}/`],
	['with spaces around it', (url) => `  ${url}${path} `],
];

describe('Migadu Base URL', () => {
	const migadu = new MigaduEmulator();
	beforeAll(async () => {
		await migadu.start();
	});
	afterAll(async () => await migadu.stop());
	beforeEach(() => migadu.reset());
	const calls = () => migadu.requests.map((r) => `${r.method} ${r.rawPath}`);
	const credentials = (baseUrl: string) => ({
		migaduApi: { email: MIGADU_USER, apiKey: MIGADU_KEY, baseUrl },
	});
	const createAlias = (domain = 'example.com') => ({
		resource: 'alias',
		operation: 'create',
		domain: byName(domain),
		alias: 'support',
		destinations: 'info@example.com',
		throttling: { requestsPerWindow: 0 },
	});

	it.each(variants('/v1'))('%s: Alias → Create reaches /v1', async (_label, baseUrl) => {
		const result = await runNode({
			node: 'migadu',
			parameters: createAlias(),
			credentials: credentials(baseUrl(migadu.url)),
		});
		expect(result.error).toBeUndefined();
		expect(calls()).toEqual(['POST /v1/domains/example.com/aliases']);
		expect(migadu.state.domains.get('example.com')!.aliases.has('support')).toBe(true);
	});

	it.each(variants('/v1'))('%s: the credential test reaches /v1/domains', async (_l, baseUrl) => {
		const result = await testCredential('migaduApi', {
			email: MIGADU_USER,
			apiKey: MIGADU_KEY,
			baseUrl: baseUrl(migadu.url),
		});
		expect(result).toEqual({ status: 'OK', message: 'Connection successful!' });
		expect(calls()).toEqual(['GET /v1/domains']);
	});

	it.each(variants('/v1'))('%s: the trigger polls /v1', async (_label, baseUrl) => {
		const poller = new TriggerHarness(
			'migaduTrigger',
			{
				event: 'mailboxCreated',
				domain: byName('example.com'),
				throttling: { requestsPerWindow: 0 },
			},
			credentials(baseUrl(migadu.url)),
		);
		expect((await poller.activate()).error).toBeUndefined();
		expect(calls()).toEqual(['GET /v1/domains/example.com/mailboxes']);
	});

	it('a 404 on Create names the domain and the Base URL, not a missing alias', async () => {
		const result = await runNode({
			node: 'migadu',
			parameters: createAlias('nope.example'),
			credentials: credentials(`${migadu.url}/v1`),
		});
		expect(calls()).toEqual(['POST /v1/domains/nope.example/aliases']);
		expect(result.error?.httpCode).toBe('404');
		expect(result.error?.message).not.toMatch(/could not find/);
		expect(result.error?.message).toBe(
			'Migadu answered 404 to creating alias "support@nope.example" (item 0)',
		);
		expect(result.error?.description).toMatch(/domain "nope\.example"/);
		expect(result.error?.description).toMatch(/Base URL/);
		expect(result.error?.description).toMatch(/https:\/\/api\.migadu\.com\/v1/);
	});

	it('a 404 on a Get still names the missing object', async () => {
		const result = await runNode({
			node: 'migadu',
			parameters: {
				resource: 'alias',
				operation: 'get',
				domain: byName('example.com'),
				alias: 'nobody',
				throttling: { requestsPerWindow: 0 },
			},
			credentials: credentials(`${migadu.url}/v1`),
		});
		expect(result.error?.message).toMatch(/^Migadu could not find alias "nobody@example\.com"/);
	});
});

describe('Mailcow Base URL', () => {
	const mailcow = new MailcowEmulator();
	beforeAll(async () => {
		await mailcow.start();
	});
	afterAll(async () => await mailcow.stop());
	beforeEach(() => {
		mailcow.reset();
		mailcow.state.addDomain({ name: 'acme.test' });
	});
	const calls = () => mailcow.requests.map((r) => `${r.method} ${r.rawPath}`);
	const credentials = (baseUrl: string) => ({ mailcowApi: { baseUrl, apiKey: MAILCOW_RW_KEY } });

	it.each(variants('/api/v1'))('%s: Domain → Get reaches /api/v1', async (_label, baseUrl) => {
		const result = await runNode({
			node: 'mailcow',
			parameters: { resource: 'domain', operation: 'get', domain: byName('acme.test') },
			credentials: credentials(baseUrl(mailcow.url)),
		});
		expect(result.error).toBeUndefined();
		expect(calls()).toEqual(['GET /api/v1/get/domain/acme.test']);
	});

	it.each(variants('/api/v1'))('%s: the credential test reaches /api/v1', async (_l, baseUrl) => {
		const result = await testCredential('mailcowApi', {
			baseUrl: baseUrl(mailcow.url),
			apiKey: MAILCOW_RW_KEY,
		});
		expect(result).toEqual({ status: 'OK', message: 'Connection successful!' });
		expect(calls()).toEqual(['GET /api/v1/get/status/version']);
	});

	it.each(variants('/api/v1'))('%s: the trigger polls /api/v1', async (_label, baseUrl) => {
		const poller = new TriggerHarness(
			'mailcowTrigger',
			{ event: 'aliasCreated' },
			credentials(baseUrl(mailcow.url)),
		);
		expect((await poller.activate()).error).toBeUndefined();
		expect(calls()).toEqual(['GET /api/v1/get/alias/all']);
	});
});
