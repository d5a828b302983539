import type { INodeProperties } from 'n8n-workflow';
import { nodeTypes } from '../../helpers/runNode';
import { run, runOk, useMailcow, wire } from '../setup';

describe('Mailcow → Domain → Create', () => {
	const mailcow = useMailcow();
	const seedAcme = () =>
		mailcow.state.addDomain({
			name: 'acme.test',
			mailboxes: 4,
			quota: 4096,
			maxquota: 2048,
			defquota: 1024,
			tags: ['eu', 'prod'],
		});

	describe('Create', () => {
		it('sends the seed defaults explicitly as a flat body and returns a tidy item', async () => {
			const out = await runOk(mailcow, {
				resource: 'domain',
				operation: 'create',
				domainName: 'new.test',
			});
			expect(wire(mailcow)).toEqual([
				{
					method: 'POST',
					rawPath: '/api/v1/add/domain',
					body: {
						domain: 'new.test',
						active: 1,
						aliases: 400,
						mailboxes: 10,
						defquota: 3072,
						maxquota: 10240,
						quota: 10240,
					},
				},
			]);
			expect(out).toEqual([
				{
					success: true,
					domain: 'new.test',
					messages: ['DKIM key added (new.test)', 'Domain added (new.test)'],
				},
			]);
			expect(mailcow.state.domains.get('new.test')).toMatchObject({
				quota: 10240,
				maxquota: 10240,
				defquota: 3072,
			});
			expect(mailcow.state.dkim.has('new.test')).toBe(true);
		});

		it('converts options: flags as numbers, tags as a list, no DKIM key with key size 0', async () => {
			await runOk(mailcow, {
				resource: 'domain',
				operation: 'create',
				domainName: 'opts.test',
				domainOptions: {
					description: 'Options',
					active: false,
					quota: '2048',
					maxquota: 1024,
					defquota: 512,
					backupmx: true,
					gal: false,
					rl_value: 10,
					rl_frame: 'h',
					tags: 'prod, eu',
					key_size: 0,
				},
			});
			expect(mailcow.requests[0].body).toEqual({
				domain: 'opts.test',
				description: 'Options',
				active: 0,
				aliases: 400,
				mailboxes: 10,
				defquota: 512,
				maxquota: 1024,
				quota: 2048,
				backupmx: 1,
				gal: 0,
				rl_value: 10,
				rl_frame: 'h',
				tags: ['prod', 'eu'],
				key_size: 0,
			});
			expect(mailcow.state.domains.get('opts.test')).toMatchObject({
				active: 0,
				backupmx: 1,
				quota: 2048,
			});
			expect([...mailcow.state.domains.get('opts.test')!.tags].sort()).toEqual(['eu', 'prod']);
			expect(mailcow.state.dkim.has('opts.test')).toBe(false);
		});

		it.each([
			[
				{ defquota: 4096, maxquota: 2048 },
				'Default Mailbox Quota (MiB): 4096 is above the max mailbox quota (2048) (item 0)',
			],
			[
				{ maxquota: 20480 },
				'Max Mailbox Quota (MiB): 20480 is above the domain quota (10240) (item 0)',
			],
			[{ quota: 'lots' }, 'Quota (MiB): "lots" is not a whole number (item 0)'],
			[
				{ rl_value: 5 },
				'Rate Limit Frame: is needed together with the other rate limit field (item 0)',
			],
			[
				{ rl_frame: 'h' },
				'Rate Limit Value: is needed together with the other rate limit field (item 0)',
			],
			[{ key_size: '={{ -1 }}' }, 'DKIM Key Size: must be at least 0 (item 0)'],
		])('refuses bad limits %j before sending anything', async (domainOptions, message) => {
			const { error } = await run(mailcow, {
				resource: 'domain',
				operation: 'create',
				domainName: 'bad.test',
				domainOptions,
			});
			expect(error?.message).toBe(message);
			expect(mailcow.requests).toHaveLength(0);
		});

		it('accepts quotas at their bounds: default = max mailbox quota = domain quota', async () => {
			await runOk(mailcow, {
				resource: 'domain',
				operation: 'create',
				domainName: 'even.test',
				domainOptions: { quota: 2048, maxquota: 2048, defquota: 2048 },
			});
			expect(mailcow.requests[0].body).toMatchObject({
				quota: 2048,
				maxquota: 2048,
				defquota: 2048,
			});
			expect(mailcow.state.domains.get('even.test')).toMatchObject({
				quota: 2048,
				maxquota: 2048,
				defquota: 2048,
			});
		});

		it('says in the Options which defaults are sent for limits left out', () => {
			const options = (nodeTypes.mailcow.description.properties as INodeProperties[]).find(
				(p) => p.name === 'domainOptions' && p.displayOptions?.show?.operation?.includes('create'),
			);
			expect(options?.description).toBe(
				'Unset limits are sent with their defaults: Active on, Max Aliases 400, Max Mailboxes 10, Default Mailbox Quota (MiB) 3072, Max Mailbox Quota (MiB) 10240, Quota (MiB) 10240',
			);
		});

		it('names a bad domain name', async () => {
			const { error } = await run(mailcow, {
				resource: 'domain',
				operation: 'create',
				domainName: 'not a domain',
			});
			expect(error?.message).toBe(
				'Domain Name: "not a domain" is not a domain name such as example.com (item 0)',
			);
		});

		it("fails with mailcow's message key when the domain exists", async () => {
			seedAcme();
			const { error } = await run(mailcow, {
				resource: 'domain',
				operation: 'create',
				domainName: 'ACME.test',
			});
			expect(error?.message).toBe('Mailcow refused the request: domain_exists (acme.test)');
			expect(error?.description).toContain('A domain with this name already exists.');
		});
	});
});
