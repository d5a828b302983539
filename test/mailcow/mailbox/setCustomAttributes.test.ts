import { byAddress, items, run, runOk, useMailcow, wire } from '../setup';

// Mailbox → Set Custom Attributes (edit/mailbox/custom-attribute): {items, attr: {attribute:
// [names], value: [values]}}; the new set replaces all of a mailbox's custom attributes, mailcow
// removes spaces from names, and different counts of names and values make it answer an empty
// 200 (a swallowed PHP error). Pairs of one name and one value cannot differ in count.
describe('Mailcow → Mailbox → Set Custom Attributes', () => {
	const mailcow = useMailcow();
	beforeEach(() => {
		mailcow.state.addDomain({ name: 'acme.test', mailboxes: 10, quota: 10240, maxquota: 2048 });
		mailcow.state.addMailbox({ username: 'jane@acme.test', password: 'Secret-123-abc' });
		mailcow.state.addMailbox({ username: 'joe@acme.test', password: 'Secret-123-abc' });
	});

	it('replaces the custom attributes of mailboxes, names as mailcow stores them', async () => {
		mailcow.state.customAttributes.set('jane@acme.test', { old: 'gone' });
		const out = await runOk(mailcow, {
			resource: 'mailbox',
			operation: 'setCustomAttributes',
			mailboxes: byAddress('jane@acme.test, joe@acme.test'),
			mailboxCustomAttributes: {
				attribute: [
					{ name: 'role', value: 'cow' },
					{ name: 'cost center', value: '42' },
				],
			},
		});
		expect(wire(mailcow)).toEqual([
			{
				method: 'POST',
				rawPath: '/api/v1/edit/mailbox/custom-attribute',
				body: {
					items: ['jane@acme.test', 'joe@acme.test'],
					attr: { attribute: ['role', 'costcenter'], value: ['cow', '42'] },
				},
			},
		]);
		expect(out).toEqual([
			{
				success: true,
				mailboxes: ['jane@acme.test', 'joe@acme.test'],
				customAttributes: { role: 'cow', costcenter: '42' },
				messages: ['Mailbox changed (jane@acme.test)', 'Mailbox changed (joe@acme.test)'],
			},
		]);
		expect(mailcow.state.customAttributes.get('jane@acme.test')).toEqual({
			role: 'cow',
			costcenter: '42',
		});
	});

	it('clears them with no attribute', async () => {
		mailcow.state.customAttributes.set('jane@acme.test', { old: 'gone' });
		const out = await runOk(mailcow, {
			resource: 'mailbox',
			operation: 'setCustomAttributes',
			mailboxes: byAddress('jane@acme.test'),
		});
		expect(wire(mailcow).map((r) => r.body)).toEqual([{ items: ['jane@acme.test'], attr: {} }]);
		expect(out[0]).toMatchObject({ success: true, customAttributes: {} });
		expect(mailcow.state.customAttributes.get('jane@acme.test')).toEqual({});
	});

	it('refuses two attributes of the same name before sending, paired with its item', async () => {
		const result = await run(
			mailcow,
			{
				resource: 'mailbox',
				operation: 'setCustomAttributes',
				mailboxes: byAddress('jane@acme.test'),
				mailboxCustomAttributes: {
					attribute: [
						{ name: '={{ $json.a }}', value: '1' },
						{ name: 'cost center', value: '2' },
					],
				},
			},
			{ items: items({ a: 'costcenter' }, { a: 'role' }), continueOnFail: true },
		);
		expect(wire(mailcow).map((r) => r.body)).toEqual([
			{ items: ['jane@acme.test'], attr: { attribute: ['role', 'costcenter'], value: ['1', '2'] } },
		]);
		expect(result.items.map((i) => i.pairedItem)).toEqual([{ item: 0 }, { item: 1 }]);
		expect(result.items[0].json.error).toBe(
			'Custom Attributes: "costcenter" is given twice (mailcow removes spaces from names) (item 0)',
		);
		expect(result.items[1].json).toMatchObject({
			customAttributes: { role: '1', costcenter: '2' },
		});
	});

	it('refuses an attribute without a name (spaces alone count as none), naming its position', async () => {
		const { error } = await run(mailcow, {
			resource: 'mailbox',
			operation: 'setCustomAttributes',
			mailboxes: byAddress('jane@acme.test'),
			mailboxCustomAttributes: {
				attribute: [
					{ name: 'role', value: '1' },
					{ name: '  ', value: '2' },
				],
			},
		});
		expect(error?.message).toBe('Custom Attributes: attribute 2 has no name (item 0)');
		expect(mailcow.requests).toEqual([]);
	});

	it('explains a mailbox that is not an address in plain English', async () => {
		const result = await run(mailcow, {
			resource: 'mailbox',
			operation: 'setCustomAttributes',
			mailboxes: 'jane',
			mailboxCustomAttributes: { attribute: [{ name: 'role', value: 'cow' }] },
		});
		expect(result.error?.message).toBe('Mailcow refused the request: username_invalid (jane)');
		expect(result.error?.description).toContain('The username is invalid');
	});
});
