import { fromList, items, run, runOk, useMailcow, wire } from '../setup';

// Domain Admin → Issue Login Link (add/sso/domain-admin): mailcow answers {"token": …}, a
// single-use token the web interface redeems within 30 s (mailcow-observed-2.md, "Single
// sign-on"); an unknown admin gets the danger entry object_doesnt_exist.
describe('Mailcow → Domain Admin → Issue Login Link', () => {
	const mailcow = useMailcow();
	beforeEach(() => {
		mailcow.state.addDomain({ name: 'acme.test' });
		mailcow.state.addDomainAdmin({
			username: 'acmeadmin',
			password: 'Secret-123',
			domains: ['acme.test'],
		});
	});

	it('issues a token and the link that signs the admin in', async () => {
		const out = await runOk(mailcow, {
			resource: 'domainAdmin',
			operation: 'issueLoginLink',
			adminUsername: 'acmeadmin',
		});
		expect(wire(mailcow)).toEqual([
			{
				method: 'POST',
				rawPath: '/api/v1/add/sso/domain-admin',
				body: { username: 'acmeadmin' },
			},
		]);
		const token = [...mailcow.state.ssoTokens.keys()][0];
		expect(token).toMatch(/^([0-9A-F]{6}-){4}[0-9A-F]{6}$/);
		expect(out).toEqual([
			{
				username: 'acmeadmin',
				token,
				loginUrl: `${mailcow.url}/?sso_token=${token}`,
				validSeconds: 30,
			},
		]);
	});

	it('issues the link for an admin picked from the list, naming the admin', async () => {
		const out = await runOk(mailcow, {
			resource: 'domainAdmin',
			operation: 'issueLoginLink',
			adminUsername: fromList('acmeadmin'),
		});
		expect(wire(mailcow)).toEqual([
			{
				method: 'POST',
				rawPath: '/api/v1/add/sso/domain-admin',
				body: { username: 'acmeadmin' },
			},
		]);
		const token = [...mailcow.state.ssoTokens.keys()][0];
		expect(out).toEqual([
			{
				username: 'acmeadmin',
				token,
				loginUrl: `${mailcow.url}/?sso_token=${token}`,
				validSeconds: 30,
			},
		]);
	});

	it('names an unknown admin in plain English, each item paired', async () => {
		const result = await run(
			mailcow,
			{ resource: 'domainAdmin', operation: 'issueLoginLink', adminUsername: '={{ $json.u }}' },
			{ items: items({ u: 'nobody' }, { u: 'acmeadmin' }), continueOnFail: true },
		);
		expect(result.items.map((i) => i.pairedItem)).toEqual([{ item: 0 }, { item: 1 }]);
		expect(result.items[0].json.error).toBe(
			'Mailcow refused the request: object_doesnt_exist (nobody)',
		);
		expect(String(result.items[0].error?.description)).toMatch(/does not exist/i);
		expect(result.items[1].json).toMatchObject({ username: 'acmeadmin' });
	});
});
