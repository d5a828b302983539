import { byAddress, items, run, runOk, useMailcow, wire } from '../setup';

// Mailbox → Rename (undocumented edit/rename-mbox): {attr: {domain, old_local_part,
// new_local_part, create_alias}} (items are ignored). Mailcow moves the mailbox with its aliases,
// tags and settings, answers ["mailbox_renamed", old, new], preceded by ["alias_added", old, id]
// when it leaves an alias old → new; an existing target is a raw database message.
describe('Mailcow → Mailbox → Rename', () => {
	const mailcow = useMailcow();
	beforeEach(() => {
		mailcow.state.addDomain({ name: 'acme.test', mailboxes: 10, quota: 10240, maxquota: 2048 });
		mailcow.state.addMailbox({ username: 'ren1@acme.test', password: 'Secret-123-abc' });
		mailcow.state.addMailbox({ username: 'taken@acme.test', password: 'Secret-123-abc' });
		mailcow.state.addAlias({ address: 'toren@acme.test', goto: ['ren1@acme.test'], active: 1 });
	});

	it('renames a mailbox, leaving an alias at the old address', async () => {
		const out = await runOk(mailcow, {
			resource: 'mailbox',
			operation: 'rename',
			mailbox: byAddress('ren1@acme.test'),
			mailboxNewLocalPart: 'Ren2',
		});
		// The new local part in lower case: mailcow keeps its case, and then refuses to rename or
		// find the mailbox by its stored name.
		expect(wire(mailcow)).toEqual([
			{
				method: 'POST',
				rawPath: '/api/v1/edit/rename-mbox',
				body: {
					attr: {
						domain: 'acme.test',
						old_local_part: 'ren1',
						new_local_part: 'ren2',
						create_alias: 1,
					},
				},
			},
		]);
		const alias = mailcow.state.aliasByAddress('ren1@acme.test')!;
		expect(out).toEqual([
			{
				success: true,
				mailbox: 'ren1@acme.test',
				newAddress: 'ren2@acme.test',
				aliasId: alias.id,
				messages: [
					`Alias added (ren1@acme.test, ${alias.id})`,
					'Mailbox renamed (ren1@acme.test, ren2@acme.test)',
				],
			},
		]);
		expect(mailcow.state.mailboxes.has('ren2@acme.test')).toBe(true);
		expect(mailcow.state.mailboxes.has('ren1@acme.test')).toBe(false);
	});

	it('explains an address that is already taken in plain English', async () => {
		const result = await run(mailcow, {
			resource: 'mailbox',
			operation: 'rename',
			mailbox: byAddress('ren1@acme.test'),
			mailboxNewLocalPart: 'taken',
			mailboxRenameCreateAlias: false,
		});
		expect(wire(mailcow).map((r) => r.body)).toEqual([
			{
				attr: {
					domain: 'acme.test',
					old_local_part: 'ren1',
					new_local_part: 'taken',
					create_alias: 0,
				},
			},
		]);
		expect(result.error?.message).toBe(
			'Mailcow refused the request for mailbox "ren1@acme.test" (item 0): ' +
				"SQLSTATE[23000]: Integrity constraint violation: 1062 Duplicate entry 'taken@acme.test' for key 'PRIMARY'",
		);
		expect(result.error?.description).toContain('already has an object of that name');
		expect(mailcow.state.mailboxes.has('ren1@acme.test')).toBe(true);
	});

	it.each([
		['@acme.test', 'x', 'Mailbox: enter the full address (local part@domain) (item 0)'],
		['ren1@', 'x', 'Mailbox: enter the full address (local part@domain) (item 0)'],
		// Any case of the current local part: mailcow stores local parts in lower case.
		['Ren1@acme.test', 'REN1', 'New Local Part: is the current local part (item 0)'],
	])('refuses %s → %s before sending', async (who, to, message) => {
		const { error } = await run(mailcow, {
			resource: 'mailbox',
			operation: 'rename',
			// Mapped: the editor's own check stops a typed value of the first two.
			mailbox: `={{ ${JSON.stringify(who)} }}`,
			mailboxNewLocalPart: to,
		});
		expect(error?.message).toBe(message);
		expect(mailcow.requests).toHaveLength(0);
	});

	it('refuses a mailbox that is not a full address before sending, paired with its item', async () => {
		const result = await run(
			mailcow,
			{
				resource: 'mailbox',
				operation: 'rename',
				mailbox: '={{ $json.who }}',
				mailboxNewLocalPart: '={{ $json.to }}',
				mailboxRenameCreateAlias: false,
			},
			{
				items: items({ who: 'ren1', to: 'x' }, { who: 'ren1@acme.test', to: 'ren9' }),
				continueOnFail: true,
			},
		);
		expect(wire(mailcow).map((r) => r.body)).toEqual([
			{
				attr: {
					domain: 'acme.test',
					old_local_part: 'ren1',
					new_local_part: 'ren9',
					create_alias: 0,
				},
			},
		]);
		expect(result.items.map((i) => [i.json, i.pairedItem])).toEqual([
			[{ error: 'Mailbox: enter the full address (local part@domain) (item 0)' }, { item: 0 }],
			[
				{
					success: true,
					mailbox: 'ren1@acme.test',
					newAddress: 'ren9@acme.test',
					messages: ['Mailbox renamed (ren1@acme.test, ren9@acme.test)'],
				},
				{ item: 1 },
			],
		]);
	});
});
