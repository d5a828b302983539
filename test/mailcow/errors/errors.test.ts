import { MAILCOW_RO_KEY, MAILCOW_RW_KEY } from '../../emulators/mailcow';
import { byName, credentials, run, useMailcow } from '../setup';

// The one error path of the node (shared/errors.ts), exercised through real operations.
describe('Mailcow errors', () => {
	const mailcow = useMailcow();
	beforeEach(() => mailcow.state.addDomain({ name: 'acme.test', tags: ['eu'] }));

	const createMailbox = {
		resource: 'mailbox',
		operation: 'create',
		mailboxDomain: byName('acme.test'),
		localPart: 'x',
		mailboxQuota: 10,
	};
	const getDomain = { resource: 'domain', operation: 'get', domain: byName('acme.test') };

	it('401 with a wrong key: says so, is not retried, and never shows the key', async () => {
		const { error } = await run(mailcow, getDomain, {
			credentials: credentials(mailcow, 'WRONG-KEY-123456'),
		});
		expect(error?.message).toBe('Mailcow rejected the API key (authentication failed)');
		expect(error?.description).toContain('fail2ban');
		expect(error?.httpCode).toBe('401');
		expect(mailcow.requests).toHaveLength(1);
		expect(JSON.stringify(error)).not.toContain('WRONG-KEY-123456');
	});

	it('401 from the IP allow-list: names the IP mailcow saw', async () => {
		mailcow.allowFrom = ['192.0.2.10'];
		try {
			const { error } = await run(mailcow, createMailbox);
			expect(error?.message).toBe('Mailcow refused API access from IP 127.0.0.1');
			expect(error?.description).toContain("Add 127.0.0.1 to the API key's allow-list");
			expect(mailcow.requests).toHaveLength(1);
			expect(JSON.stringify(error)).not.toContain(MAILCOW_RW_KEY);
		} finally {
			mailcow.allowFrom = ['127.0.0.1', '::1', '::ffff:127.0.0.1'];
		}
	});

	it('403 with the read-only key on a write: asks for the read-write key', async () => {
		const { error } = await run(mailcow, createMailbox, {
			credentials: credentials(mailcow, MAILCOW_RO_KEY),
		});
		expect(error?.message).toBe('Mailcow denied write access for this API key');
		expect(error?.description).toContain('Use the read-write key');
		expect(error?.httpCode).toBe('403');
		expect(mailcow.requests).toHaveLength(1);
		expect(mailcow.state.mailboxes.size).toBe(0);
	});

	it('the read-only key may read', async () => {
		const { error, items } = await run(mailcow, getDomain, {
			credentials: credentials(mailcow, MAILCOW_RO_KEY),
		});
		expect(error).toBeUndefined();
		expect(items[0].json).toMatchObject({ domain: 'acme.test' });
	});

	it('404 when the Base URL has an extra path', async () => {
		const { error } = await run(mailcow, getDomain, {
			credentials: { mailcowApi: { baseUrl: `${mailcow.url}/mail`, apiKey: MAILCOW_RW_KEY } },
		});
		expect(mailcow.requests[0].rawPath).toBe('/mail/api/v1/get/domain/acme.test');
		expect(error?.message).toBe('Mailcow does not know this API route');
		expect(error?.description).toContain('route not found');
		expect(error?.httpCode).toBe('404');
	});

	it('405 names the method problem', async () => {
		mailcow.injectFault({
			kind: 'serverError',
			status: 405,
			text: '{"type":"error","msg":"only POST method is allowed"}',
		});
		const { error } = await run(mailcow, createMailbox);
		expect(error?.message).toBe('Mailcow refused the HTTP method for this route');
		expect(error?.description).toContain('only POST method is allowed');
		expect(error?.httpCode).toBe('405');
	});

	it('400 passes on what mailcow could not read', async () => {
		mailcow.injectFault({
			kind: 'serverError',
			status: 400,
			text: '{"type":"error","msg":"Request body doesn\'t contain valid json!"}',
		});
		const { error } = await run(mailcow, createMailbox);
		expect(error?.message).toBe('Mailcow could not read the request');
		expect(error?.description).toBe("Request body doesn't contain valid json!");
		expect(error?.httpCode).toBe('400');
	});

	it('an HTML page (redirect or proxy) is not taken for data', async () => {
		mailcow.injectFault({ kind: 'html' });
		const { error } = await run(mailcow, getDomain);
		expect(error?.message).toBe('Mailcow answered with an HTML page instead of JSON');
		expect(error?.description).toContain('Base URL');
	});

	// The node avoids the common cause (a tag already there, see tags.test.ts); a swallowed
	// database error can still come, e.g. from a tag another client added in between.
	it('an empty 200 body on a write is an error that says what usually causes it', async () => {
		mailcow.injectFault(
			{ kind: 'emptyBody' },
			{ match: (r) => r.rawPath === '/api/v1/edit/domain' },
		);
		const { error } = await run(mailcow, {
			resource: 'domain',
			operation: 'update',
			domains: 'acme.test',
			domainUpdateFields: { tags: 'new' },
		});
		expect(mailcow.requests.at(-1)?.body).toEqual({
			items: ['acme.test'],
			attr: { tags: ['new'] },
		});
		expect(error?.message).toBe('Mailcow answered with an empty response');
		expect(error?.description).toContain('adding a tag the object already has');
	});

	it('an empty 200 body on a read (no key reached mailcow) points at the key', async () => {
		const { error } = await run(mailcow, getDomain, { credentials: credentials(mailcow, '') });
		expect(error?.message).toBe('Mailcow answered with an empty response');
		expect(error?.description).toContain('no valid API key');
	});

	it('any danger entry fails the call and is explained in plain English', async () => {
		mailcow.state.addMailbox({ username: 'x@acme.test', password: 'Secret-123', quota: 10 });
		const { error } = await run(mailcow, createMailbox);
		expect(error?.message).toBe('Mailcow refused the request: object_exists (x@acme.test)');
		expect(error?.description).toBe(
			'Failed: object_exists (x@acme.test) — An object with this name already exists.',
		);
		expect(error?.httpCode).toBe('200');
	});

	it('a generated password never appears in an error', async () => {
		mailcow.state.passwordPolicy.length = '64';
		const { error } = await run(mailcow, createMailbox);
		expect(error?.message).toBe('Mailcow refused the request: password_complexity');
		const sent = (mailcow.requests[0].body as { password: string }).password;
		expect(sent).toHaveLength(20);
		expect(JSON.stringify(error)).not.toContain(sent);
	});

	it('network failures keep the key and the generated password out of the run data', async () => {
		const refused = await run(mailcow, getDomain, {
			credentials: { mailcowApi: { baseUrl: 'http://127.0.0.1:9', apiKey: MAILCOW_RW_KEY } },
		});
		expect(refused.error?.message).toBe(
			'http://127.0.0.1:9 refused the connection: nothing accepts connections there (item 0)',
		);
		expect(JSON.stringify(refused.run)).not.toContain(MAILCOW_RW_KEY);

		mailcow.injectFault({ kind: 'reset' });
		const reset = await run(mailcow, createMailbox);
		const sent = (mailcow.requests[0].body as { password: string }).password;
		expect(reset.error?.message).toMatch(/closed the connection without answering \(item 0\)$/);
		expect(JSON.stringify(reset.run)).not.toContain(sent);
		expect(JSON.stringify(reset.run)).not.toContain(MAILCOW_RW_KEY);
	});

	it('continueOnFail returns each failure as an item and goes on', async () => {
		const result = await run(
			mailcow,
			{ ...createMailbox, localPart: '={{ $json.lp }}' },
			{ items: [{ json: { lp: 'bad local' } }, { json: { lp: 'fine' } }], continueOnFail: true },
		);
		expect(result.error).toBeUndefined();
		expect(result.items.map((i) => i.json.error ?? i.json.username)).toEqual([
			'Local Part: enter only the part before the @, without spaces (item 0)',
			'fine@acme.test',
		]);
		expect(mailcow.requests).toHaveLength(1);
	});
});
