// Route integrity: a value typed into a path field reaches mailcow as exactly that object, or the
// item fails before any request. The emulator routes like mailcow's nginx + PHP (percent-decoding,
// dot segments, `query=` rewriting, parse_str), so each of these would otherwise reach another
// route or another object, as it did against real mailcow.
import type { INodeParameters } from 'n8n-workflow';
import { addFilter } from '../emulators/mailcow/routes/filter';
import { run, runOk, useMailcow } from './setup';

describe('Mailcow route integrity', () => {
	const mailcow = useMailcow();
	beforeEach(() => {
		mailcow.state.addDomain({ name: 'acme.test' });
		mailcow.state.addDomain({ name: 'other.test' });
		mailcow.state.addMailbox({ username: 'alice@acme.test', password: 'Secret-123', quota: 100 });
		mailcow.state.addMailbox({ username: 'bob@other.test', password: 'Secret-123', quota: 100 });
		mailcow.state.addMailbox({ username: 'a+b@acme.test', password: 'Secret-123', quota: 100 });
		mailcow.state.addAlias({ address: 'info@acme.test', goto: ['alice@acme.test'], active: 1 });
	});

	const refused = async (parameters: INodeParameters, field: string) => {
		const { error, items } = await run(mailcow, parameters);
		expect(mailcow.requests.map((r) => r.target)).toEqual([]);
		expect(items).toEqual([]);
		// RoutingNode re-wraps an error thrown in a preSend as NodeApiError (message kept).
		expect(['NodeOperationError', 'NodeApiError']).toContain(error?.name);
		expect(error?.message).toMatch(new RegExp(`^${field}: .*\\(item 0\\)$`));
	};

	it.each([
		['x&query=get/mailbox/all'],
		['../../get/status/version'],
		['info@acme.test/x'],
		['..'],
		['x%26query%3Dget%2Fmailbox%2Fall'],
	])('Alias → Get "%s" is refused before sending', async (alias) => {
		await refused({ resource: 'alias', operation: 'get', alias }, 'Alias');
	});

	it.each([
		['alice@acme.test/../../status/version'],
		['alice@acme.test&query=delete/mailbox'],
		['..'],
		['alice@acme.test/x'],
	])(
		'Mailbox → Delete Tags, Get Last Login and Get Spam Score of "%s" are refused before sending',
		async (mailbox) => {
			await refused(
				{ resource: 'mailbox', operation: 'deleteTags', mailbox, mailboxTagsToDelete: 'a' },
				'Mailbox',
			);
			await refused({ resource: 'mailbox', operation: 'getLastLogin', mailbox }, 'Mailbox');
			await refused({ resource: 'mailbox', operation: 'getSpamScore', mailbox }, 'Mailbox');
		},
	);

	it.each([
		['acme.test/../../status/version'],
		['acme.test&query=delete/domain'],
		['acme.test%2Fx'],
	])('Domain → Delete Tags of "%s" is refused before sending', async (domain) => {
		await refused(
			{ resource: 'domain', operation: 'deleteTags', domain, domainTagsToDelete: 'a' },
			'Domain',
		);
	});

	it('Mailbox → Delete Tags of "a+b@acme.test" reaches that mailbox (a + survives nginx and PHP)', async () => {
		mailcow.state.mailboxes.get('a+b@acme.test')!.tags.add('old');
		await runOk(mailcow, {
			resource: 'mailbox',
			operation: 'deleteTags',
			mailbox: 'a+b@acme.test',
			mailboxTagsToDelete: 'old',
		});
		expect(mailcow.requests.map((r) => r.route)).toEqual([
			['delete', 'mailbox', 'tag', 'a+b@acme.test'],
		]);
		expect(mailcow.state.mailboxes.get('a+b@acme.test')!.tags.size).toBe(0);
	});

	it.each([['../../status/version'], ['acme.test/../..'], ['acme.test&query=get/status/version']])(
		'Mailbox and Alias → Get Many with the domain filter "%s" are refused before sending',
		async (domains) => {
			await refused(
				{ resource: 'mailbox', operation: 'getAll', returnAll: true, mailboxDomains: domains },
				'Domains',
			);
			await refused(
				{ resource: 'alias', operation: 'getAll', returnAll: true, aliasDomains: domains },
				'Domains',
			);
		},
	);

	it('Mailbox → Get Many of a domain mailcow does not know outputs none of the other domains’ mailboxes', async () => {
		// mailcow answers every mailbox of the server for an unknown domain.
		const out = await runOk(mailcow, {
			resource: 'mailbox',
			operation: 'getAll',
			returnAll: true,
			mailboxDomains: 'acme.tset',
		});
		expect(mailcow.requests).toHaveLength(1);
		expect(out).toEqual([]);
	});

	it('Mailbox → Get Many of a known and an unknown domain outputs only the known domain’s mailboxes, once', async () => {
		const out = await runOk(mailcow, {
			resource: 'mailbox',
			operation: 'getAll',
			returnAll: true,
			mailboxDomains: 'acme.test, nowhere.test',
			simplify: false,
		});
		expect(out.map((m) => m.username).sort()).toEqual(['a+b@acme.test', 'alice@acme.test']);
	});

	it('Mailbox → Get of "a+b@acme.test" finds that mailbox (a + survives nginx and PHP)', async () => {
		const out = await runOk(mailcow, {
			resource: 'mailbox',
			operation: 'get',
			mailbox: 'a+b@acme.test',
			simplify: false,
		});
		expect(mailcow.requests.map((r) => r.route)).toEqual([['get', 'mailbox', 'a+b@acme.test']]);
		expect(out).toEqual([expect.objectContaining({ username: 'a+b@acme.test' })]);
	});

	describe('Sieve Filter: "all" is a mailbox name to mailcow\'s get/filters', () => {
		beforeEach(() => {
			for (const username of ['alice@acme.test', 'bob@other.test'])
				addFilter(mailcow.state, {
					username,
					filter_type: 'postfilter',
					script_desc: 'Vacation reply (set by n8n)',
					script_data: 'require "vacation";\nvacation "Away.";',
					active: 1,
				});
		});

		it('Get Many of "all" outputs no other mailbox\'s filters', async () => {
			const out = await runOk(mailcow, {
				resource: 'sieveFilter',
				operation: 'getAll',
				returnAll: true,
				sieveFilterMailbox: 'all',
			});
			expect(mailcow.requests.map((r) => r.route)).toEqual([['get', 'filters', 'all']]);
			expect(out).toEqual([]);
		});

		it('Remove Vacation Reply of "all" deletes no mailbox\'s reply', async () => {
			const { error } = await run(mailcow, {
				resource: 'sieveFilter',
				operation: 'removeVacation',
				sieveFilterMailbox: 'all',
			});
			expect(error?.message).toBe('Mailbox: all has no vacation reply set by n8n (item 0)');
			expect(mailcow.requests.map((r) => r.method)).toEqual(['GET']);
			expect(mailcow.state.filters.size).toBe(2);
		});

		it.each([['x&query=get/filters/all'], ['../../get/status/version'], ['alice@acme.test/..']])(
			'Get Many of "%s" is refused before sending',
			async (value) => {
				await refused(
					{ resource: 'sieveFilter', operation: 'getAll', sieveFilterMailbox: value },
					'Mailbox',
				);
			},
		);
	});

	describe('a Get outputs only the object asked for', () => {
		beforeEach(() => {
			mailcow.state.addDomainAdmin({
				username: 'admin1',
				password: 'Secret-123',
				domains: ['acme.test'],
			});
		});

		// "all" is a real object name on every get route: mailcow answers the whole list.
		it.each([
			['alias', { alias: 'all' }, 'alias'],
			['mailbox', { mailbox: 'all' }, 'mailbox'],
			['mailbox', { mailbox: 'reduced' }, 'mailbox'],
			['domain', { domain: 'all' }, 'domain'],
			['domainAdmin', { adminUsername: 'all' }, 'domain admin'],
		])(
			'%s → Get %j outputs no record when mailcow answers a list',
			async (resource, field, what) => {
				const { error, items } = await run(mailcow, { resource, operation: 'get', ...field });
				expect(mailcow.requests).toHaveLength(1);
				expect(items).toEqual([]);
				expect(error?.message).toBe(
					`Mailcow answered something else than the ${what} "${Object.values(field)[0]}" (item 0)`,
				);
			},
		);

		it('accepts the object under another spelling of the same name (case, id)', async () => {
			const alias = mailcow.state.aliasByAddress('info@acme.test')!;
			const byAddress = await runOk(mailcow, {
				resource: 'alias',
				operation: 'get',
				alias: 'INFO@Acme.test',
			});
			const byId = await runOk(mailcow, {
				resource: 'alias',
				operation: 'get',
				alias: String(alias.id),
			});
			expect(byAddress).toEqual(byId);
			expect(byId).toEqual([expect.objectContaining({ address: 'info@acme.test' })]);
		});
	});
});
