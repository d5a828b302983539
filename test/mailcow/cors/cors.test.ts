import { items, readOnly, run, runOk, useMailcow, wire } from '../setup';

// CORS settings of mailcow's API (edit/cors; mailcow-observed-2.md "CORS"). There is no read
// route (get/cors answers 404), so the resource has Update only.
describe('Mailcow → CORS → Update', () => {
	const mailcow = useMailcow();

	it('sends origins and methods as lists (the string "GET, POST" would fail in mailcow)', async () => {
		const out = await runOk(mailcow, {
			resource: 'cors',
			operation: 'update',
			corsAllowedOrigins: 'https://app.acme.test, https://crm.acme.test:8443',
			corsAllowedMethods: ['GET', 'POST'],
		});
		expect(wire(mailcow)).toEqual([
			{
				method: 'POST',
				rawPath: '/api/v1/edit/cors',
				body: {
					attr: {
						allowed_origins: ['https://app.acme.test', 'https://crm.acme.test:8443'],
						allowed_methods: ['GET', 'POST'],
					},
				},
			},
		]);
		expect(out).toEqual([
			{
				success: true,
				allowedOrigins: ['https://app.acme.test', 'https://crm.acme.test:8443'],
				allowedMethods: ['GET', 'POST'],
				messages: ['CORS settings saved'],
			},
		]);
		expect(mailcow.state.cors).toEqual({
			origins: ['https://app.acme.test', 'https://crm.acme.test:8443'],
			methods: ['GET', 'POST'],
		});
	});

	it('refuses an origin with a path before sending, naming the field and the item', async () => {
		const result = await run(
			mailcow,
			{
				resource: 'cors',
				operation: 'update',
				corsAllowedOrigins: '={{ $json.origin }}',
				corsAllowedMethods: ['GET'],
			},
			{
				items: items({ origin: '*' }, { origin: 'https://app.acme.test/path' }),
				continueOnFail: true,
			},
		);
		expect(result.items.map((i) => i.pairedItem)).toEqual([{ item: 0 }, { item: 1 }]);
		expect(result.items[0].json).toMatchObject({ success: true, allowedOrigins: ['*'] });
		expect(result.items[1].json.error).toBe(
			'Allowed Origins: "https://app.acme.test/path" is not * or scheme://host[:port] (item 1)',
		);
		expect(mailcow.requests).toHaveLength(1);
	});

	it('accepts http origins with any letter case and refuses what is not a whole origin', async () => {
		const origins = ['HTTP://Intranet.acme.test:8080', 'xhttps://app.acme.test', 'https://[::1'];
		const result = await run(
			mailcow,
			{
				resource: 'cors',
				operation: 'update',
				corsAllowedOrigins: '={{ $json.origin }}',
				corsAllowedMethods: ['GET'],
			},
			{ items: items(...origins.map((origin) => ({ origin }))), continueOnFail: true },
		);
		expect(result.items[0].json).toMatchObject({
			success: true,
			allowedOrigins: ['HTTP://Intranet.acme.test:8080'],
		});
		// A scheme glued to text, and a host the URL parser refuses.
		expect(result.items.slice(1).map((i) => i.json.error)).toEqual(
			origins
				.slice(1)
				.map(
					(origin, i) =>
						`Allowed Origins: "${origin}" is not * or scheme://host[:port] (item ${i + 1})`,
				),
		);
		expect(mailcow.requests).toHaveLength(1);
	});

	it('explains an origin mailcow refuses in plain English', async () => {
		// A host with an underscore passes URL parsing but not mailcow's origin check (emulator).
		const result = await run(mailcow, {
			resource: 'cors',
			operation: 'update',
			corsAllowedOrigins: 'https://my_app.acme.test',
			corsAllowedMethods: ['GET'],
		});
		expect(result.error?.message).toBe('Mailcow refused the request: cors_invalid_origin');
		expect(result.error?.description).toContain(
			'An allowed origin is not * or scheme://host[:port]',
		);
		expect(mailcow.state.cors).toBeNull();
	});

	it('fails with the read-only key, saying the key may not write', async () => {
		const result = await run(
			mailcow,
			{
				resource: 'cors',
				operation: 'update',
				corsAllowedOrigins: '*',
				corsAllowedMethods: ['GET'],
			},
			{ credentials: readOnly(mailcow) },
		);
		expect(result.error?.message).toBe('Mailcow denied write access for this API key');
		expect(mailcow.state.cors).toBeNull();
	});
});
