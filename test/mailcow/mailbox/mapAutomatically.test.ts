/* eslint-disable @n8n/community-nodes/no-hardcoded-secrets -- made-up mailbox passwords of the emulator's test data */
import { Expression } from 'n8n-workflow';
import { byName, items, run, runOk, useMailcow, wire } from '../setup';

// Mapping Mode "Map Automatically": a Create or Update takes its fields from the input item's
// JSON, by mailcow's names (local_part, quota) or the node's own (localPart, mailboxQuota); the
// object it works on (Domain, Mailboxes) stays a parameter. Same checks as the fields below.
describe('Mailcow → Mailbox → Create and Update → Map Automatically', () => {
	const mailcow = useMailcow();
	beforeEach(() => {
		mailcow.state.addDomain({ name: 'acme.test', mailboxes: 10, quota: 40960, maxquota: 4096 });
	});

	const create = {
		resource: 'mailbox',
		operation: 'create',
		mailboxDomain: byName('acme.test'),
		mappingMode: 'autoMapInputData',
	};

	it("sends the item's fields by mailcow's names, converted as in field mode", async () => {
		await runOk(mailcow, create, {
			items: items({
				local_part: 'Alice',
				name: 'Alice Acme',
				password: 'Pw-1234-long-enough',
				quota: '512',
				active: false,
				tags: 'staff, vip',
				protocol_access: ['imap', 'smtp'],
			}),
		});
		expect(wire(mailcow)).toEqual([
			{
				method: 'POST',
				rawPath: '/api/v1/add/mailbox',
				body: {
					domain: 'acme.test',
					local_part: 'Alice',
					name: 'Alice Acme',
					password: 'Pw-1234-long-enough',
					password2: 'Pw-1234-long-enough',
					quota: 512,
					active: 0,
					tags: ['staff', 'vip'],
					imap_access: 1,
					pop3_access: 0,
					smtp_access: 1,
					sieve_access: 0,
					eas_access: 0,
					dav_access: 0,
				},
			},
		]);
	});

	it("takes the node's own field names too, and sends the defaults field mode sends", async () => {
		const out = await runOk(mailcow, create, {
			items: items({ localPart: 'bob', mailboxName: 'Bob' }),
		});
		expect(mailcow.requests[0].body).toMatchObject({
			local_part: 'bob',
			name: 'Bob',
			quota: 3072,
			active: 1,
		});
		expect(out[0]).toMatchObject({ username: 'bob@acme.test' });
		expect(out[0].generatedPassword).toEqual(
			(mailcow.requests[0].body as Record<string, unknown>).password,
		);
	});

	it('names the field and the item of a bad value, and sends nothing for that item', async () => {
		const result = await run(mailcow, create, {
			items: items({ local_part: 'carol', quota: 100 }, { local_part: 'dave', quota: 'lots' }),
			continueOnFail: true,
		});
		expect(result.items.map((i) => i.json.error ?? i.json.username)).toEqual([
			'carol@acme.test',
			'Quota (MiB): "lots" is not a whole number (item 1)',
		]);
		expect(mailcow.requests).toHaveLength(1);
	});

	it('ignores unknown keys by default, and fails on them when asked', async () => {
		await runOk(mailcow, create, { items: items({ local_part: 'erin', crmId: 7 }) });
		expect(mailcow.requests[0].body).not.toHaveProperty('crmId');
		const result = await run(
			mailcow,
			{ ...create, unknownFields: 'fail' },
			{ items: items({ local_part: 'frank', crmId: 7 }) },
		);
		expect(result.error?.message).toBe('crmId: is not a field of this operation (item 0)');
		expect(mailcow.requests).toHaveLength(1);
	});

	it('updates the mailboxes named by the parameter with the fields of the item', async () => {
		mailcow.state.addMailbox({ username: 'gina@acme.test', password: 'Secret-123', quota: 100 });
		await runOk(
			mailcow,
			{
				resource: 'mailbox',
				operation: 'update',
				mailboxes: '={{ $json.email }}',
				mappingMode: 'autoMapInputData',
			},
			{ items: items({ email: 'gina@acme.test', quota: 300, sogo_access: 'no' }) },
		);
		expect(wire(mailcow)).toEqual([
			{
				method: 'POST',
				rawPath: '/api/v1/edit/mailbox',
				body: { items: ['gina@acme.test'], attr: { quota: 300, sogo_access: 0 } },
			},
		]);
	});

	it('refuses an update whose item holds no field to change, with nothing sent', async () => {
		mailcow.state.addMailbox({ username: 'gina@acme.test', password: 'Secret-123', quota: 100 });
		const { error } = await run(
			mailcow,
			{
				resource: 'mailbox',
				operation: 'update',
				mailboxes: '={{ $json.email }}',
				mappingMode: 'autoMapInputData',
			},
			{ items: items({ email: 'gina@acme.test' }) },
		);
		// Update Fields is hidden in this mode: the message speaks of the item.
		expect(error?.message).toBe('The item holds no field to change (item 0)');
		expect(error?.description).toBe(
			"With Map Automatically the fields come from the item's JSON: give it at least one of the operation's fields, by mailcow's name or the field's.",
		);
		expect(mailcow.requests).toHaveLength(0);
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
			await runOk(
				mailcow,
				{ ...create, localPart: '={{ $json.stale }}', mailboxName: '={{ $json.stale }}' },
				{
					items: items(
						...Array.from({ length: 3 }, (_, i) => ({ local_part: `u${i}`, quota: 10, name: 'U' })),
					),
				},
			);
		} finally {
			Expression.prototype.resolveSimpleParameterValue = original;
		}
		expect(Object.keys(counts).filter((k) => k.includes('$json'))).toEqual([]);
		expect(mailcow.requests).toHaveLength(3);
	});
});
