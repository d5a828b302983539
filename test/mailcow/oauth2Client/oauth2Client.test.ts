/* eslint-disable @n8n/community-nodes/no-restricted-imports -- node:util */
import { inspect } from 'node:util';
import type { RunNodeResult } from '../../helpers/runNode';
import { addOauthClient } from '../../emulators/mailcow/routes/oauth2Client';
import { itDeletesByIdWithABareArray, items, run, runOk, useMailcow, wire } from '../setup';

const byId = (value: string) => ({ __rl: true, mode: 'id', value });

/** Everything of a run n8n shows, stores or could log (items, run data, errors with causes). */
function everythingOf(result: RunNodeResult): string {
	const errors = [result.error, ...result.items.map((item) => item.error)].filter(Boolean);
	const deep = { depth: 12, showHidden: true, getters: true };
	return [
		JSON.stringify(result.items),
		JSON.stringify(result.error ?? null),
		JSON.stringify(result.run),
		...errors.flatMap((error) => [
			inspect(error?.cause, deep),
			inspect({ ...error, node: undefined }, deep),
			String(error?.message),
			String(error?.description),
		]),
	].join('\n');
}

// mailcow's OAuth2 provider clients (add/oauth2-client, get/oauth2-client/{id|all}, edit/oauth2-client
// (undocumented), delete/oauth2-client; mailcow-observed-2.md "oAuth clients"). Mailcow generates the
// client id and secret and shows them only through get: Create outputs the secret once; reads
// output it only with Include Secrets on; errors never.
describe('Mailcow → OAuth2 Client', () => {
	const mailcow = useMailcow();
	const seed = () => {
		const first = addOauthClient(mailcow.state, 'https://app.acme.test/callback');
		const second = addOauthClient(mailcow.state, 'https://crm.acme.test/cb');
		return [first, second];
	};
	const simple = (c: { id: number; client_id: string; redirect_uri: string | null }) => ({
		id: c.id,
		clientId: c.client_id,
		redirectUri: c.redirect_uri,
		scope: 'profile',
	});

	describe('Create', () => {
		it('adds a client and outputs its id, client id and secret once', async () => {
			seed();
			const result = await run(mailcow, {
				resource: 'oauth2Client',
				operation: 'create',
				oauth2ClientRedirectUri: 'https://new.acme.test/callback',
			});
			expect(result.error).toBeUndefined();
			// The add answers no id: the clients are listed before and after (writes go one at a time).
			expect(wire(mailcow)).toEqual([
				{ method: 'GET', rawPath: '/api/v1/get/oauth2-client/all', body: null },
				{
					method: 'POST',
					rawPath: '/api/v1/add/oauth2-client',
					body: { redirect_uri: 'https://new.acme.test/callback' },
				},
				{ method: 'GET', rawPath: '/api/v1/get/oauth2-client/all', body: null },
			]);
			const created = mailcow.state.oauthClients.get(3)!;
			expect(result.items.map((i) => i.json)).toEqual([
				{
					success: true,
					id: 3,
					clientId: created.client_id,
					clientSecret: created.client_secret,
					redirectUri: 'https://new.acme.test/callback',
					messages: ['Added client access'],
				},
			]);
		});

		it('creates one client per input item, each output paired with its item', async () => {
			const result = await run(
				mailcow,
				{
					resource: 'oauth2Client',
					operation: 'create',
					oauth2ClientRedirectUri: '={{ $json.uri }}',
				},
				{ items: items({ uri: 'https://a.acme.test/cb' }, { uri: 'https://b.acme.test/cb' }) },
			);
			expect(result.error).toBeUndefined();
			expect(result.items.map((i) => [i.json.id, i.json.redirectUri, i.pairedItem])).toEqual([
				[1, 'https://a.acme.test/cb', { item: 0 }],
				[2, 'https://b.acme.test/cb', { item: 1 }],
			]);
			expect(result.items[0].json.clientSecret).toBe(
				mailcow.state.oauthClients.get(1)!.client_secret,
			);
		});

		it('finds the new client when an older one has the same Redirect URI', async () => {
			seed();
			const result = await run(mailcow, {
				resource: 'oauth2Client',
				operation: 'create',
				oauth2ClientRedirectUri: 'https://app.acme.test/callback',
			});
			const created = mailcow.state.oauthClients.get(3)!;
			expect(result.items.map((i) => i.json)).toEqual([
				{
					success: true,
					id: 3,
					clientId: created.client_id,
					clientSecret: created.client_secret,
					redirectUri: 'https://app.acme.test/callback',
					messages: ['Added client access'],
				},
			]);
		});

		/** Runs `change` just before the read after the add reaches mailcow (another admin at work). */
		const beforeReadBack = (change: () => void) => {
			let reads = 0;
			mailcow.onBeforeHandling((r) => {
				if (r.rawPath === '/api/v1/get/oauth2-client/all' && ++reads === 2) change();
			});
		};
		const uri = 'https://new.acme.test/callback';
		const create = { resource: 'oauth2Client', operation: 'create', oauth2ClientRedirectUri: uri };

		it('keeps the create with a warning when two new clients have its Redirect URI', async () => {
			beforeReadBack(() => addOauthClient(mailcow.state, uri));
			const result = await run(mailcow, create);
			expect(result.items.map((i) => i.json)).toEqual([
				{
					success: true,
					redirectUri: uri,
					warnings: [
						'The client was created, but 2 new clients have this redirect URI: find it with Get Many',
					],
					messages: ['Added client access'],
				},
			]);
		});

		it('keeps the create with a warning when its client is gone before the read', async () => {
			beforeReadBack(() => mailcow.state.oauthClients.delete(1));
			const result = await run(mailcow, create);
			expect(result.items.map((i) => i.json.warnings)).toEqual([
				['The client was created, but 0 new clients have this redirect URI: find it with Get Many'],
			]);
		});

		it('keeps the create with a warning when reading it back fails', async () => {
			let reads = 0;
			mailcow.injectFault(
				{ kind: 'serverError' },
				{ match: (r) => r.rawPath === '/api/v1/get/oauth2-client/all' && ++reads === 2 },
			);
			const result = await run(mailcow, create);
			expect(result.error).toBeUndefined();
			expect(result.items.map((i) => i.json)).toEqual([
				{
					success: true,
					redirectUri: uri,
					warnings: [
						expect.stringMatching(/^The client was created, but reading it back failed: \S/),
					],
					messages: ['Added client access'],
				},
			]);
			expect(mailcow.state.oauthClients.size).toBe(1);
		});

		it('refuses a Redirect URI of another scheme and sends an http one', async () => {
			const uris = ['http://localhost:8080/cb', 'ftp://files.acme.test/cb', 'myapp:/callback'];
			const result = await run(
				mailcow,
				{
					resource: 'oauth2Client',
					operation: 'create',
					oauth2ClientRedirectUri: '={{ $json.uri }}',
				},
				{ items: items(...uris.map((u) => ({ uri: u }))), continueOnFail: true },
			);
			expect(result.items.map((i) => i.json.error ?? i.json.redirectUri)).toEqual([
				'http://localhost:8080/cb',
				'Redirect URI: must be an http:// or https:// URL (item 1)',
				'Redirect URI: must be an http:// or https:// URL (item 2)',
			]);
			expect([...mailcow.state.oauthClients.values()].map((c) => c.redirect_uri)).toEqual([
				'http://localhost:8080/cb',
			]);
		});

		it('refuses a Redirect URI that is not an http(s) URL before sending (mailcow stores anything)', async () => {
			const result = await run(mailcow, {
				resource: 'oauth2Client',
				operation: 'create',
				oauth2ClientRedirectUri: 'not a url',
			});
			expect(result.error?.message).toBe(
				'Redirect URI: must be an http:// or https:// URL (item 0)',
			);
			expect(mailcow.requests).toEqual([]);
		});
	});

	describe('Get and Get Many', () => {
		it('gets one client by its numeric id, without the secret', async () => {
			const [first] = seed();
			const result = await run(mailcow, {
				resource: 'oauth2Client',
				operation: 'get',
				oauth2Client: byId('1'),
			});
			expect(wire(mailcow)).toEqual([
				{ method: 'GET', rawPath: '/api/v1/get/oauth2-client/1', body: null },
			]);
			expect(result.items.map((i) => i.json)).toEqual([simple(first)]);
			expect(everythingOf(result)).not.toContain(first.client_secret);
		});

		it('keeps the secret out of the raw record too, and outputs it with Include Secrets on', async () => {
			const [first] = seed();
			const raw = await runOk(mailcow, {
				resource: 'oauth2Client',
				operation: 'get',
				oauth2Client: byId('1'),
				simplify: false,
			});
			expect(raw).toEqual([
				{
					id: 1,
					client_id: first.client_id,
					redirect_uri: first.redirect_uri,
					grant_types: null,
					scope: 'profile',
					user_id: null,
				},
			]);
			const shown = await runOk(mailcow, {
				resource: 'oauth2Client',
				operation: 'get',
				oauth2Client: byId('1'),
				includeSecrets: true,
			});
			expect(shown).toEqual([{ ...simple(first), clientSecret: first.client_secret }]);
		});

		it('fails a Get of an unknown id in plain English (mailcow answers {})', async () => {
			seed();
			const result = await run(mailcow, {
				resource: 'oauth2Client',
				operation: 'get',
				oauth2Client: byId('999'),
			});
			expect(result.error?.message).toBe('The OAuth2 client "999" was not found (item 0)');
		});

		it('keeps the secret out of the error when mailcow answers another client', async () => {
			const [, second] = seed();
			// A proxy rewriting paths: the answer is client 2, with its secret, for id 1.
			mailcow.injectFault({
				kind: 'json',
				body: {
					id: 2,
					client_id: second.client_id,
					client_secret: second.client_secret,
					redirect_uri: second.redirect_uri,
				},
			});
			const result = await run(mailcow, {
				resource: 'oauth2Client',
				operation: 'get',
				oauth2Client: byId('1'),
			});
			expect(result.error?.message).toBe(
				'Mailcow answered something else than the OAuth2 client "1" (item 0)',
			);
			expect(everythingOf(result)).not.toContain(second.client_secret);
		});

		it('gets many without secrets, paired with each input item', async () => {
			const [first, second] = seed();
			const result = await run(
				mailcow,
				{ resource: 'oauth2Client', operation: 'getAll', returnAll: true },
				{ items: items({}, {}) },
			);
			expect(wire(mailcow)[0]).toEqual({
				method: 'GET',
				rawPath: '/api/v1/get/oauth2-client/all',
				body: null,
			});
			expect(result.items.map((i) => [i.json, i.pairedItem])).toEqual([
				[simple(first), { item: 0 }],
				[simple(second), { item: 0 }],
				[simple(first), { item: 1 }],
				[simple(second), { item: 1 }],
			]);
			expect(everythingOf(result)).not.toContain(first.client_secret);
			expect(everythingOf(result)).not.toContain(second.client_secret);
		});
	});

	describe('Update', () => {
		it("changes the Redirect URI with mailcow's {items, attr} (undocumented edit/oauth2-client)", async () => {
			seed();
			const out = await runOk(mailcow, {
				resource: 'oauth2Client',
				operation: 'update',
				oauth2Clients: byId('1, 2'),
				oauth2ClientUpdateFields: { redirectUri: 'https://moved.acme.test/cb' },
			});
			expect(wire(mailcow)).toEqual([
				{
					method: 'POST',
					rawPath: '/api/v1/edit/oauth2-client',
					body: { items: ['1', '2'], attr: { redirect_uri: 'https://moved.acme.test/cb' } },
				},
			]);
			expect(out).toEqual([
				{ success: true, ids: ['1', '2'], messages: ['Object changed (1)', 'Object changed (2)'] },
			]);
			expect(mailcow.state.oauthClients.get(2)!.redirect_uri).toBe('https://moved.acme.test/cb');
		});

		it('renews the secret and outputs the new one once; revokes tokens', async () => {
			const [first] = seed();
			const old = first.client_secret;
			const result = await run(mailcow, {
				resource: 'oauth2Client',
				operation: 'update',
				oauth2Clients: byId('1'),
				oauth2ClientUpdateFields: { renewSecret: true, revokeTokens: true },
			});
			expect(result.error).toBeUndefined();
			expect(wire(mailcow)).toEqual([
				{
					method: 'POST',
					rawPath: '/api/v1/edit/oauth2-client',
					body: { items: ['1'], attr: { renew_secret: 1, revoke_tokens: 1 } },
				},
				{ method: 'GET', rawPath: '/api/v1/get/oauth2-client/1', body: null },
			]);
			const renewed = mailcow.state.oauthClients.get(1)!.client_secret;
			expect(renewed).not.toBe(old);
			expect(result.items.map((i) => i.json)).toEqual([
				{
					success: true,
					ids: ['1'],
					clientSecrets: { 1: renewed },
					messages: ['Object changed (1)'],
				},
			]);
		});

		it('refuses an update whose options are all switched off, naming the field', async () => {
			seed();
			const result = await run(mailcow, {
				resource: 'oauth2Client',
				operation: 'update',
				oauth2Clients: byId('1'),
				oauth2ClientUpdateFields: { renewSecret: false, revokeTokens: false },
			});
			expect(result.error?.message).toBe(
				'Update Fields: add at least one field to change (item 0)',
			);
			expect(mailcow.requests).toEqual([]);
		});

		it('renews the secret and warns for a client deleted before its new secret was read', async () => {
			seed();
			mailcow.onBeforeHandling((r) => {
				if (r.rawPath === '/api/v1/get/oauth2-client/2') mailcow.state.oauthClients.delete(2);
			});
			const result = await run(mailcow, {
				resource: 'oauth2Client',
				operation: 'update',
				oauth2Clients: byId('1, 2'),
				oauth2ClientUpdateFields: { renewSecret: true },
			});
			expect(result.items.map((i) => i.json)).toEqual([
				{
					success: true,
					ids: ['1', '2'],
					clientSecrets: { 1: mailcow.state.oauthClients.get(1)!.client_secret },
					warnings: [
						'The secret of client 2 was renewed, but reading it failed: mailcow answered no client',
					],
					messages: ['Object changed (1)', 'Object changed (2)'],
				},
			]);
		});

		it('refuses Renew Secret with a new Redirect URI (mailcow would ignore the URI)', async () => {
			seed();
			const result = await run(mailcow, {
				resource: 'oauth2Client',
				operation: 'update',
				oauth2Clients: byId('1'),
				oauth2ClientUpdateFields: { renewSecret: true, redirectUri: 'https://x.acme.test/cb' },
			});
			expect(result.error?.message).toBe(
				'Renew Secret: cannot be combined with Redirect URI (item 0)',
			);
			expect(mailcow.requests).toEqual([]);
		});

		it('explains an unknown id in plain English: mailcow stops there, later ids are not changed', async () => {
			seed();
			const result = await run(
				mailcow,
				{
					resource: 'oauth2Client',
					operation: 'update',
					oauth2Clients: byId('={{ $json.ids }}'),
					oauth2ClientUpdateFields: { redirectUri: 'https://x.acme.test/cb' },
				},
				{ items: items({ ids: '999, 1' }, { ids: '2' }), continueOnFail: true },
			);
			expect(result.items.map((i) => i.pairedItem)).toEqual([{ item: 0 }, { item: 1 }]);
			expect(result.items[0].json.error).toBe(
				'Mailcow refused the request for OAuth2 clients "999", "1" (item 0): access_denied',
			);
			expect(mailcow.state.oauthClients.get(1)!.redirect_uri).toBe(
				'https://app.acme.test/callback',
			);
			expect(result.items[1].json).toMatchObject({ success: true, ids: ['2'] });
		});
	});

	describe('Delete', () => {
		// One entry for the whole list, naming the last id (recorded).
		itDeletesByIdWithABareArray(mailcow, {
			records: 'clients',
			resource: 'oauth2Client',
			idsParameter: 'oauth2Clients',
			ids: ['1', '2'],
			path: 'oauth2-client',
			messages: ['Deleted (2)'],
			seed,
			remaining: () => mailcow.state.oauthClients.size,
		});
	});
});
