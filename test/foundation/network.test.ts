/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals -- sockets on loopback, the TLS fixture */
// Failed connections, with real sockets on loopback: a closed port (ECONNREFUSED), a host that
// does not resolve, https:// spoken to a plain-HTTP port (EPROTO "wrong version number"), a
// connection the server resets, a self-signed certificate and a server that never answers. At
// run time both nodes and both triggers name the URL and the likely cause, never the key; n8n's
// credential test shows only the code, which the credentials' Base URL fields explain.
import axios from 'axios';
import { readFileSync } from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import { join } from 'node:path';
import type { ICredentialDataDecryptedObject } from 'n8n-workflow';
import { MailcowEmulator, MAILCOW_RW_KEY } from '../emulators/mailcow';
import { MigaduEmulator, MIGADU_KEY, MIGADU_USER } from '../emulators/migadu';
import { testCredential } from '../helpers/credentialTest';
import { TriggerHarness } from '../helpers/pollTrigger';
import { credentialTypes, runNode } from '../helpers/runNode';
import { credentials as sendCredentials, sendParameters } from '../mailcow/email/setup';
import { networkFailure } from '../../nodes/shared/network';

const TLS = {
	key: readFileSync(join(__dirname, '../fixtures/tls/key.pem'), 'utf8'),
	cert: readFileSync(join(__dirname, '../fixtures/tls/cert.pem'), 'utf8'),
};

async function closedPort(): Promise<number> {
	const server = net.createServer();
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as net.AddressInfo;
	await new Promise((resolve) => server.close(resolve));
	return port;
}

const byName = (value: string) => ({ __rl: true, mode: 'name', value });
const mailcowCredentials = (baseUrl: string, extra: ICredentialDataDecryptedObject = {}) => ({
	mailcowApi: { baseUrl, apiKey: MAILCOW_RW_KEY, ...extra },
});
const migaduCredentials = (baseUrl: string) => ({
	migaduApi: { email: MIGADU_USER, apiKey: MIGADU_KEY, baseUrl },
});
const mailcowGet = async (baseUrl: string, extra: ICredentialDataDecryptedObject = {}) =>
	await runNode({
		node: 'mailcow',
		parameters: { resource: 'domain', operation: 'get', domain: byName('example.com') },
		credentials: mailcowCredentials(baseUrl, extra),
	});
const migaduGet = async (baseUrl: string) =>
	await runNode({
		node: 'migadu',
		parameters: {
			resource: 'domain',
			operation: 'get',
			domain: byName('example.com'),
			throttling: { requestsPerWindow: 0 },
		},
		credentials: migaduCredentials(baseUrl),
	});

describe('network failures name the URL and the likely cause', () => {
	const mailcow = new MailcowEmulator();
	const migadu = new MigaduEmulator();
	const secure = new MailcowEmulator();
	secure.tls = TLS;
	let refused = '';
	let plainHttp = '';
	const unknownHost = 'http://mail.does-not-exist.invalid';
	beforeAll(async () => {
		await mailcow.start();
		await migadu.start();
		await secure.start();
		refused = `http://127.0.0.1:${await closedPort()}`;
		plainHttp = mailcow.url.replace('http://', 'https://');
	});
	afterAll(async () => {
		await mailcow.stop();
		await migadu.stop();
		await secure.stop();
	});
	beforeEach(() => {
		mailcow.reset();
		migadu.reset();
	});

	// [case, Base URL, message after the origin, what the description says, code n8n's test shows]
	const cases: Array<[string, () => string, string, RegExp, string]> = [
		[
			'a closed port',
			() => refused,
			'refused the connection: nothing accepts connections there',
			/no server listens on that port/,
			'ECONNREFUSED',
		],
		[
			'an unknown host',
			() => unknownHost,
			'cannot be found: its host name does not resolve (DNS)',
			/did not resolve/,
			'ENOTFOUND',
		],
		[
			'https:// to a plain-HTTP port',
			() => plainHttp,
			'does not speak HTTPS: the port answered in plain HTTP',
			/use http:\/\//,
			'EPROTO',
		],
	];

	describe.each(cases)('%s', (_label, baseUrl, message, cause, code) => {
		it('Mailcow at run time: names the URL, the cause and the item, not the key', async () => {
			const { error } = await mailcowGet(baseUrl());
			const origin = new URL(baseUrl()).origin;
			expect(error?.message).toBe(`${origin} ${message} (item 0)`);
			expect(error?.description).toMatch(cause);
			expect(error?.description).toContain(`${origin}/api/v1/get/domain/example.com`);
			expect(JSON.stringify(error)).not.toContain(MAILCOW_RW_KEY);
		});

		it('Migadu at run time: names the URL, the cause and the item, not the key', async () => {
			const { error } = await migaduGet(`${baseUrl()}/v1`);
			const origin = new URL(baseUrl()).origin;
			expect(error?.message).toBe(`${origin} ${message} (item 0)`);
			expect(error?.description).toMatch(cause);
			expect(error?.description).toContain(`${origin}/v1/domains/example.com`);
			expect(JSON.stringify(error)).not.toContain(MIGADU_KEY);
		});

		// n8n's declarative credential tester shows only the code of a request without answer
		// (`error.cause.code`), and a test function would need n8n's deprecated `request`
		// helper, which n8n's package scanner refuses: the Base URL field explains each code.
		it.each(['mailcowApi', 'migaduApi'])(
			'%s credential test: fails with a code its Base URL field explains',
			async (type) => {
				const result = await testCredential(type, {
					baseUrl: baseUrl(),
					email: MIGADU_USER,
					apiKey: type === 'mailcowApi' ? MAILCOW_RW_KEY : MIGADU_KEY,
				});
				expect(result.status).toBe('Error');
				const baseUrlField = credentialTypes[type].properties.find((p) => p.name === 'baseUrl');
				expect(baseUrlField?.description).toContain(`${code}:`);
			},
		);
	});

	it('a connection the server resets: Mailcow and Migadu say so', async () => {
		mailcow.injectFault({ kind: 'reset' });
		const { error } = await mailcowGet(mailcow.url);
		expect(error?.message).toBe(`${mailcow.url} closed the connection without answering (item 0)`);
		expect(error?.description).toContain(`${mailcow.url}/api/v1/get/domain/example.com`);

		migadu.injectFault({ kind: 'reset' });
		const migaduRun = await migaduGet(migadu.url);
		expect(migaduRun.error?.message).toBe(
			`${migadu.url} closed the connection without answering (item 0)`,
		);
	});

	it('a write cut off after sending: the outcome is unknown, and Email → Send says so its way', async () => {
		mailcow.state.addDomain({ name: 'acme.test' });
		mailcow.injectFault({ kind: 'reset' });
		const create = await runNode({
			node: 'mailcow',
			parameters: {
				resource: 'mailbox',
				operation: 'create',
				mailboxDomain: byName('acme.test'),
				localPart: 'carol',
			},
			credentials: mailcowCredentials(mailcow.url),
		});
		expect(create.error?.description).toMatch(/read the object back before running the item again/);

		mailcow.sendEmailRoute = true;
		mailcow.injectFault({ kind: 'reset' });
		const send = await runNode({
			node: 'mailcow',
			parameters: sendParameters(),
			credentials: sendCredentials(mailcow),
		});
		expect(send.error?.message).toBe(
			`${mailcow.url} closed the connection without answering (item 0)`,
		);
		expect(send.error?.description).toMatch(/The email may or may not have been sent/);

		// A read cut off changed nothing: no such warning.
		mailcow.injectFault({ kind: 'reset' });
		const read = await mailcowGet(mailcow.url);
		expect(read.error?.description).not.toMatch(/may or may not|read the object back/);
	});

	it('a self-signed certificate: says how to opt out, and checks stay on by default', async () => {
		const { error } = await mailcowGet(secure.url);
		expect(secure.requests).toHaveLength(0);
		expect(error?.message).toMatch(
			new RegExp(`^The TLS certificate of ${secure.url.replace(/\./g, '\\.')} cannot be verified`),
		);
		expect(error?.message).toMatch(/\(item 0\)$/);
		expect(error?.description).toMatch(/self-signed/);
		expect(error?.description).toContain('Ignore SSL Issues (Insecure)');
		expect(
			credentialTypes.mailcowApi.properties.find((p) => p.name === 'baseUrl')?.description,
		).toMatch(/certificate/);

		secure.state.addDomain({ name: 'example.com' });
		const optedOut = await mailcowGet(secure.url, { ignoreSslIssues: true });
		expect(optedOut.error).toBeUndefined();
		expect(secure.requests).toHaveLength(1);
	});

	it('a server that accepts but never answers: a timeout names the URL', async () => {
		const silent = http.createServer(() => undefined);
		await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
		const origin = `http://127.0.0.1:${(silent.address() as net.AddressInfo).port}`;
		const url = `${origin}/api/v1/get/status/version`;
		try {
			// n8n's HTTP helpers use axios with a 5-minute timeout: the same error, sooner.
			const error = await axios.get(url, { timeout: 300 }).then(
				() => undefined,
				(e: unknown) => e,
			);
			const failure = networkFailure(error, url, { name: 'Mailcow' });
			expect(failure?.message).toBe(`${origin} did not answer in time (timeout)`);
			expect(failure?.description).toContain(url);
			expect(failure?.maybeDone).toBe(true);
		} finally {
			silent.closeAllConnections();
			await new Promise((resolve) => silent.close(resolve));
		}
	});

	it('both triggers poll through the same path and name the URL', async () => {
		const mailcowPoll = await new TriggerHarness(
			'mailcowTrigger',
			{ event: 'aliasCreated' },
			mailcowCredentials(refused),
		).activate();
		expect(mailcowPoll.error?.message).toBe(
			`${refused} refused the connection: nothing accepts connections there`,
		);
		expect(JSON.stringify(mailcowPoll.error)).not.toContain(MAILCOW_RW_KEY);

		const migaduPoll = await new TriggerHarness(
			'migaduTrigger',
			{
				event: 'mailboxCreated',
				domain: byName('example.com'),
				throttling: { requestsPerWindow: 0 },
			},
			migaduCredentials(`${refused}/v1`),
		).activate();
		expect(migaduPoll.error?.message).toBe(
			`${refused} refused the connection: nothing accepts connections there`,
		);
		expect(migaduPoll.error?.description).toContain(`${refused}/v1/domains/example.com/mailboxes`);
	});
});
