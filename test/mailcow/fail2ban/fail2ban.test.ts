import type { INodeProperties } from 'n8n-workflow';
import { nodeTypes } from '../../helpers/runNode';
import { items, run, runOk, useMailcow, wire } from '../setup';

// Fail2ban (get/fail2ban, edit/fail2ban): the settings, the active and permanent bans, and the
// blacklist / unban / whitelist actions, as mailcow-observed-2.md ("Fail2ban") records them.
describe('Mailcow → Fail2ban', () => {
	const mailcow = useMailcow();
	const now = () => Math.floor(Date.now() / 1000);
	const f2b = () => mailcow.state.fail2ban;
	const ban = (network: string) =>
		f2b().activeBans.push({ network, banned_until: now() + 3723, queued_for_unban: 0 });

	it("Update Settings: a setting added to the collection starts at mailcow's own default", () => {
		// An admin who adds Max Attempts and runs must not ban every client after one failure.
		const settings = (nodeTypes.mailcow.description.properties as INodeProperties[]).find(
			(p) => p.name === 'fail2banSettings',
		)!;
		const defaults = Object.fromEntries(
			(settings.options as INodeProperties[]).map((o) => [o.name, o.default]),
		);
		const mailcowDefaults = f2b();
		expect(defaults).toMatchObject({
			fail2banBanTime: mailcowDefaults.ban_time,
			fail2banMaxBanTime: mailcowDefaults.max_ban_time,
			fail2banMaxAttempts: mailcowDefaults.max_attempts,
			fail2banRetryWindow: mailcowDefaults.retry_window,
			fail2banNetbanIpv4: mailcowDefaults.netban_ipv4,
			fail2banNetbanIpv6: mailcowDefaults.netban_ipv6,
		});
	});

	describe('Get', () => {
		it('gets the settings and bans, simplified: lists as arrays, time left in seconds', async () => {
			f2b().whitelist = ['192.0.2.1', 'mail.example.test'];
			f2b().blacklist = ['198.51.100.7'];
			f2b().permBans = ['198.51.100.0/24'];
			ban('203.0.113.7/32');
			const out = await runOk(mailcow, { resource: 'fail2ban', operation: 'get' });
			expect(wire(mailcow)).toEqual([
				{ method: 'GET', rawPath: '/api/v1/get/fail2ban', body: null },
			]);
			expect(out).toEqual([
				{
					banTime: 1800,
					banTimeIncrement: true,
					maxBanTime: 10000,
					maxAttempts: 10,
					retryWindow: 600,
					netbanIpv4: 32,
					netbanIpv6: 128,
					manageExternal: false,
					whitelist: ['192.0.2.1', 'mail.example.test'],
					blacklist: ['198.51.100.7'],
					activeBans: [
						{
							network: '203.0.113.7/32',
							address: '203.0.113.7',
							secondsLeft: expect.any(Number),
							queuedForUnban: false,
						},
					],
					permanentBans: ['198.51.100.0/24'],
					regex: null,
				},
			]);
			const left = (out[0].activeBans as Array<{ secondsLeft: number }>)[0].secondsLeft;
			expect(left).toBeGreaterThan(3700);
			expect(left).toBeLessThanOrEqual(3723);
		});

		it('gets the flags as stored, a ban queued for unban and the custom filters', async () => {
			f2b().ban_time_increment = false;
			f2b().manage_external = 1;
			const filters = [
				'mailcow UI: Invalid password for .+ by ([0-9a-f\\.:]+)',
				'warning: .*\\[([0-9a-f\\.:]+)\\]: SASL .+ authentication failed',
			];
			f2b().regex = { 1: filters[0], 2: filters[1] };
			f2b().activeBans.push({
				network: '2001:db8:1:2::/64',
				banned_until: now() + 5,
				queued_for_unban: 1,
			});
			const out = await runOk(mailcow, { resource: 'fail2ban', operation: 'get' });
			expect(out[0]).toMatchObject({
				banTimeIncrement: false,
				manageExternal: true,
				activeBans: [
					{
						network: '2001:db8:1:2::/64',
						address: '2001:db8:1:2::',
						secondsLeft: expect.any(Number),
						queuedForUnban: true,
					},
				],
				regex: filters,
			});
		});

		it('gets only the lists before netfilter has written its settings, none left undefined', async () => {
			mailcow.state.fail2banWritten = false;
			const out = await runOk(mailcow, { resource: 'fail2ban', operation: 'get' });
			expect(wire(mailcow)).toEqual([
				{ method: 'GET', rawPath: '/api/v1/get/fail2ban', body: null },
			]);
			// mailcow answers {"regex":null,"whitelist":"","blacklist":""}.
			expect(out[0]).toStrictEqual({
				whitelist: [],
				blacklist: [],
				activeBans: [],
				permanentBans: [],
				regex: null,
			});
		});

		it("keeps mailcow's answer with Simplify off", async () => {
			f2b().blacklist = ['198.51.100.7', '198.51.100.10'];
			const out = await runOk(mailcow, { resource: 'fail2ban', operation: 'get', simplify: false });
			expect(out[0]).toMatchObject({
				ban_time: 1800,
				banlist_id: null,
				whitelist: '',
				blacklist: '198.51.100.7\n198.51.100.10',
			});
		});
	});

	describe('Update Settings', () => {
		it('sends the settings changed, and keeps the ones mailcow resets when omitted', async () => {
			f2b().ban_time_increment = true;
			f2b().manage_external = 1;
			const out = await runOk(mailcow, {
				resource: 'fail2ban',
				operation: 'update',
				fail2banSettings: {
					fail2banBanTime: 3600,
					fail2banBlacklist: '198.51.100.7, 203.0.113.0/24',
				},
			});
			expect(wire(mailcow)).toEqual([
				{ method: 'GET', rawPath: '/api/v1/get/fail2ban', body: null },
				{
					method: 'POST',
					rawPath: '/api/v1/edit/fail2ban',
					body: {
						items: 'none',
						attr: {
							ban_time: 3600,
							blacklist: '198.51.100.7\n203.0.113.0/24',
							// mailcow stores an omitted ban_time_increment and manage_external as 0.
							ban_time_increment: 1,
							manage_external: 1,
						},
					},
				},
			]);
			expect(out).toEqual([
				{
					success: true,
					ban_time: 3600,
					blacklist: ['198.51.100.7', '203.0.113.0/24'],
					messages: ['Fail2ban settings saved'],
				},
			]);
			expect(f2b()).toMatchObject({
				ban_time: 3600,
				ban_time_increment: true,
				manage_external: 1,
				blacklist: ['198.51.100.7', '203.0.113.0/24'],
			});
		});

		it('sends a flag the user sets as given, and the other as mailcow has it stored', async () => {
			f2b().ban_time_increment = false;
			f2b().manage_external = 0;
			const out = await runOk(mailcow, {
				resource: 'fail2ban',
				operation: 'update',
				fail2banSettings: { fail2banManageExternal: true },
			});
			expect(wire(mailcow)[1].body).toEqual({
				items: 'none',
				attr: { manage_external: 1, ban_time_increment: 0 },
			});
			expect(out).toEqual([
				{ success: true, manage_external: 1, messages: ['Fail2ban settings saved'] },
			]);
			expect(f2b()).toMatchObject({ ban_time_increment: false, manage_external: 1 });
		});

		it('sends only the change before netfilter has written its settings', async () => {
			mailcow.state.fail2banWritten = false;
			await runOk(mailcow, {
				resource: 'fail2ban',
				operation: 'update',
				fail2banSettings: { fail2banMaxAttempts: 5 },
			});
			expect(wire(mailcow)).toEqual([
				{ method: 'GET', rawPath: '/api/v1/get/fail2ban', body: null },
				{
					method: 'POST',
					rawPath: '/api/v1/edit/fail2ban',
					body: { items: 'none', attr: { max_attempts: 5 } },
				},
			]);
			expect(f2b().max_attempts).toBe(5);
		});

		it('refuses a blacklist entry that would ban everyone, before sending', async () => {
			const result = await run(mailcow, {
				resource: 'fail2ban',
				operation: 'update',
				fail2banSettings: { fail2banBlacklist: '198.51.100.7, 0.0.0.0/0' },
			});
			expect(result.error?.message).toBe('Blacklist: "0.0.0.0/0" would ban every address (item 0)');
			expect(mailcow.requests).toHaveLength(0);
		});

		it('refuses a bad whitelist entry before sending (mailcow would keep part of it)', async () => {
			const result = await run(mailcow, {
				resource: 'fail2ban',
				operation: 'update',
				fail2banSettings: { fail2banWhitelist: 'not valid!' },
			});
			expect(result.error?.message).toBe(
				// Split like mailcow splits it ("not" would pass as a host name and be stored).
				'Whitelist: "valid!" is not an IP address, network or host name (item 0)',
			);
			expect(mailcow.requests).toHaveLength(0);
		});

		it('needs at least one setting', async () => {
			const result = await run(mailcow, { resource: 'fail2ban', operation: 'update' });
			expect(result.error?.message).toBe('Settings: add at least one setting to change (item 0)');
			expect(mailcow.requests).toHaveLength(0);
		});
	});

	describe('Ban, Unban, Whitelist', () => {
		it('bans (blacklists) each input item’s networks, paired with their item', async () => {
			const result = await run(
				mailcow,
				{ resource: 'fail2ban', operation: 'ban', fail2banAddresses: '={{ $json.ip }}' },
				{ items: items({ ip: '203.0.113.7' }, { ip: '2001:db8::/64' }) },
			);
			expect(result.error).toBeUndefined();
			expect(wire(mailcow)).toEqual([
				{
					method: 'POST',
					rawPath: '/api/v1/edit/fail2ban',
					body: {
						items: ['203.0.113.7'],
						attr: { action: 'blacklist', network: ['203.0.113.7'] },
					},
				},
				{
					method: 'POST',
					rawPath: '/api/v1/edit/fail2ban',
					body: {
						items: ['2001:db8::/64'],
						attr: { action: 'blacklist', network: ['2001:db8::/64'] },
					},
				},
			]);
			expect(result.items.map((i) => [i.json, i.pairedItem])).toEqual([
				[
					{
						success: true,
						addresses: ['203.0.113.7'],
						messages: ['Object changed (203.0.113.7)'],
					},
					{ item: 0 },
				],
				[
					{
						success: true,
						addresses: ['2001:db8::/64'],
						messages: ['Object changed (2001:db8::/64)'],
					},
					{ item: 1 },
				],
			]);
			expect(f2b().blacklist).toEqual(['203.0.113.7', '2001:db8::/64']);
		});

		it("explains mailcow's refusal to ban its own network, naming what took effect", async () => {
			const result = await run(mailcow, {
				resource: 'fail2ban',
				operation: 'ban',
				fail2banAddresses: '198.51.100.7, 172.22.1.0/24',
			});
			expect(result.error?.message).toBe(
				'Mailcow banned 1 of 2 addresses; not banned: 172.22.1.0/24 (item 0)',
			);
			const description = String(result.error?.description);
			expect(description).toContain('Banned: 198.51.100.7\nNot banned: 172.22.1.0/24');
			expect(description).toContain("mailcow's own Docker network");
			expect(f2b().blacklist).toEqual(['198.51.100.7']);
		});

		it('refuses an address that is not an IP address or network, before sending', async () => {
			const result = await run(mailcow, {
				resource: 'fail2ban',
				operation: 'unban',
				fail2banAddresses: '203.0.113.300',
			});
			expect(result.error?.message).toBe(
				'Addresses: "203.0.113.300" is not an IP address or network (item 0)',
			);
			expect(mailcow.requests).toHaveLength(0);
		});

		it('unbans the active ban of an address, and names addresses that were not banned', async () => {
			ban('203.0.113.7/32');
			const out = await runOk(mailcow, {
				resource: 'fail2ban',
				operation: 'unban',
				fail2banAddresses: '203.0.113.7, 198.51.100.9',
			});
			expect(wire(mailcow)).toEqual([
				{ method: 'GET', rawPath: '/api/v1/get/fail2ban', body: null },
				{
					method: 'POST',
					rawPath: '/api/v1/edit/fail2ban',
					body: {
						items: ['203.0.113.7/32'],
						attr: { action: 'unban', network: ['203.0.113.7/32'] },
					},
				},
			]);
			expect(out).toEqual([
				{
					success: true,
					addresses: ['203.0.113.7/32'],
					notBanned: ['198.51.100.9'],
					warnings: ['198.51.100.9 is not banned: nothing to unban'],
					messages: ['Object changed (203.0.113.7/32)'],
				},
			]);
			expect(f2b().activeBans).toEqual([]);
		});

		it('unbans a banned network once for two addresses inside it', async () => {
			ban('2001:db8:1:2::/64');
			const out = await runOk(mailcow, {
				resource: 'fail2ban',
				operation: 'unban',
				fail2banAddresses: '2001:db8:1:2::7, 2001:db8:1:2::9',
			});
			expect(wire(mailcow)[1].body).toEqual({
				items: ['2001:db8:1:2::/64'],
				attr: { action: 'unban', network: ['2001:db8:1:2::/64'] },
			});
			expect(out[0]).toEqual({
				success: true,
				addresses: ['2001:db8:1:2::/64'],
				messages: ['Object changed (2001:db8:1:2::/64)'],
			});
		});

		it('unbans an IPv6 address through the /64 network netfilter banned', async () => {
			ban('2001:db8:1:2::/64');
			ban('2001:db8:9::/64');
			const out = await runOk(mailcow, {
				resource: 'fail2ban',
				operation: 'unban',
				fail2banAddresses: '2001:db8:1:2:0:0:0:dead',
			});
			expect(wire(mailcow)[1].body).toEqual({
				items: ['2001:db8:1:2::/64'],
				attr: { action: 'unban', network: ['2001:db8:1:2::/64'] },
			});
			expect(out[0].addresses).toEqual(['2001:db8:1:2::/64']);
			expect(f2b().activeBans.map((b) => b.network)).toEqual(['2001:db8:9::/64']);
		});

		it('whitelists a network, taking it off the blacklist', async () => {
			f2b().blacklist = ['192.0.2.0/24'];
			const out = await runOk(mailcow, {
				resource: 'fail2ban',
				operation: 'whitelist',
				fail2banAddresses: '192.0.2.0/24',
			});
			expect(wire(mailcow)).toEqual([
				{
					method: 'POST',
					rawPath: '/api/v1/edit/fail2ban',
					body: {
						items: ['192.0.2.0/24'],
						attr: { action: 'whitelist', network: ['192.0.2.0/24'] },
					},
				},
			]);
			expect(out).toEqual([
				{
					success: true,
					addresses: ['192.0.2.0/24'],
					messages: ['Object changed (192.0.2.0/24)'],
				},
			]);
			expect(f2b()).toMatchObject({ whitelist: ['192.0.2.0/24'], blacklist: [] });
		});
	});
});
