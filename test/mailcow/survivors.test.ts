/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals -- test code reads its TLS fixture */
// Tests written against bugs planted one at a time (mutation testing): each fails when its bug is
// put back. The bug each one catches is named in its title.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MailcowEmulator } from '../emulators/mailcow';
import { byAddress, byName, credentials, run, runOk, useMailcow } from './setup';

const TLS = {
	key: readFileSync(join(__dirname, '../fixtures/tls/key.pem'), 'utf8'),
	cert: readFileSync(join(__dirname, '../fixtures/tls/cert.pem'), 'utf8'),
};

describe('Mailcow: planted bugs these tests catch', () => {
	const mailcow = useMailcow();
	beforeEach(() => {
		mailcow.state.addDomain({ name: 'acme.test' });
		mailcow.state.addDomain({ name: 'beta.test' });
		for (const [username, tag] of [
			['alice@acme.test', 'vip'],
			['bob@acme.test', 'staff'],
			['carl@beta.test', 'vip-old'],
		]) {
			mailcow.state.addMailbox({ username, password: 'Secret-123', quota: 0, tags: [tag] });
		}
	});

	it('Domain Admin → Get encodes the name: ".." is refused before sending (bug: no path encoding)', async () => {
		const { error } = await run(mailcow, {
			resource: 'domainAdmin',
			operation: 'get',
			adminUsername: '..',
		});
		expect(error?.message).toMatch(/cannot be used as a name/);
		expect(mailcow.requests).toHaveLength(0);
	});

	it('Return All returns more records than Limit (bug: Return All ignored)', async () => {
		// More records than Limit's default (50), which applies when Return All is ignored.
		for (let i = 0; i < 60; i++) {
			mailcow.state.addMailbox({ username: `m${i}@beta.test`, password: 'Secret-123', quota: 0 });
		}
		const out = await runOk(mailcow, {
			resource: 'mailbox',
			operation: 'getAll',
			returnAll: true,
			limit: 1,
		});
		expect(out).toHaveLength(63);
	});

	it('the tag filter of some domains matches a part of a tag, like mailcow (bug: exact match)', async () => {
		const out = await runOk(mailcow, {
			resource: 'mailbox',
			operation: 'getAll',
			returnAll: true,
			mailboxDomains: 'acme.test, beta.test',
			mailboxTags: 'vip',
		});
		expect(out.map((m) => m.username).sort()).toEqual(['alice@acme.test', 'carl@beta.test']);
	});

	it('HTTP 200 with one error object (not an array) on a write fails the item (bug: taken as success)', async () => {
		mailcow.injectFault({ kind: 'json', body: { type: 'error', msg: 'internal_error' } });
		const { error } = await run(mailcow, {
			resource: 'mailbox',
			operation: 'create',
			mailboxDomain: byName('acme.test'),
			localPart: 'dora',
		});
		expect(error?.message).toBe('Mailcow refused the request: internal_error');
	});

	describe('TLS', () => {
		const secure = new MailcowEmulator();
		secure.tls = TLS;
		beforeAll(async () => {
			await secure.start();
		});
		afterAll(async () => await secure.stop());
		beforeEach(() => secure.reset());

		const getAll = { resource: 'mailbox', operation: 'getAll', returnAll: true };

		it('checks certificates by default: a self-signed server is refused (bug: TLS checks off by default)', async () => {
			const { error } = await run(secure, getAll, { credentials: credentials(secure) });
			expect(error).toBeDefined();
			expect(secure.requests).toHaveLength(0);
		});

		// A Get goes straight through the per-item runner (Get Many reads the version first).
		it('checks the certificate for a Get by default and skips that check only when the credential says so', async () => {
			const get = { resource: 'mailbox', operation: 'get', mailbox: byAddress('a@acme.test') };
			const { error } = await run(secure, get, { credentials: credentials(secure) });
			expect(error?.message).toMatch(/certificate/i);
			expect(secure.requests).toHaveLength(0);
			const creds = credentials(secure);
			creds.mailcowApi.ignoreSslIssues = true;
			const skipped = await run(secure, get, { credentials: creds });
			expect(secure.requests.map((r) => r.rawPath)).toEqual(['/api/v1/get/mailbox/a%40acme.test']);
			expect(skipped.error?.message).toBe('The mailbox "a@acme.test" was not found (item 0)');
		});

		it('skips the check only when the credential says so', async () => {
			const creds = credentials(secure);
			creds.mailcowApi.ignoreSslIssues = true;
			const { error } = await run(secure, getAll, { credentials: creds });
			expect(error).toBeUndefined();
			// The version read (paging needs mailcow 2026-03) and the search: both skip the check.
			expect(secure.requests.map((r) => r.rawPath)).toEqual([
				'/api/v1/get/status/version',
				'/api/v1/search/mailbox',
			]);
		});
	});
});
