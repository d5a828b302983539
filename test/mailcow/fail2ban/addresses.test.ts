import { INVALID_NETWORKS, VALID_NETWORKS } from '../../helpers/networks';
import { items, run, useMailcow, wire } from '../setup';

// The addresses of Ban, Unban and Whitelist and the host names of the settings' whitelist: what
// the node takes as mailcow's valid_network() / valid_hostname() do (PHP's FILTER_VALIDATE_IP),
// refused before sending with the field and item named, and how Unban finds the banned network
// holding an address (mailcow-observed-2.md, "Fail2ban").
describe('Mailcow → Fail2ban: addresses', () => {
	const mailcow = useMailcow();
	const f2b = () => mailcow.state.fail2ban;
	const ban = (network: string) =>
		f2b().activeBans.push({
			network,
			banned_until: Math.floor(Date.now() / 1000) + 600,
			queued_for_unban: 0,
		});
	const notAnAddress = (value: string, item: number) =>
		`Addresses: "${value}" is not an IP address or network (item ${item})`;

	const sorted = (values: unknown[]) =>
		[...values].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
	const bodies = () => sorted(wire(mailcow).map((r) => r.body));

	/** Runs one operation over one input item per address, each item going on after a failure. */
	async function perAddress(operation: string, addresses: string[]) {
		const result = await run(
			mailcow,
			{ resource: 'fail2ban', operation, fail2banAddresses: '={{ $json.ip }}' },
			{ items: items(...addresses.map((ip) => ({ ip }))), continueOnFail: true },
		);
		expect(result.items.map((i) => i.pairedItem)).toEqual(addresses.map((_, item) => ({ item })));
		return result.items.map((i) => i.json.error ?? i.json.addresses);
	}

	it('whitelists every IPv4 and IPv6 notation mailcow takes, and refuses the others before sending', async () => {
		const accepted = VALID_NETWORKS;
		const refused = INVALID_NETWORKS.map(([value]) => value);
		const out = await perAddress('whitelist', [...accepted, ...refused]);
		expect(out).toEqual([
			...accepted.map((address) => [address]),
			...refused.map((address, i) => notAnAddress(address, accepted.length + i)),
		]);
		// All items' requests start at once: the order they arrive in is not fixed.
		expect(bodies()).toEqual(
			sorted(
				accepted.map((address) => ({
					items: [address],
					attr: { action: 'whitelist', network: [address] },
				})),
			),
		);
		expect([...f2b().whitelist].sort()).toEqual([...accepted].sort());
	});

	it('refuses to ban everyone or a non-address before sending, and names what mailcow refused', async () => {
		const out = await perAddress('ban', [
			'0.0.0.0',
			'::/0',
			'203.0.113.300',
			'172.22.1.0/24',
			'198.51.100.7',
		]);
		expect(out).toEqual([
			'Addresses: "0.0.0.0" would ban every address (item 0)',
			'Addresses: "::/0" would ban every address (item 1)',
			notAnAddress('203.0.113.300', 2),
			// mailcow's own Docker network: mailcow answers network_host_invalid.
			'Mailcow banned 0 of 1 address; not banned: 172.22.1.0/24 (item 3)',
			['198.51.100.7'],
		]);
		expect(bodies()).toEqual(
			sorted(
				['172.22.1.0/24', '198.51.100.7'].map((address) => ({
					items: [address],
					attr: { action: 'blacklist', network: [address] },
				})),
			),
		);
		expect(f2b().blacklist).toEqual(['198.51.100.7']);
	});

	it('unbans the network holding each address: same IP version, the whole network, any notation', async () => {
		ban('203.0.113.0/24');
		ban('198.51.100.0/25');
		ban('2001:db8:0:0:0:0:1:0/112');
		ban('64:ff9b::c000:200/120');
		const result = await run(mailcow, {
			resource: 'fail2ban',
			operation: 'unban',
			fail2banAddresses: '::203.0.113.7, 198.51.100.0/24, 2001:db8::1:7, 64:ff9b::192.0.2.7',
		});
		expect(result.error).toBeUndefined();
		const held = ['2001:db8:0:0:0:0:1:0/112', '64:ff9b::c000:200/120'];
		expect(wire(mailcow)).toEqual([
			{ method: 'GET', rawPath: '/api/v1/get/fail2ban', body: null },
			{
				method: 'POST',
				rawPath: '/api/v1/edit/fail2ban',
				body: { items: held, attr: { action: 'unban', network: held } },
			},
		]);
		expect(result.items.map((i) => [i.json, i.pairedItem])).toEqual([
			[
				{
					success: true,
					addresses: held,
					// An IPv6 address is never inside an IPv4 ban, nor a /24 inside a banned /25.
					notBanned: ['::203.0.113.7', '198.51.100.0/24'],
					warnings: [
						'::203.0.113.7 is not banned: nothing to unban',
						'198.51.100.0/24 is not banned: nothing to unban',
					],
					messages: held.map((network) => `Object changed (${network})`),
				},
				{ item: 0 },
			],
		]);
		expect(f2b().activeBans.map((b) => b.network)).toEqual(['203.0.113.0/24', '198.51.100.0/25']);
	});

	it('fails an Unban item with nothing banned, naming the addresses, and goes on with the next', async () => {
		ban('203.0.113.7/32');
		const result = await run(
			mailcow,
			{ resource: 'fail2ban', operation: 'unban', fail2banAddresses: '={{ $json.ip }}' },
			{
				items: items({ ip: '198.51.100.9, 2001:db8::9' }, { ip: '203.0.113.7' }),
				continueOnFail: true,
			},
		);
		expect(result.items.map((i) => i.pairedItem)).toEqual([{ item: 0 }, { item: 1 }]);
		expect(result.items[0].json.error).toBe(
			'Addresses: not banned: 198.51.100.9, 2001:db8::9 (item 0)',
		);
		expect(result.items[0].error?.description).toBe(
			'Check the "Addresses" field of item 0. Fail2ban → Get lists the active bans.',
		);
		expect(result.items[1].json).toEqual({
			success: true,
			addresses: ['203.0.113.7/32'],
			messages: ['Object changed (203.0.113.7/32)'],
		});
		// Each item reads the active bans; only the item with a ban sends an unban.
		expect(wire(mailcow).filter((r) => r.method === 'POST')).toEqual([
			{
				method: 'POST',
				rawPath: '/api/v1/edit/fail2ban',
				body: { items: ['203.0.113.7/32'], attr: { action: 'unban', network: ['203.0.113.7/32'] } },
			},
		]);
		expect(f2b().activeBans).toEqual([]);
	});

	it('takes host names on the settings whitelist as mailcow does, up to 253 characters', async () => {
		const longest = ['a', 'b', 'c'].map((c) => c.repeat(63)).join('.') + '.' + 'd'.repeat(61);
		expect(longest).toHaveLength(253);
		const hosts = ['mail.example.test', 'mx.a.example.test', 'x', longest];
		const result = await run(
			mailcow,
			{
				resource: 'fail2ban',
				operation: 'update',
				fail2banSettings: { fail2banWhitelist: '={{ $json.list }}' },
			},
			{
				items: items({ list: '-mail.example.test' }, { list: `${longest}d` }, { list: hosts }),
				continueOnFail: true,
			},
		);
		expect(result.items.map((i) => [i.json.error ?? i.json.whitelist, i.pairedItem])).toEqual([
			[
				'Whitelist: "-mail.example.test" is not an IP address, network or host name (item 0)',
				{ item: 0 },
			],
			[`Whitelist: "${longest}d" is not an IP address, network or host name (item 1)`, { item: 1 }],
			[hosts, { item: 2 }],
		]);
		expect(wire(mailcow).filter((r) => r.method === 'POST')).toEqual([
			{
				method: 'POST',
				rawPath: '/api/v1/edit/fail2ban',
				body: {
					items: 'none',
					attr: { whitelist: hosts.join('\n'), ban_time_increment: 1, manage_external: 0 },
				},
			},
		]);
		expect(f2b().whitelist).toEqual(hosts);
	});
});
