import { Expression, type IDataObject, type INodeParameters } from 'n8n-workflow';
import { json } from '../helpers/runNode';
import { byAddress, byName, runMigadu, runMigaduOk, useMigadu } from './helpers';

// Mapping Mode "Map Automatically" on every Create and Update: the fields come from the input
// item's JSON, by Migadu's names (local_part, destinations) or the node's own (localPart,
// newName), converted and checked as in field mode; the object worked on (Domain, Mailbox, the
// alias, identity, forwarding or rewrite) stays a parameter.
describe('Migadu → Create and Update → Map Automatically', () => {
	const migadu = useMigadu();
	const auto = { mappingMode: 'autoMapInputData' };
	const domain = byName('example.com');
	const mailbox = { domain, mailbox: byAddress('info@example.com') };

	/** Runs one operation on one item and returns the request the emulator received and the item. */
	async function send(parameters: INodeParameters, item: IDataObject) {
		migadu.clearRequests();
		const [out] = await runMigaduOk(migadu, {
			parameters: { ...auto, ...parameters },
			items: [{ json: item }],
		});
		expect(migadu.requests).toHaveLength(1);
		const { method, rawPath, body } = migadu.requests[0];
		return { request: { method, rawPath, body }, out };
	}

	it('Domain: Create and Update', async () => {
		const created = await send(
			{ resource: 'domain', operation: 'create' },
			{ name: 'Neu.example', description: 'CRM', greylisting_enabled: 'true' },
		);
		expect(created.request).toEqual({
			method: 'POST',
			rawPath: '/v1/domains',
			body: {
				name: 'neu.example',
				hosted_dns: false,
				create_default_addresses: true,
				description: 'CRM',
				greylisting_enabled: true,
			},
		});
		expect(created.out).toMatchObject({ name: 'neu.example', description: 'CRM' });
		const updated = await send(
			{ resource: 'domain', operation: 'update', domain },
			{ description: 'Main', senderDenylist: 'spam.example; bad@x.example' },
		);
		expect(updated.request).toEqual({
			method: 'PATCH',
			rawPath: '/v1/domains/example.com',
			body: { description: 'Main', sender_denylist: ['spam.example', 'bad@x.example'] },
		});
	});

	it('Mailbox: Create (password now) and Update', async () => {
		const created = await send(
			{ resource: 'mailbox', operation: 'create', domain },
			{ local_part: 'neo', name: 'Neo One', password: 'Pw-secret-123', may_send: false },
		);
		expect(created.request).toEqual({
			method: 'POST',
			rawPath: '/v1/domains/example.com/mailboxes',
			body: {
				local_part: 'neo',
				name: 'Neo One',
				password_method: 'password',
				password: 'Pw-secret-123',
				may_send: false,
			},
		});
		expect(created.out).toMatchObject({ address: 'neo@example.com', may_send: false });
		const updated = await send(
			{ resource: 'mailbox', operation: 'update', ...mailbox },
			{ name: 'Info Desk', spam_action: 'folder' },
		);
		expect(updated.request).toEqual({
			method: 'PUT',
			rawPath: '/v1/domains/example.com/mailboxes/info',
			body: { name: 'Info Desk', spam_action: 'folder' },
		});
	});

	it('Mailbox: Create by invitation takes the method and recovery address from the item', async () => {
		const created = await send(
			{ resource: 'mailbox', operation: 'create', domain },
			{
				localPart: 'trin',
				name: 'Trinity',
				password_method: 'invitation',
				password_recovery_email: 'trin@home.example',
			},
		);
		expect(created.request.body).toEqual({
			local_part: 'trin',
			name: 'Trinity',
			password_method: 'invitation',
			password_recovery_email: 'trin@home.example',
		});
	});

	it('Alias: Create and Update', async () => {
		const created = await send(
			{ resource: 'alias', operation: 'create', domain, alias: 'support' },
			{ destinations: 'info@example.com, sales@example.com', is_internal: true },
		);
		expect(created.request).toEqual({
			method: 'POST',
			rawPath: '/v1/domains/example.com/aliases',
			body: {
				destinations: ['info@example.com', 'sales@example.com'],
				is_internal: true,
				local_part: 'support',
			},
		});
		const updated = await send(
			{ resource: 'alias', operation: 'update', domain, alias: 'team' },
			{ destinations: ['info@example.com'] },
		);
		expect(updated.request).toEqual({
			method: 'PUT',
			rawPath: '/v1/domains/example.com/aliases/team',
			body: { destinations: ['info@example.com'] },
		});
		expect(updated.out).toMatchObject({ destinations: ['info@example.com'] });
	});

	it('Identity: Create (custom password) and Update', async () => {
		const created = await send(
			{ resource: 'identity', operation: 'create', ...mailbox, identity: 'hello' },
			{ name: 'Hello Desk', password_use: 'custom', password: 'Own-Secret-9' },
		);
		expect(created.request).toEqual({
			method: 'POST',
			rawPath: '/v1/domains/example.com/mailboxes/info/identities',
			body: {
				local_part: 'hello',
				name: 'Hello Desk',
				password_use: 'custom',
				password: 'Own-Secret-9',
			},
		});
		const updated = await send(
			{ resource: 'identity', operation: 'update', ...mailbox, identity: 'hello' },
			{ name: 'Hello Team', may_send: false },
		);
		expect(updated.request).toEqual({
			method: 'PUT',
			rawPath: '/v1/domains/example.com/mailboxes/info/identities/hello',
			body: { name: 'Hello Team', may_send: false },
		});
	});

	it('Forwarding: Create and Update', async () => {
		const created = await send(
			{ resource: 'forwarding', operation: 'create', ...mailbox },
			{ address: 'Boss@Bücher.example', expires_on: '2027-01-31' },
		);
		expect(created.request).toEqual({
			method: 'POST',
			rawPath: '/v1/domains/example.com/mailboxes/info/forwardings',
			body: { address: 'Boss@xn--bcher-kva.example', expires_on: '2027-01-31' },
		});
		const updated = await send(
			{
				resource: 'forwarding',
				operation: 'update',
				...mailbox,
				forwarding: 'Boss@xn--bcher-kva.example',
			},
			{ isActive: false },
		);
		expect(updated.request).toEqual({
			method: 'PUT',
			rawPath: '/v1/domains/example.com/mailboxes/info/forwardings/Boss%40xn--bcher-kva.example',
			body: { is_active: false },
		});
	});

	it('Rewrite: Create and Update (the node name newName renames)', async () => {
		const created = await send(
			{ resource: 'rewrite', operation: 'create', domain, rewrite: 'demo' },
			{
				local_part_rule: 'demo-*',
				destinations: ['info@example.com', 'sales@example.com'],
				order_num: '2',
			},
		);
		expect(created.request).toEqual({
			method: 'POST',
			rawPath: '/v1/domains/example.com/rewrites',
			body: {
				name: 'demo',
				local_part_rule: 'demo-*',
				destinations: 'info@example.com,sales@example.com',
				order_num: 2,
			},
		});
		const updated = await send(
			{ resource: 'rewrite', operation: 'update', domain, rewrite: 'demo' },
			{ newName: 'demo2' },
		);
		expect(updated.request).toEqual({
			method: 'PUT',
			rawPath: '/v1/domains/example.com/rewrites/demo',
			body: { name: 'demo2' },
		});
	});

	it('names the field and the item of a bad value and sends nothing for that item', async () => {
		const result = await runMigadu(migadu, {
			parameters: {
				...auto,
				resource: 'rewrite',
				operation: 'create',
				domain,
				rewrite: '={{ $json.id }}',
			},
			items: [
				{ json: { id: 'r1', local_part_rule: 'a-*', destinations: 'info@example.com' } },
				{
					json: {
						id: 'r2',
						local_part_rule: 'b-*',
						destinations: 'info@example.com',
						order_num: -1,
					},
				},
			],
			continueOnFail: true,
		});
		expect(json(result.items).map((i) => i.error ?? i.name)).toEqual([
			'r1',
			'Order: must be a whole number of 0 or more, not "-1" (item 1)',
		]);
		expect(migadu.requests).toHaveLength(1);
	});

	it('refuses an item with an unknown key when asked; locator keys count as known', async () => {
		const item = { email: 'info@example.com', name: 'Info', crmId: 7 };
		const parameters = {
			...auto,
			resource: 'mailbox',
			operation: 'update',
			domain,
			mailbox: '={{ $json.email }}',
		};
		await runMigaduOk(migadu, { parameters, items: [{ json: item }] });
		expect(migadu.requests[0].body).toEqual({ name: 'Info' });
		migadu.clearRequests();
		const result = await runMigadu(migadu, {
			parameters: { ...parameters, unknownFields: 'fail' },
			items: [{ json: item }],
		});
		expect(result.error?.message).toBe('email: is not a field of this operation (item 0)');
		// The description lists the names the item may use, the API's and the fields' own.
		expect(result.error?.description).toMatch(
			/^Check the "email" field of item 0\. Known fields: (\w+, )+name, (\w+, )+\w+\. Set "Unknown Fields" to Ignore to leave other keys out\.$/,
		);
		expect(migadu.requests).toHaveLength(0);
		const known = await runMigadu(migadu, {
			parameters: { ...parameters, mailbox: '={{ $json.mailbox }}', unknownFields: 'fail' },
			items: [{ json: { mailbox: 'info@example.com', name: 'Info' } }],
		});
		expect(known.error).toBeUndefined();
		expect(migadu.requests).toHaveLength(1);
	});

	it('evaluates no expression per field, even with expressions left in the hidden fields', async () => {
		const counts: Record<string, number> = {};
		const original = Expression.prototype.resolveSimpleParameterValue;
		Expression.prototype.resolveSimpleParameterValue = function (
			this: Expression,
			...args: Parameters<typeof original>
		) {
			const key = String(args[0]);
			counts[key] = (counts[key] ?? 0) + 1;
			return original.apply(this, args);
		} as typeof original;
		try {
			await runMigaduOk(migadu, {
				parameters: {
					...auto,
					resource: 'mailbox',
					operation: 'create',
					domain,
					localPart: '={{ $json.stale }}',
					name: '={{ $json.stale }}',
					mailboxAdditionalFields: { maySend: '={{ $json.stale }}' },
				},
				items: Array.from({ length: 3 }, (_, i) => ({
					json: { local_part: `u${i}`, name: 'U', password: 'Pw-secret-123', may_send: true },
				})),
			});
		} finally {
			Expression.prototype.resolveSimpleParameterValue = original;
		}
		expect(Object.keys(counts).filter((k) => k.includes('$json'))).toEqual([]);
		expect(migadu.requests).toHaveLength(3);
	});
});
