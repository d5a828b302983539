import { items, run, runOk, useMailcow, wire } from '../setup';

// edit/domain/footer (mailcow-observed-2.md, "Mailbox ACL … other mailbox edits"): every edit
// replaces the whole footer, the code reads `exclude` (not the documented `mbox_exclude`), an
// invalid or unknown domain stops the loop, and no route reads the footer back.
describe('Mailcow → Domain → Set Footer', () => {
	const mailcow = useMailcow();
	beforeEach(() => {
		mailcow.state.addDomain({ name: 'acme.test' });
		mailcow.state.addDomain({ name: 'other.test' });
		mailcow.state.addMailbox({ username: 'jane@acme.test', password: 'Secret-123-abc' });
	});

	it('sends the whole footer with `exclude`, for each item', async () => {
		const result = await run(
			mailcow,
			{
				resource: 'domain',
				operation: 'setFooter',
				domains: '={{ $json.domain }}',
				domainFooterHtml: '<p>Acme Ltd</p>',
				domainFooterPlain: 'Acme Ltd',
				domainFooterOptions: {
					domainFooterSkipReplies: true,
					domainFooterExclude: '={{ $json.exclude }}',
				},
			},
			{
				items: items(
					{ domain: 'acme.test', exclude: 'jane@acme.test' },
					{ domain: 'other.test', exclude: 'nobody@other.test' },
				),
			},
		);
		expect(result.error).toBeUndefined();
		expect(wire(mailcow)).toEqual(
			[
				['acme.test', 'jane@acme.test'],
				['other.test', 'nobody@other.test'],
			].map(([domain, excluded]) => ({
				method: 'POST',
				rawPath: '/api/v1/edit/domain/footer',
				body: {
					items: [domain],
					attr: {
						html: '<p>Acme Ltd</p>',
						plain: 'Acme Ltd',
						skip_replies: 1,
						exclude: [excluded],
					},
				},
			})),
		);
		expect(result.items.map((i) => [i.json, i.pairedItem])).toEqual([
			[
				{ success: true, domains: ['acme.test'], messages: ['Domain footer changed (acme.test)'] },
				{ item: 0 },
			],
			[
				{
					success: true,
					domains: ['other.test'],
					warnings: ['username_invalid (nobody@other.test)'],
					messages: ['username_invalid (nobody@other.test)', 'Domain footer changed (other.test)'],
				},
				{ item: 1 },
			],
		]);
		expect(mailcow.state.domainFooters.get('acme.test')).toEqual({
			html: '<p>Acme Ltd</p>',
			plain: 'Acme Ltd',
			skip_replies: 1,
			exclude: ['jane@acme.test'],
		});
	});

	it.each([
		[{ domainFooterPlain: 'Sent by Acme' }, { html: '', plain: 'Sent by Acme' }],
		[{ domainFooterHtml: '<p>Acme</p>' }, { html: '<p>Acme</p>', plain: '' }],
	])('clears what is left out (mailcow replaces the whole footer): %j', async (footer, sent) => {
		await runOk(mailcow, {
			resource: 'domain',
			operation: 'setFooter',
			domains: 'acme.test',
			...footer,
		});
		expect(mailcow.requests[0].body).toEqual({
			items: ['acme.test'],
			attr: { ...sent, skip_replies: 0, exclude: [] },
		});
	});

	it('says which domains got the footer when mailcow stops at an unknown one', async () => {
		const result = await run(mailcow, {
			resource: 'domain',
			operation: 'setFooter',
			domains: 'acme.test, nowhere.test, other.test',
			domainFooterPlain: 'Sent by Acme',
		});
		expect(result.error?.message).toBe(
			'Mailcow refused the request for domains "nowhere.test", "other.test" (item 0): access_denied',
		);
		expect(result.error?.description).toContain(
			'Failed items: nowhere.test, other.test\nSucceeded items: acme.test',
		);
		expect([...mailcow.state.domainFooters.keys()]).toEqual(['acme.test']);
	});

	// A skipped excluded address alone is a warning (see above); beside a domain mailcow stopped
	// at, the item fails and names that domain.
	it.each([
		['nowhere.test', '', 'access_denied'],
		[
			'acme.test, nowhere.test',
			'ghost@acme.test',
			'username_invalid (ghost@acme.test); access_denied',
		],
	])('fails naming the unknown domain of %s (excluded: %j)', async (domains, exclude, refusal) => {
		const result = await run(mailcow, {
			resource: 'domain',
			operation: 'setFooter',
			domains,
			domainFooterPlain: 'Sent by Acme',
			domainFooterOptions: { domainFooterExclude: exclude },
		});
		expect(result.error?.message).toBe(
			`Mailcow refused the request for domain "nowhere.test" (item 0): ${refusal}`,
		);
		expect(result.items).toEqual([]);
	});
});
