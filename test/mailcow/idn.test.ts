// International domains. mailcow stores domains in punycode: add/domain, add/mailbox, add/alias,
// edit/domain and get/domain convert a Unicode name, while get/mailbox, get/alias, edit/mailbox and
// the delete routes do not (they answer {}, username_invalid or access_denied), and
// get/mailbox/all/{unknown domain} answers every mailbox ([obs-2] `transport`).
import { MAILCOW_RW_KEY } from '../emulators/mailcow';
import { byAddress, byName, run, runOk, useMailcow } from './setup';

const UNICODE = 'bücher.test';
const PUNY = 'xn--bcher-kva.test';

describe('Mailcow → international domains', () => {
	const mailcow = useMailcow();
	beforeEach(() => {
		mailcow.state.addDomain({ name: PUNY });
		mailcow.state.addDomain({ name: 'acme.test' });
		mailcow.state.addMailbox({ username: 'alice@acme.test', password: 'Secret-123', quota: 100 });
	});

	async function raw(method: string, path: string, body?: unknown) {
		const response = await fetch(`${mailcow.url}/api/v1/${path}`, {
			method,
			headers: { 'X-API-Key': MAILCOW_RW_KEY, 'Content-Type': 'application/json' },
			body: body === undefined ? undefined : JSON.stringify(body),
		});
		return JSON.parse(await response.text()) as unknown;
	}

	it('the emulator converts on add and get/domain only, as mailcow does', async () => {
		const added = await raw('POST', 'add/mailbox', {
			local_part: 'anna',
			domain: UNICODE,
			password: 'Secret-123',
			password2: 'Secret-123',
			quota: 10,
			active: 1,
		});
		expect(JSON.stringify(added)).toContain(`anna@${PUNY}`);
		expect(await raw('GET', `get/mailbox/${encodeURIComponent(`anna@${UNICODE}`)}`)).toEqual({});
		expect(await raw('GET', `get/mailbox/${encodeURIComponent(`anna@${PUNY}`)}`)).toMatchObject({
			username: `anna@${PUNY}`,
		});
		expect(await raw('GET', `get/domain/${encodeURIComponent(UNICODE)}`)).toMatchObject({
			domain_name: PUNY,
		});
		expect(await raw('POST', 'delete/mailbox', [`anna@${UNICODE}`])).toMatchObject([
			{ type: 'danger', msg: 'access_denied' },
		]);
		mailcow.requests.splice(0);
	});

	it('Mailbox → Create outputs the stored address; Get, Update and Delete accept either form', async () => {
		const [created] = await runOk(mailcow, {
			resource: 'mailbox',
			operation: 'create',
			mailboxDomain: byName(UNICODE),
			localPart: 'anna',
			mailboxPassword: 'Secret-123',
		});
		expect(created.username).toBe(`anna@${PUNY}`);
		expect(mailcow.state.mailboxes.has(`anna@${PUNY}`)).toBe(true);

		for (const typed of [`anna@${UNICODE}`, `anna@${PUNY}`, created.username as string]) {
			const [got] = await runOk(mailcow, {
				resource: 'mailbox',
				operation: 'get',
				mailbox: byAddress(typed),
			});
			expect(got.username).toBe(`anna@${PUNY}`);
		}
		expect(mailcow.requests.at(-3)?.rawPath).toBe(`/api/v1/get/mailbox/anna%40${PUNY}`);

		await runOk(mailcow, {
			resource: 'mailbox',
			operation: 'update',
			mailboxes: `anna@${UNICODE}`,
			mailboxUpdateFields: { name: 'Anna' },
		});
		expect(mailcow.requests.at(-1)?.body).toMatchObject({ items: [`anna@${PUNY}`] });
		expect(mailcow.state.mailboxes.get(`anna@${PUNY}`)?.name).toBe('Anna');

		await runOk(mailcow, {
			resource: 'mailbox',
			operation: 'delete',
			mailboxes: `anna@${UNICODE}`,
		});
		expect(mailcow.requests.at(-1)?.body).toEqual([`anna@${PUNY}`]);
		expect(mailcow.state.mailboxes.has(`anna@${PUNY}`)).toBe(false);
	});

	it('Mailbox → Get Many of a Unicode domain lists that domain only', async () => {
		mailcow.state.addMailbox({ username: `anna@${PUNY}`, password: 'Secret-123', quota: 10 });
		const list = await runOk(mailcow, {
			resource: 'mailbox',
			operation: 'getAll',
			returnAll: true,
			mailboxDomains: UNICODE,
		});
		expect(list.map((m) => m.username)).toEqual([`anna@${PUNY}`]);
	});

	it('Alias → Create outputs the stored address; Get, Update and Delete accept either form', async () => {
		const [created] = await runOk(mailcow, {
			resource: 'alias',
			operation: 'create',
			aliasAddress: `info@${UNICODE}`,
			aliasGoto: 'alice@acme.test',
		});
		expect(created.address).toBe(`info@${PUNY}`);
		const [got] = await runOk(mailcow, {
			resource: 'alias',
			operation: 'get',
			alias: `info@${UNICODE}`,
		});
		expect(got).toMatchObject({ id: created.id, address: `info@${PUNY}` });
		const many = await runOk(mailcow, {
			resource: 'alias',
			operation: 'getAll',
			returnAll: true,
			aliasDomains: UNICODE,
		});
		expect(many.map((a) => a.address)).toEqual([`info@${PUNY}`]);
		await runOk(mailcow, {
			resource: 'alias',
			operation: 'update',
			aliases: `info@${UNICODE}`,
			aliasUpdateFields: { active: false },
		});
		expect(mailcow.state.aliasByAddress(`info@${PUNY}`)?.active).toBe(0);
		await runOk(mailcow, { resource: 'alias', operation: 'delete', aliases: `info@${UNICODE}` });
		expect(mailcow.state.aliasByAddress(`info@${PUNY}`)).toBeUndefined();
	});

	it('Domain → Create and Domain Admin → Create output the stored domain names', async () => {
		const [domain] = await runOk(mailcow, {
			resource: 'domain',
			operation: 'create',
			domainName: 'köln.test',
		});
		expect(domain.domain).toBe('xn--kln-sna.test');
		const [admin] = await runOk(mailcow, {
			resource: 'domainAdmin',
			operation: 'create',
			newAdminUsername: 'buecheradmin',
			adminPassword: 'Secret-123',
			adminDomains: UNICODE,
		});
		expect(admin.domains).toEqual([PUNY]);
		expect(mailcow.state.domainAdmins.get('buecheradmin')?.domains).toEqual([PUNY]);
		await runOk(mailcow, {
			resource: 'domainAdmin',
			operation: 'update',
			adminUsername: 'buecheradmin',
			adminUpdateFields: { domains: `${UNICODE}, acme.test` },
		});
		expect(mailcow.state.domainAdmins.get('buecheradmin')?.domains).toEqual([PUNY, 'acme.test']);
	});

	it('a Unicode local part is left to mailcow, which refuses it', async () => {
		const { error } = await run(mailcow, {
			resource: 'mailbox',
			operation: 'create',
			mailboxDomain: byName(PUNY),
			localPart: 'jürgen',
			mailboxPassword: 'Secret-123',
		});
		expect(error?.message).toContain('mailbox_invalid');
	});
});
