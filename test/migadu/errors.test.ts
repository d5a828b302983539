import { MigaduEmulator, MIGADU_KEY, MIGADU_USER } from '../emulators/migadu';
import { runNode } from '../helpers/runNode';
import { byAddress, byName, runMigadu, useMigadu } from './helpers';

describe('Migadu error path', () => {
	const migadu = useMigadu();
	const getMailbox = {
		resource: 'mailbox',
		operation: 'get',
		domain: byName('example.com'),
		mailbox: byAddress('info'),
	};

	it('401: explains the credential, without the key', async () => {
		const result = await runNode({
			node: 'migadu',
			parameters: { ...getMailbox, throttling: { requestsPerWindow: 0 } },
			credentials: {
				migaduApi: { email: MIGADU_USER, apiKey: 'wrong-key-xyz', baseUrl: `${migadu.url}/v1` },
			},
		});
		expect(result.error?.message).toBe('Migadu rejected the account email or API key');
		expect(result.error?.httpCode).toBe('401');
		expect(`${result.error?.message} ${result.error?.description}`).not.toMatch(
			/wrong-key-xyz|emu-migadu/,
		);
		// Never retried.
		expect(migadu.requests).toHaveLength(1);
	});

	it('plain-text 5xx bodies are shown as text', async () => {
		migadu.injectFault({ kind: 'serverError', status: 503, text: 'upstream unavailable' });
		const { error } = await runMigadu(migadu, { parameters: getMailbox });
		expect(error?.message).toBe('Migadu answered with HTTP 503');
		expect(error?.description).toBe('Response: upstream unavailable');
		expect(migadu.requests).toHaveLength(1);
	});

	it('a 500 with a JSON string body is unwrapped', async () => {
		migadu.injectFault({ kind: 'serverError', status: 500, text: '"Something went wrong"' });
		const { error } = await runMigadu(migadu, { parameters: getMailbox });
		expect(error?.description).toBe('Response: Something went wrong');
	});

	it('an HTML page with 200 (wrong Base URL) is an error, not data', async () => {
		migadu.injectFault({ kind: 'html' });
		const { error } = await runMigadu(migadu, { parameters: getMailbox });
		expect(error?.message).toBe('Migadu answered with an HTML page instead of JSON');
	});

	it('a 400 without a body still explains itself', async () => {
		migadu.injectFault({ kind: 'serverError', status: 400, text: '' });
		const { error } = await runMigadu(migadu, { parameters: getMailbox });
		expect(error?.message).toBe('Migadu refused the request for mailbox "info@example.com"');
		expect(error?.description).toMatch(/Migadu also uses 400 for paths that do not exist/);
	});

	it('continueOnFail returns the error as an item and goes on', async () => {
		const result = await runMigadu(migadu, {
			parameters: { ...getMailbox, mailbox: byAddress('={{ $json.who }}') },
			items: [{ json: { who: 'ghost' } }, { json: { who: 'info' } }],
			continueOnFail: true,
		});
		expect(result.error).toBeUndefined();
		expect(result.items[0].error?.message).toBe(
			'Migadu could not find mailbox "ghost@example.com" (item 0)',
		);
		expect(result.items[1].json.address).toBe('info@example.com');
	});
});

describe('Migadu emulator switches', () => {
	it('the 403 block lasts after going over the limit', async () => {
		const emulator = new MigaduEmulator({ rateLimit: { limit: 1, windowMs: 60_000 } });
		await emulator.start();
		try {
			const auth = 'Basic ' + Buffer.from(`${MIGADU_USER}:${MIGADU_KEY}`).toString('base64');
			const statuses: number[] = [];
			for (let i = 0; i < 3; i++) {
				const response = await fetch(`${emulator.url}/v1/domains`, {
					headers: { authorization: auth },
				});
				statuses.push(response.status);
				await response.text();
			}
			expect(statuses).toEqual([200, 403, 403]);
			expect(emulator.forbidden).toBe(2);
		} finally {
			await emulator.stop();
		}
	});
});
