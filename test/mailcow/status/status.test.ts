import { credentials, items, run, runOk, useMailcow, wire } from '../setup';

// Status (get/status/containers, get/status/vmail, get/status/version). Containers and the vmail
// volume come from dockerapi ([DOCKER] in mailcow-observed-2.md): the emulator answers them shaped
// as the OpenAPI examples, or as the recorder did without dockerapi (state.mailContainers off).
describe('Mailcow → Status', () => {
	const mailcow = useMailcow();
	const STARTED = '2026-11-29T06:00:08.270660275Z';
	const twoContainers = () => {
		const { containers } = mailcow.state;
		for (const name of Object.keys(containers)) delete containers[name];
		containers['dovecot-mailcow'] = {
			type: 'info',
			container: 'dovecot-mailcow',
			state: 'running',
			started_at: STARTED,
			image: 'ghcr.io/mailcow/dovecot:2.33',
		};
		containers['sogo-mailcow'] = {
			type: 'info',
			container: 'sogo-mailcow',
			state: 'exited',
			started_at: STARTED,
			image: 'ghcr.io/mailcow/sogo:1.133',
		};
	};

	it('gets the containers, one item each with a plain running flag', async () => {
		twoContainers();
		const out = await runOk(mailcow, { resource: 'status', operation: 'getContainers' });
		expect(wire(mailcow)).toEqual([
			{ method: 'GET', rawPath: '/api/v1/get/status/containers', body: null },
		]);
		expect(out).toEqual([
			{
				container: 'dovecot-mailcow',
				running: true,
				state: 'running',
				startedAt: STARTED,
				image: 'ghcr.io/mailcow/dovecot:2.33',
			},
			{
				container: 'sogo-mailcow',
				running: false,
				state: 'exited',
				startedAt: STARTED,
				image: 'ghcr.io/mailcow/sogo:1.133',
			},
		]);
	});

	it("keeps mailcow's container records with Simplify off", async () => {
		twoContainers();
		const out = await runOk(mailcow, {
			resource: 'status',
			operation: 'getContainers',
			simplify: false,
		});
		expect(out).toEqual(Object.values(mailcow.state.containers));
	});

	it('pairs the containers with each input item', async () => {
		twoContainers();
		const result = await run(
			mailcow,
			{ resource: 'status', operation: 'getContainers' },
			{ items: items({ run: 0 }, { run: 1 }) },
		);
		expect(result.items.map((i) => [i.json.container, i.pairedItem])).toEqual([
			['dovecot-mailcow', { item: 0 }],
			['sogo-mailcow', { item: 0 }],
			['dovecot-mailcow', { item: 1 }],
			['sogo-mailcow', { item: 1 }],
		]);
	});

	it('explains a container status mailcow cannot read (dockerapi unreachable: null)', async () => {
		mailcow.state.mailContainers = false;
		const result = await run(mailcow, { resource: 'status', operation: 'getContainers' });
		expect(result.error?.message).toBe(
			'Mailcow could not read the status of its containers (item 0)',
		);
		expect(result.error?.description).toContain('dockerapi');
	});

	it('gets the vmail disk usage in MiB and percent', async () => {
		mailcow.state.vmail = {
			type: 'info',
			disk: '/dev/mapper/mail--vg-root',
			used: '11G',
			total: '41G',
			used_percent: '28%',
		};
		const out = await runOk(mailcow, { resource: 'status', operation: 'getDiskUsage' });
		expect(wire(mailcow)).toEqual([
			{ method: 'GET', rawPath: '/api/v1/get/status/vmail', body: null },
		]);
		expect(out).toEqual([
			{ disk: '/dev/mapper/mail--vg-root', usedMiB: 11264, totalMiB: 41984, usedPercent: 28 },
		]);
	});

	it('converts the sizes df prints (K, M, G, T; decimals) and keeps the raw record with Simplify off', async () => {
		mailcow.state.vmail = {
			type: 'info',
			disk: '/dev/sda1',
			used: '512K',
			total: '1.5T',
			used_percent: '1%',
		};
		const out = await runOk(mailcow, { resource: 'status', operation: 'getDiskUsage' });
		expect(out).toEqual([{ disk: '/dev/sda1', usedMiB: 0.5, totalMiB: 1572864, usedPercent: 1 }]);
		const raw = await runOk(mailcow, {
			resource: 'status',
			operation: 'getDiskUsage',
			simplify: false,
		});
		expect(raw).toEqual([mailcow.state.vmail]);
	});

	it('reads an empty volume: df prints 0 without a unit', async () => {
		mailcow.state.vmail = {
			type: 'info',
			disk: '/dev/sda1',
			used: '0',
			total: '98G',
			used_percent: '0%',
		};
		const out = await runOk(mailcow, { resource: 'status', operation: 'getDiskUsage' });
		expect(out).toEqual([{ disk: '/dev/sda1', usedMiB: 0, totalMiB: 100352, usedPercent: 0 }]);
	});

	it('an empty answer (no key reached mailcow) points at the key, not at dockerapi', async () => {
		const result = await run(
			mailcow,
			{ resource: 'status', operation: 'getDiskUsage' },
			{ credentials: credentials(mailcow, '') },
		);
		expect(result.error?.message).toBe('Mailcow answered with an empty response');
		expect(result.error?.description).toContain('no valid API key');
		expect(wire(mailcow)).toEqual([
			{ method: 'GET', rawPath: '/api/v1/get/status/vmail', body: null },
		]);
	});

	it("keeps mailcow's unreadable answer in the error details, as a bad gateway", async () => {
		mailcow.state.mailContainers = false;
		const result = await run(mailcow, { resource: 'status', operation: 'getDiskUsage' });
		expect(result.error).toMatchObject({
			message: 'Mailcow could not read the disk usage of its vmail volume (item 0)',
			httpCode: '502',
			errorResponse: {
				body: '{"type":"info","disk":"","used":null,"total":null,"used_percent":null}',
			},
		});
	});

	it('explains a disk usage mailcow cannot read (dockerapi unreachable: empty figures)', async () => {
		mailcow.state.mailContainers = false;
		const result = await run(
			mailcow,
			{ resource: 'status', operation: 'getDiskUsage' },
			{ items: items({}, {}), continueOnFail: true },
		);
		expect(result.items.map((i) => [i.json.error, i.pairedItem])).toEqual([
			['Mailcow could not read the disk usage of its vmail volume (item 0)', { item: 0 }],
			['Mailcow could not read the disk usage of its vmail volume (item 1)', { item: 1 }],
		]);
	});

	it("gets mailcow's version", async () => {
		mailcow.state.version = '2026-07a';
		const out = await runOk(mailcow, { resource: 'status', operation: 'getVersion' });
		expect(wire(mailcow)).toEqual([
			{ method: 'GET', rawPath: '/api/v1/get/status/version', body: null },
		]);
		expect(out).toEqual([{ version: '2026-07a' }]);
	});

	it('pairs the version with each input item', async () => {
		mailcow.state.version = '2026-07a';
		const result = await run(
			mailcow,
			{ resource: 'status', operation: 'getVersion' },
			{ items: items({ run: 0 }, { run: 1 }) },
		);
		expect(result.items.map((i) => [i.json, i.pairedItem])).toEqual([
			[{ version: '2026-07a' }, { item: 0 }],
			[{ version: '2026-07a' }, { item: 1 }],
		]);
	});

	it('names a refused API key on Get Version', async () => {
		const wrongKey = ['WRONG', 'KEY', '000000'].join('-');
		const result = await run(
			mailcow,
			{ resource: 'status', operation: 'getVersion' },
			{ credentials: { mailcowApi: { baseUrl: mailcow.url, apiKey: wrongKey } } },
		);
		expect(result.items).toEqual([]);
		expect(result.error?.message).toMatch(/API key/);
		expect(JSON.stringify(result.error)).not.toContain(wrongKey);
	});
});
