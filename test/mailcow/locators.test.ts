import type { INodeProperties, INodePropertyRegexValidation } from 'n8n-workflow';
import { nodeTypes } from '../helpers/runNode';
import { byName, fromList, runOk, useMailcow, wire } from './setup';

/** A typed mode's validation rule of type regex (the other kind is a function). */
const isRegexRule = (rule: unknown): rule is INodePropertyRegexValidation =>
	typeof rule === 'object' && rule !== null && 'type' in rule && rule.type === 'regex';

const byTyped = (mode: string, value: string) => ({ __rl: true, mode, value });

// Wherever one object is named, the node offers a picker (a searchable list, or the name typed or
// mapped); where several are, the typed mode takes a comma-separated list.
describe('Mailcow pickers for aliases, alias domains, domain admins and domains', () => {
	const mailcow = useMailcow();
	const properties = nodeTypes.mailcow.description.properties as INodeProperties[];

	it.each([
		['alias', 'searchAliases', 'address'],
		['aliases', 'searchAliases', 'address'],
		['aliasDomain', 'searchAliasDomains', 'name'],
		['aliasDomainNames', 'searchAliasDomains', 'name'],
		['adminUsername', 'searchDomainAdmins', 'username'],
		['adminUsernames', 'searchDomainAdmins', 'username'],
		['domains', 'searchDomains', 'name'],
		['syncJobIds', 'searchSyncJobs', 'id'],
	])('%s is a picker listing with %s, typed mode "%s"', (name, search, typed) => {
		const [property, ...others] = properties.filter((p) => p.name === name);
		expect(others).toHaveLength(0);
		expect(property.type).toBe('resourceLocator');
		expect(property.modes?.map((m) => [m.name, m.typeOptions?.searchListMethod])).toEqual([
			['list', search],
			[typed, undefined],
		]);
	});

	it('typed values are checked by the editor: numeric ids, domain names, addresses', () => {
		const typedMode = (name: string) => {
			const property = properties.find((p) => p.name === name)!;
			const mode = property.modes![1];
			const rule = mode.validation?.[0];
			if (!isRegexRule(rule)) throw new Error(`${name}: the typed mode has no regex rule first`);
			// n8n wraps the rule as ^(rule)$ before testing a typed value.
			return (value: string) => new RegExp(`^${rule.properties.regex}$`).test(value);
		};
		const relayHosts = typedMode('relayHosts');
		expect(['1', '1, 2', ' 3 ,4 '].map(relayHosts)).toEqual([true, true, true]);
		expect(['1;2', 'a', '1,', ''].map(relayHosts)).toEqual([false, false, false, false]);
		const relayHost = typedMode('relayHost');
		expect(['7', '1, 2'].map(relayHost)).toEqual([true, false]);
		const domains = typedMode('domains');
		expect(['a.test', 'a.test, b.test', 'a', 'a.test; b.test'].map(domains)).toEqual([
			true,
			true,
			false,
			false,
		]);
		const mailboxes = typedMode('mailboxes');
		expect(['a@b.test, c@d.test', 'a@b.test c@d.test'].map(mailboxes)).toEqual([true, false]);
	});

	describe('with data', () => {
		beforeEach(() => {
			mailcow.state.addDomain({ name: 'acme.test', mailboxes: 10, quota: 10240, maxquota: 2048 });
			mailcow.state.addDomain({ name: 'beta.test' });
			mailcow.state.addAlias({ address: 'info@acme.test', goto: 'x@example.org' });
			mailcow.state.addDomainAdmin({
				username: 'acmeadmin',
				password: 'Secret-123',
				domains: ['acme.test'],
			});
		});

		it('reads the alias picked from the list (value: the address)', async () => {
			const out = await runOk(mailcow, {
				resource: 'alias',
				operation: 'get',
				alias: fromList('info@acme.test'),
			});
			expect(out).toHaveLength(1);
			expect(out[0]).toMatchObject({ address: 'info@acme.test' });
		});

		it('reads the domain admin picked from the list', async () => {
			await runOk(mailcow, {
				resource: 'domainAdmin',
				operation: 'get',
				adminUsername: fromList('acmeadmin'),
			});
			expect(wire(mailcow)).toEqual([
				{ method: 'GET', rawPath: '/api/v1/get/domain-admin/acmeadmin', body: null },
			]);
		});

		it('deletes several domains typed as names', async () => {
			await runOk(mailcow, {
				resource: 'domain',
				operation: 'delete',
				domains: byName('acme.test, beta.test'),
			});
			expect(wire(mailcow)).toEqual([
				{ method: 'POST', rawPath: '/api/v1/delete/domain', body: ['acme.test', 'beta.test'] },
			]);
		});

		it('updates the alias domain typed by name', async () => {
			await runOk(mailcow, {
				resource: 'aliasDomain',
				operation: 'create',
				aliasDomainName: 'alias.test',
				aliasDomainTarget: byName('acme.test'),
			});
			mailcow.requests.length = 0;
			await runOk(mailcow, {
				resource: 'aliasDomain',
				operation: 'update',
				aliasDomainNames: byTyped('name', 'alias.test'),
				aliasDomainUpdateFields: { aliasDomainActive: false },
			});
			expect(wire(mailcow)).toEqual([
				{
					method: 'POST',
					rawPath: '/api/v1/edit/alias-domain',
					body: { items: ['alias.test'], attr: { active: 0 } },
				},
			]);
		});
	});
});
