// The resource-locator searches, over real HTTP against the emulator. n8n's load-options context
// is stood in by the few members the searches use; the request goes through axios with the
// credential's own authenticate block (X-API-Key) applied.
import axios from 'axios';
import type { IDataObject, IHttpRequestOptions, ILoadOptionsFunctions, INode } from 'n8n-workflow';
import { MAILCOW_RW_KEY } from '../../emulators/mailcow';
import { searchAliasDomains } from '../../../nodes/Mailcow/listSearch/searchAliasDomains';
import { searchAliases } from '../../../nodes/Mailcow/listSearch/searchAliases';
import { searchDomainAdmins } from '../../../nodes/Mailcow/listSearch/searchDomainAdmins';
import { searchDomains } from '../../../nodes/Mailcow/listSearch/searchDomains';
import { searchSyncJobs } from '../../../nodes/Mailcow/listSearch/searchSyncJobs';
import { searchMailboxes } from '../../../nodes/Mailcow/listSearch/searchMailboxes';
import { searchOauth2Clients } from '../../../nodes/Mailcow/listSearch/searchOauth2Clients';
import { searchRelayHosts } from '../../../nodes/Mailcow/listSearch/searchRelayHosts';
import { searchTransportMaps } from '../../../nodes/Mailcow/listSearch/searchTransportMaps';
import { searchBccMaps } from '../../../nodes/Mailcow/listSearch/searchBccMaps';
import { searchRecipientMaps } from '../../../nodes/Mailcow/listSearch/searchRecipientMaps';
import { searchResources } from '../../../nodes/Mailcow/listSearch/searchResources';
import { searchTlsPolicyMaps } from '../../../nodes/Mailcow/listSearch/searchTlsPolicyMaps';
import { addResource } from '../../emulators/mailcow/routes/resource';
import { runOk, useMailcow } from '../setup';

describe('Mailcow list searches', () => {
	const mailcow = useMailcow();

	function loadOptions(current: IDataObject = {}, apiKey = MAILCOW_RW_KEY): ILoadOptionsFunctions {
		return {
			getNode: () => ({ name: 'Mailcow' }) as INode,
			getCredentials: async () => ({ baseUrl: `${mailcow.url}/`, apiKey }),
			// As n8n does: a resource locator's value only with extractValue.
			getCurrentNodeParameter: (name: string, options?: { extractValue?: boolean }) => {
				if (!(name in current)) throw new Error(`Could not find property "${name}"`);
				const value = current[name] as IDataObject | string;
				return options?.extractValue && typeof value === 'object' ? value.value : value;
			},
			helpers: {
				httpRequestWithAuthentication: async (_type: string, options: IHttpRequestOptions) => {
					const response = await axios.request({
						method: options.method,
						baseURL: options.baseURL,
						url: options.url,
						data: options.body,
						headers: { ...options.headers, 'X-API-Key': apiKey },
						validateStatus: () => true,
					});
					return { statusCode: response.status, body: response.data, headers: response.headers };
				},
			},
		} as unknown as ILoadOptionsFunctions;
	}

	beforeEach(() => {
		mailcow.state.addDomain({ name: 'acme.test' });
		mailcow.state.addDomain({ name: 'beta.test' });
		mailcow.state.addMailbox({
			username: 'alice@acme.test',
			password: 'Secret-123',
			name: 'Alice Doe',
			quota: 10,
		});
		mailcow.state.addMailbox({ username: 'bob@beta.test', password: 'Secret-123', quota: 10 });
	});

	it('searchDomains lists and filters domain names', async () => {
		expect(await searchDomains.call(loadOptions())).toEqual({
			results: [
				{ name: 'acme.test', value: 'acme.test' },
				{ name: 'beta.test', value: 'beta.test' },
			],
		});
		expect(await searchDomains.call(loadOptions(), 'BET')).toEqual({
			results: [{ name: 'beta.test', value: 'beta.test' }],
		});
		expect(mailcow.requests.map((r) => r.rawPath)).toEqual([
			'/api/v1/get/domain/all',
			'/api/v1/get/domain/all',
		]);
	});

	it('searchMailboxes lists all mailboxes, matching address or name', async () => {
		const all = await searchMailboxes.call(loadOptions());
		expect(all.results).toEqual([
			{ name: 'alice@acme.test (Alice Doe)', value: 'alice@acme.test' },
			{ name: 'bob@beta.test', value: 'bob@beta.test' },
		]);
		const byName = await searchMailboxes.call(loadOptions(), 'doe');
		expect(byName.results.map((r) => r.value)).toEqual(['alice@acme.test']);
		expect(mailcow.requests.map((r) => r.rawPath)).toEqual([
			'/api/v1/get/mailbox/all',
			'/api/v1/get/mailbox/all',
		]);
	});

	it("searchMailboxes only lists the selected domain's mailboxes", async () => {
		const create = await searchMailboxes.call(loadOptions({ mailboxDomain: 'beta.test' }));
		const get = await searchMailboxes.call(loadOptions({ mailboxListDomain: 'acme.test' }));
		expect(mailcow.requests.map((r) => r.rawPath)).toEqual([
			'/api/v1/get/mailbox/all/beta.test',
			'/api/v1/get/mailbox/all/acme.test',
		]);
		expect(create.results.map((r) => r.value)).toEqual(['bob@beta.test']);
		expect(get.results.map((r) => r.value)).toEqual(['alice@acme.test']);
	});

	it("searchMailboxes takes the selected domain from its picker, without surrounding spaces, or else the list's filter", async () => {
		const picked = { __rl: true, mode: 'list', value: ' beta.test ' };
		const byPicker = await searchMailboxes.call(loadOptions({ mailboxDomain: picked }));
		const emptyFirst = await searchMailboxes.call(
			loadOptions({ mailboxDomain: ' ', mailboxListDomain: 'acme.test' }),
		);
		expect(mailcow.requests.map((r) => r.rawPath)).toEqual([
			'/api/v1/get/mailbox/all/beta.test',
			'/api/v1/get/mailbox/all/acme.test',
		]);
		expect(byPicker.results.map((r) => r.value)).toEqual(['bob@beta.test']);
		expect(emptyFirst.results.map((r) => r.value)).toEqual(['alice@acme.test']);
		// A selected domain the request path cannot carry is refused, naming the field.
		await expect(
			searchMailboxes.call(loadOptions({ mailboxDomain: 'acme.test/../x' })),
		).rejects.toThrow(/^Domain: /);
	});

	it('searchOauth2Clients, searchRelayHosts and searchTransportMaps show each object; the value is its id', async () => {
		mailcow.state.oauthClients.set(4, {
			id: 4,
			client_id: 'c1a2b',
			client_secret: 'never-shown',
			redirect_uri: 'https://app.example/cb',
		});
		mailcow.state.oauthClients.set(5, {
			id: 5,
			client_id: 'd3e4f',
			client_secret: 'never-shown',
			redirect_uri: null,
		});
		mailcow.state.relayhosts.set(6, {
			id: 6,
			hostname: '[smtp.relay.test]:587',
			username: 'relay-user',
			password: 'never-shown',
			active: 1,
		});
		mailcow.state.relayhosts.set(7, {
			id: 7,
			hostname: 'smtp.open.test',
			username: '',
			password: '',
			active: 1,
		});
		mailcow.state.transports.set(8, {
			id: 8,
			is_mx_based: 0,
			destination: 'partner.test',
			nexthop: '[mx.partner.test]:25',
			username: '',
			password: '',
			active: 1,
		});
		expect(await searchOauth2Clients.call(loadOptions())).toEqual({
			results: [
				{ name: 'https://app.example/cb (client c1a2b), ID 4', value: '4' },
				{ name: '(no redirect URI) (client d3e4f), ID 5', value: '5' },
			],
		});
		expect((await searchOauth2Clients.call(loadOptions(), 'D3E4')).results).toEqual([
			{ name: '(no redirect URI) (client d3e4f), ID 5', value: '5' },
		]);
		expect(await searchRelayHosts.call(loadOptions())).toEqual({
			results: [
				{ name: '[smtp.relay.test]:587 (relay-user), ID 6', value: '6' },
				{ name: 'smtp.open.test, ID 7', value: '7' },
			],
		});
		expect(await searchTransportMaps.call(loadOptions())).toEqual({
			results: [{ name: 'partner.test → [mx.partner.test]:25, ID 8', value: '8' }],
		});
		expect(mailcow.requests.map((r) => r.rawPath)).toEqual([
			'/api/v1/get/oauth2-client/all',
			'/api/v1/get/oauth2-client/all',
			'/api/v1/get/relayhost/all',
			'/api/v1/get/transport/all',
		]);
	});

	it('searchAliases lists aliases with their destinations; the value is the address', async () => {
		mailcow.state.addAlias({ address: 'info@acme.test', goto: 'alice@acme.test' });
		mailcow.state.addAlias({ address: 'sales@beta.test', goto: 'bob@beta.test' });
		expect(await searchAliases.call(loadOptions(), 'BOB')).toEqual({
			results: [{ name: 'sales@beta.test → bob@beta.test', value: 'sales@beta.test' }],
		});
		expect(mailcow.requests.map((r) => r.rawPath)).toEqual(['/api/v1/get/alias/all']);
	});

	it('searchAliasDomains lists alias domains with their target', async () => {
		mailcow.state.aliasDomains.set('alias.test', {
			alias_domain: 'alias.test',
			target_domain: 'acme.test',
			active: 1,
			rl: false,
			created: '2026-01-01 00:00:00',
			modified: null,
		});
		expect(await searchAliasDomains.call(loadOptions())).toEqual({
			results: [{ name: 'alias.test → acme.test', value: 'alias.test' }],
		});
		expect(mailcow.requests.map((r) => r.rawPath)).toEqual(['/api/v1/get/alias-domain/all']);
	});

	it('searchDomainAdmins lists admins with their domains; the value is the username', async () => {
		mailcow.state.addDomainAdmin({
			username: 'acmeadmin',
			password: 'Secret-123',
			domains: ['acme.test'],
		});
		mailcow.state.addDomainAdmin({
			username: 'betaadmin',
			password: 'Secret-123',
			domains: ['acme.test', 'beta.test'],
		});
		expect(await searchDomainAdmins.call(loadOptions())).toEqual({
			results: [
				{ name: 'acmeadmin (acme.test)', value: 'acmeadmin' },
				{ name: 'betaadmin (acme.test, beta.test)', value: 'betaadmin' },
			],
		});
		expect((await searchDomainAdmins.call(loadOptions(), 'BETA')).results).toHaveLength(1);
	});

	it('searchBccMaps, searchRecipientMaps and searchTlsPolicyMaps show each map; the value is its id', async () => {
		mailcow.state.bccMaps.set(1, {
			id: 1,
			local_dest: '@acme.test',
			bcc_dest: 'archive@beta.test',
			active: 1,
			type: 'sender',
			created: '2026-01-01 00:00:00',
			domain: 'acme.test',
			modified: null,
		});
		mailcow.state.recipientMaps.set(2, {
			id: 2,
			recipient_map_old: 'old@acme.test',
			recipient_map_new: 'alice@acme.test',
			active: 1,
			created: '2026-01-01 00:00:00',
			modified: null,
		});
		mailcow.state.tlsPolicies.set(3, {
			id: 3,
			dest: 'partner.test',
			policy: 'dane-only',
			parameters: '',
			active: 1,
			created: '2026-01-01 00:00:00',
			modified: null,
		});
		expect(await searchBccMaps.call(loadOptions(), 'ARCHIVE')).toEqual({
			results: [{ name: '@acme.test → archive@beta.test (sender), ID 1', value: '1' }],
		});
		expect(await searchRecipientMaps.call(loadOptions(), 'nobody')).toEqual({ results: [] });
		expect(await searchRecipientMaps.call(loadOptions())).toEqual({
			results: [{ name: 'old@acme.test → alice@acme.test, ID 2', value: '2' }],
		});
		expect(await searchTlsPolicyMaps.call(loadOptions())).toEqual({
			results: [{ name: 'partner.test: dane-only, ID 3', value: '3' }],
		});
		expect(mailcow.requests.map((r) => r.rawPath)).toEqual([
			'/api/v1/get/bcc/all',
			'/api/v1/get/recipient_map/all',
			'/api/v1/get/recipient_map/all',
			'/api/v1/get/tls-policy-map/all',
		]);
	});

	it('searchResources lists resources with their description and kind; the value is the address', async () => {
		addResource(mailcow.state, {
			kind: 'location',
			description: 'Room 1',
			domain: 'acme.test',
			multiple_bookings: 0,
			active: 1,
		});
		expect(await searchResources.call(loadOptions(), 'room')).toEqual({
			results: [{ name: 'Room1@acme.test (Room 1, location)', value: 'Room1@acme.test' }],
		});
		// Ordinary mailboxes are no resources: never offered for a Resource → Delete.
		expect((await searchResources.call(loadOptions(), 'alice')).results).toEqual([]);
		expect(mailcow.requests.map((r) => r.rawPath)).toEqual([
			'/api/v1/get/resource/all',
			'/api/v1/get/resource/all',
		]);
	});

	it('searchSyncJobs lists every sync job by mailbox and source; the value is the id', async () => {
		await runOk(mailcow, {
			resource: 'syncJob',
			operation: 'create',
			syncJobMailbox: 'alice@acme.test',
			syncJobHost: 'imap.old.example',
			syncJobUsername: 'alice@old.example',
			syncJobPassword: 'Old-Secret-1',
		});
		mailcow.requests.length = 0;
		const [job] = [...mailcow.state.syncJobs.values()];
		expect(await searchSyncJobs.call(loadOptions(), 'OLD')).toEqual({
			results: [
				{
					name: `alice@acme.test ← alice@old.example on imap.old.example, ID ${job.id}`,
					value: String(job.id),
				},
			],
		});
		expect(mailcow.requests.map((r) => r.rawPath)).toEqual(['/api/v1/get/syncjobs/all/no_log']);
	});

	it('searches fail with the same clear errors as the operations', async () => {
		await expect(searchDomains.call(loadOptions({}, 'WRONG-KEY'))).rejects.toThrow(
			'Mailcow rejected the API key (authentication failed)',
		);
	});
});
