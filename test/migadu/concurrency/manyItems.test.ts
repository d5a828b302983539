/* eslint-disable @n8n/community-nodes/no-hardcoded-secrets -- test passwords sent to the local emulator */
// Many input items at once against Migadu: a refused key or a blocked IP stops the execution
// after one request, and every output item (records, errors, the error output) is paired.
import type { INodeExecutionData } from 'n8n-workflow';
import { byName, credentialsFor, runMigadu, useMigadu } from '../helpers';
import { runNode } from '../../helpers/runNode';

const many = (n: number): INodeExecutionData[] =>
	Array.from({ length: n }, (_v, i) => ({ json: { n: i } }));
const indexes = (n: number) => Array.from({ length: n }, (_v, item) => ({ item }));
const createMailbox = {
	resource: 'mailbox',
	operation: 'create',
	domain: byName('example.com'),
	localPart: '={{ "user" + $json.n }}',
	name: 'User',
	passwordMethod: 'password',
	password: 'Sup3r_s3cr3T-many',
};

describe('Migadu: many items at once', () => {
	const migadu = useMigadu();

	it('70 creates with a wrong key: 1 request, 70 paired errors', async () => {
		const wrong = credentialsFor(migadu);
		wrong.migaduApi.apiKey = 'wrong-key';
		const result = await runNode({
			node: 'migadu',
			parameters: { throttling: { requestsPerWindow: 0 }, ...createMailbox },
			credentials: wrong,
			items: many(70),
			continueOnFail: true,
		});
		expect(migadu.requests).toHaveLength(1);
		expect(migadu.unauthorized).toBe(1);
		expect(result.items.map((i) => i.pairedItem)).toEqual(indexes(70));
		for (const item of result.items)
			expect(item.error?.message).toBe('Migadu rejected the account email or API key');
	});

	it('70 creates while the IP is blocked: 1 request, 70 paired errors, also with the throttle on', async () => {
		migadu.blockAll(60_000);
		const result = await runMigadu(migadu, {
			parameters: createMailbox,
			items: many(70),
			continueOnFail: true,
			throttling: { requestsPerWindow: 60, windowSeconds: 120 },
		});
		expect(migadu.requests).toHaveLength(1);
		expect(migadu.forbidden).toBe(1);
		expect(result.items.map((i) => i.pairedItem)).toEqual(indexes(70));
		for (const item of result.items)
			expect(item.error?.message).toBe(
				'Migadu blocked the request: rate limit exceeded or IP temporarily blocked',
			);
	});

	it('without On Error = Continue the run ends with the 401 after 1 request', async () => {
		const wrong = credentialsFor(migadu);
		wrong.migaduApi.apiKey = 'wrong-key';
		const result = await runNode({
			node: 'migadu',
			parameters: { throttling: { requestsPerWindow: 0 }, ...createMailbox },
			credentials: wrong,
			items: many(20),
		});
		expect(result.error?.message).toBe('Migadu rejected the account email or API key');
		expect(migadu.requests).toHaveLength(1);
	});

	it('Get Many with 2+ input items pairs every record with its input item, errors too', async () => {
		const result = await runMigadu(migadu, {
			parameters: {
				resource: 'mailbox',
				operation: 'getAll',
				domain: byName('={{ $json.d }}'),
				returnAll: true,
			},
			items: [
				{ json: { d: 'example.com' } },
				{ json: { d: 'nope.example' } },
				{ json: { d: 'example.com' } },
			],
			continueOnFail: true,
		});
		expect(result.items.map((i) => [i.json.address ?? 'error', i.pairedItem])).toEqual([
			['info@example.com', { item: 0 }],
			['sales@example.com', { item: 0 }],
			['error', { item: 1 }],
			['info@example.com', { item: 2 }],
			['sales@example.com', { item: 2 }],
		]);
	});

	it('the error output holds each failed item paired with its input', async () => {
		const result = await runMigadu(migadu, {
			parameters: {
				resource: 'mailbox',
				operation: 'getAll',
				domain: byName('={{ $json.d }}'),
				returnAll: true,
			},
			items: [
				{ json: { d: 'example.com' } },
				{ json: { d: 'nope.example' } },
				{ json: { d: 'gone.example' } },
			],
			onError: 'continueErrorOutput',
		});
		const [main, errors] = result.outputs;
		expect(main.map((i) => i.pairedItem)).toEqual([{ item: 0 }, { item: 0 }]);
		expect(errors.map((i) => i.pairedItem)).toEqual([{ item: 1 }, { item: 2 }]);
	});
});
