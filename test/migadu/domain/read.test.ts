import { runNode } from '../../helpers/runNode';
import { byName, calls, credentialsFor, runMigadu, runMigaduOk, useMigadu } from '../helpers';

describe('Migadu domain: read operations', () => {
	const migadu = useMigadu();

	it('Get Many unwraps the "domains" envelope into one item per domain', async () => {
		const items = await runMigaduOk(migadu, {
			parameters: { resource: 'domain', operation: 'getAll', returnAll: true },
		});
		expect(calls(migadu)).toEqual(['GET /v1/domains']);
		expect(items.map((i) => i.name)).toEqual(['example.com', 'xn--bcher-kva.example']);
	});

	it('Get Many applies the limit to the full list', async () => {
		const items = await runMigaduOk(migadu, {
			parameters: { resource: 'domain', operation: 'getAll', limit: 1 },
		});
		expect(items.map((i) => i.name)).toEqual(['example.com']);
	});

	it('Get converts a Unicode domain to punycode in the path', async () => {
		const items = await runMigaduOk(migadu, {
			parameters: { resource: 'domain', operation: 'get', domain: byName('Bücher.example') },
		});
		expect(calls(migadu)).toEqual(['GET /v1/domains/xn--bcher-kva.example']);
		expect(items).toEqual([
			expect.objectContaining({ name: 'xn--bcher-kva.example', state: 'pending' }),
		]);
	});

	it.each([
		[
			'getDnsRecords',
			'records',
			(i: Record<string, unknown>) => expect(i.domain_name).toBe('example.com'),
		],
		[
			'getDiagnostics',
			'diagnostics',
			(i: Record<string, unknown>) => expect(i).toEqual({ mx: [], spf: [], dkim: [], dmarc: [] }),
		],
		[
			'getUsage',
			'usage',
			(i: Record<string, unknown>) =>
				expect(i).toEqual({ domain_name: 'example.com', incoming: 12, outgoing: 3, storage: 0.5 }),
		],
	])('%s reads /domains/{domain}/%s', async (operation, segment, check) => {
		const items = await runMigaduOk(migadu, {
			parameters: { resource: 'domain', operation, domain: byName('example.com') },
		});
		expect(calls(migadu)).toEqual([`GET /v1/domains/example.com/${segment}`]);
		expect(items).toHaveLength(1);
		check(items[0]);
	});

	it('Get DNS Records returns the MX, SPF, DKIM and DMARC records', async () => {
		const [records] = await runMigaduOk(migadu, {
			parameters: { resource: 'domain', operation: 'getDnsRecords', domain: byName('example.com') },
		});
		expect(records.mx_records).toHaveLength(2);
		expect(records.spf).toEqual(
			expect.objectContaining({ type: 'TXT', value: 'v=spf1 include:spf.migadu.com -all' }),
		);
	});

	it('Get DNS Records of a domain created moments ago (Migadu answers 404) says to wait', async () => {
		migadu.state.recordsPending.add('example.com');
		const { error } = await runMigadu(migadu, {
			parameters: { resource: 'domain', operation: 'getDnsRecords', domain: byName('example.com') },
		});
		expect(error?.message).toBe('Migadu could not find domain "example.com" (item 0)');
		expect(error?.description).toMatch(
			/Migadu answers 404 for the DNS records of a domain created moments ago: wait a few minutes and run the item again\.$/,
		);
	});

	it('a missing domain is a "not found" error naming it', async () => {
		const { error } = await runMigadu(migadu, {
			parameters: { resource: 'domain', operation: 'get', domain: byName('nope.example') },
		});
		expect(error?.message).toBe('Migadu could not find domain "nope.example" (item 0)');
		expect(error?.httpCode).toBe('404');
	});
	it('Get Many answered 404 (a Base URL with an extra path) says what could not be found', async () => {
		const { error } = await runNode({
			node: 'migadu',
			parameters: {
				resource: 'domain',
				operation: 'getAll',
				returnAll: true,
				throttling: { requestsPerWindow: 0 },
			},
			credentials: {
				migaduApi: { ...credentialsFor(migadu).migaduApi, baseUrl: `${migadu.url}/admin` },
			},
		});
		expect(calls(migadu)).toEqual(['GET /admin/v1/domains']);
		expect(error?.message).toBe('Migadu could not find the domains of the account (item 0)');
		expect(error?.httpCode).toBe('404');
	});
});
