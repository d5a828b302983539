import type { IHttpRequestOptions, ILoadOptionsFunctions } from 'n8n-workflow';
import { searchDomains } from '../../nodes/Migadu/listSearch/searchDomains';
import { searchMailboxes } from '../../nodes/Migadu/listSearch/searchMailboxes';
import { MIGADU_KEY, MIGADU_USER } from '../emulators/migadu';
import { useMigadu } from './helpers';

// The resource-locator searches run in n8n's load-options context; this stand-in gives them the
// credential, the current parameters and an authenticated HTTP helper that really calls the emulator.
function loadOptionsContext(
	baseUrl: string,
	parameters: Record<string, unknown>,
): ILoadOptionsFunctions {
	const credentials = { email: MIGADU_USER, apiKey: MIGADU_KEY, baseUrl };
	return {
		getNode: () => ({
			id: '1',
			name: 'Migadu',
			type: 'migadu',
			typeVersion: 1,
			position: [0, 0],
			parameters: {},
		}),
		getCredentials: async () => credentials,
		getCurrentNodeParameter: (name: string) => parameters[name],
		helpers: {
			httpRequestWithAuthentication: async (_type: string, options: IHttpRequestOptions) => {
				const auth = Buffer.from(`${credentials.email}:${credentials.apiKey}`).toString('base64');
				const response = await fetch(`${options.baseURL}${options.url}`, {
					method: options.method,
					headers: { authorization: `Basic ${auth}`, accept: 'application/json' },
				});
				const text = await response.text();
				return {
					statusCode: response.status,
					headers: {},
					body: text ? (JSON.parse(text) as unknown) : '',
				};
			},
		},
	} as unknown as ILoadOptionsFunctions;
}

describe('Migadu resource-locator searches', () => {
	const migadu = useMigadu();

	it("searchDomains lists the account's domains, filtered", async () => {
		const context = loadOptionsContext(`${migadu.url}/v1/`, {
			throttling: { requestsPerWindow: 0 },
		});
		expect(await searchDomains.call(context)).toEqual({
			results: [
				{ name: 'example.com', value: 'example.com' },
				{ name: 'xn--bcher-kva.example', value: 'xn--bcher-kva.example' },
			],
		});
		expect(await searchDomains.call(context, 'BCHER')).toEqual({
			results: [{ name: 'xn--bcher-kva.example', value: 'xn--bcher-kva.example' }],
		});
		expect(migadu.requests.map((r) => r.rawPath)).toEqual(['/v1/domains', '/v1/domains']);
	});

	it('searchMailboxes lists the mailboxes of the chosen (punycoded) domain, by address or name', async () => {
		const context = loadOptionsContext(`${migadu.url}/v1`, {
			domain: 'Example.com',
			throttling: { requestsPerWindow: 0 },
		});
		expect(await searchMailboxes.call(context, 'desk')).toEqual({
			results: [{ name: 'info@example.com (Info Desk)', value: 'info@example.com' }],
		});
		expect(await searchMailboxes.call(context, 'sales')).toEqual({
			results: [{ name: 'sales@example.com (Sales Team)', value: 'sales@example.com' }],
		});
		expect(migadu.requests.map((r) => r.rawPath)).toEqual([
			'/v1/domains/example.com/mailboxes',
			'/v1/domains/example.com/mailboxes',
		]);
	});

	it('searchMailboxes explains a failure instead of returning nothing', async () => {
		const context = loadOptionsContext(`${migadu.url}/v1`, {
			domain: 'nope.example',
			throttling: { requestsPerWindow: 0 },
		});
		await expect(searchMailboxes.call(context)).rejects.toThrow(
			'Migadu could not find domain "nope.example"',
		);
	});

	it("searches are throttled like the node's requests (bug: list searches not throttled)", async () => {
		migadu.rateLimit = { limit: 1, windowMs: 1_500, blockMs: 5_000 };
		const context = loadOptionsContext(`${migadu.url}/v1/`, {
			throttling: { requestsPerWindow: 1, windowSeconds: 1.5 },
		});
		await searchDomains.call(context);
		await searchDomains.call(context);
		migadu.rateLimit = undefined;
		expect(migadu.forbidden).toBe(0);
		expect(migadu.requests).toHaveLength(2);
	});
});
