import { byAddress, items, run, runOk, useMailcow, wire } from '../setup';

// Mailbox → Delete Tags (delete/mailbox/tag/{mailbox}) with a bare array of tags: mailcow answers
// mailbox_modified even for tags the mailbox does not have, "Cannot delete item" for [] and a
// plain "email invalid" when the path names no address.
describe('Mailcow → Mailbox → Delete Tags', () => {
	const mailcow = useMailcow();
	beforeEach(() => {
		mailcow.state.addDomain({ name: 'acme.test', mailboxes: 10, quota: 10240, maxquota: 2048 });
		mailcow.state.addMailbox({
			username: 'jane@acme.test',
			password: 'Secret-123-abc',
			tags: ['alpha', 'beta', 'keep'],
		});
		mailcow.state.addMailbox({
			username: 'joe@acme.test',
			password: 'Secret-123-abc',
			tags: ['alpha'],
		});
	});

	it('removes tags from a mailbox', async () => {
		const out = await runOk(mailcow, {
			resource: 'mailbox',
			operation: 'deleteTags',
			mailbox: byAddress('jane@acme.test'),
			mailboxTagsToDelete: 'alpha, beta',
		});
		expect(wire(mailcow)).toEqual([
			{
				method: 'POST',
				rawPath: '/api/v1/delete/mailbox/tag/jane%40acme.test',
				body: ['alpha', 'beta'],
			},
		]);
		expect(out).toEqual([
			{
				success: true,
				mailbox: 'jane@acme.test',
				tags: ['alpha', 'beta'],
				messages: ['Mailbox changed (jane@acme.test)'],
			},
		]);
		expect([...mailcow.state.mailboxes.get('jane@acme.test')!.tags]).toEqual(['keep']);
	});

	it('refuses an empty tag list before sending, and pairs each item', async () => {
		const result = await run(
			mailcow,
			{
				resource: 'mailbox',
				operation: 'deleteTags',
				mailbox: '={{ $json.who }}',
				mailboxTagsToDelete: '={{ $json.tags }}',
			},
			{
				items: items(
					{ who: 'jane@acme.test', tags: ' , ' },
					{ who: 'joe@acme.test', tags: 'alpha' },
				),
				continueOnFail: true,
			},
		);
		expect(wire(mailcow).map((r) => [r.rawPath, r.body])).toEqual([
			['/api/v1/delete/mailbox/tag/joe%40acme.test', ['alpha']],
		]);
		expect(result.items.map((i) => [i.json, i.pairedItem])).toEqual([
			[{ error: 'Tags to Delete: is required (item 0)' }, { item: 0 }],
			[
				{
					success: true,
					mailbox: 'joe@acme.test',
					tags: ['alpha'],
					messages: ['Mailbox changed (joe@acme.test)'],
				},
				{ item: 1 },
			],
		]);
	});

	it('explains a mailbox that is not an address in plain English', async () => {
		const result = await run(mailcow, {
			resource: 'mailbox',
			operation: 'deleteTags',
			mailbox: 'jane',
			mailboxTagsToDelete: 'alpha',
		});
		expect(result.error?.message).toBe(
			'Mailcow refused the request for mailbox "jane" (item 0): email invalid',
		);
		expect(result.error?.description).toContain('not an email address');
	});
});
