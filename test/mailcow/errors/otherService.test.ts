/* eslint-disable @n8n/community-nodes/no-restricted-imports */
// A Mailcow credential whose Base URL reaches another service that answers 401 (a proxy with its
// own login, another app): the node judges it as the credential test does — "not like mailcow's
// API" — instead of warning about a wrong mailcow key and fail2ban.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { MAILCOW_RW_KEY } from '../../emulators/mailcow';
import { testCredential } from '../../helpers/credentialTest';
import { runNode } from '../../helpers/runNode';
import { byName } from '../setup';

describe('Mailcow credential pointing at another service', () => {
	const bodies: Array<[string, string, string]> = [
		['a plain-text 401', 'text/plain', 'Unauthorized'],
		['a JSON 401 of another API', 'application/json', '{"error":"invalid_token"}'],
	];
	let server: http.Server;
	let url = '';
	let answer: [string, string] = ['text/plain', ''];
	const requests: string[] = [];
	beforeAll(async () => {
		server = http.createServer((req, res) => {
			requests.push(`${req.method} ${req.url}`);
			res.writeHead(401, { 'content-type': answer[0], 'www-authenticate': 'Basic realm="x"' });
			res.end(answer[1]);
		});
		await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
		url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
	});
	afterAll(async () => await new Promise((resolve) => server.close(resolve)));
	beforeEach(() => (requests.length = 0));

	it.each(bodies)(
		'%s: the node says the address is not mailcow, not "wrong key"',
		async (_l, type, body) => {
			answer = [type, body];
			const { error } = await runNode({
				node: 'mailcow',
				parameters: { resource: 'domain', operation: 'get', domain: byName('acme.test') },
				credentials: { mailcowApi: { baseUrl: url, apiKey: MAILCOW_RW_KEY } },
			});
			expect(requests).toEqual(['GET /api/v1/get/domain/acme.test']);
			expect(error?.httpCode).toBe('401');
			expect(error?.message).toMatch(/not like mailcow's API/);
			expect(error?.message).not.toMatch(/rejected the API key/);
			expect(error?.description).not.toMatch(/fail2ban/);
			expect(error?.description).toMatch(/Base URL/);
			expect(JSON.stringify(error)).not.toContain(MAILCOW_RW_KEY);
		},
	);

	it.each(bodies)('%s: the credential test judges it the same way', async (_l, type, body) => {
		answer = [type, body];
		const result = await testCredential('mailcowApi', { baseUrl: url, apiKey: MAILCOW_RW_KEY });
		expect(result.status).toBe('Error');
		expect(result.message).toMatch(/not like mailcow's API/);
	});
});
