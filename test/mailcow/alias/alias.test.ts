import { items, run, runOk, useMailcow, wire } from '../setup';

describe('Mailcow → Alias', () => {
	const mailcow = useMailcow();
	beforeEach(() => {
		mailcow.state.addDomain({ name: 'acme.test' });
		mailcow.state.addMailbox({ username: 'alice@acme.test', password: 'Secret-123', quota: 100 });
	});
	const seedSales = () =>
		mailcow.state.addAlias({ address: 'sales@acme.test', goto: ['alice@acme.test'], active: 1 });

	describe('Create', () => {
		it('sends a flat body with active sent explicitly and returns the new id from msg[2]', async () => {
			const out = await runOk(mailcow, {
				resource: 'alias',
				operation: 'create',
				aliasAddress: 'info@acme.test',
				aliasGoto: 'alice@acme.test, bob@example.org',
				aliasOptions: { sogo_visible: true, private_comment: 'shared inbox' },
			});
			expect(wire(mailcow)).toEqual([
				{
					method: 'POST',
					rawPath: '/api/v1/add/alias',
					body: {
						address: 'info@acme.test',
						goto: 'alice@acme.test,bob@example.org',
						active: 1,
						sender_allowed: 1,
						sogo_visible: 1,
						private_comment: 'shared inbox',
					},
				},
			]);
			const alias = mailcow.state.aliasByAddress('info@acme.test')!;
			expect(out).toEqual([
				{
					success: true,
					address: 'info@acme.test',
					senderAllowed: true,
					id: alias.id,
					messages: [`Alias added (info@acme.test, ${alias.id})`],
				},
			]);
			expect(alias).toMatchObject({
				goto: 'alice@acme.test,bob@example.org',
				active: 1,
				sogoVisible: 1,
			});
		});

		// mailcow 2026-01+ stores an omitted sender_allowed as 0 (issue #7058); its own form sends 1.
		it('lets the mailboxes behind a new alias send as it unless switched off', async () => {
			const out = await runOk(mailcow, {
				resource: 'alias',
				operation: 'create',
				aliasAddress: 'team@acme.test',
				aliasGoto: 'alice@acme.test',
			});
			expect(mailcow.requests[0].body).toMatchObject({ sender_allowed: 1 });
			expect(mailcow.state.aliasByAddress('team@acme.test')).toMatchObject({ senderAllowed: 1 });
			expect(out[0]).toMatchObject({ address: 'team@acme.test', senderAllowed: true });

			const off = await runOk(mailcow, {
				resource: 'alias',
				operation: 'create',
				aliasAddress: 'noreply@acme.test',
				aliasGoto: 'alice@acme.test',
				aliasOptions: { sender_allowed: false },
			});
			expect(mailcow.requests[1].body).toMatchObject({ sender_allowed: 0 });
			expect(off[0]).toMatchObject({ address: 'noreply@acme.test', senderAllowed: false });
			expect(mailcow.state.aliasByAddress('noreply@acme.test')).toMatchObject({
				senderAllowed: 0,
			});

			const got = await runOk(mailcow, {
				resource: 'alias',
				operation: 'get',
				alias: 'team@acme.test',
			});
			expect(got[0]).toMatchObject({ address: 'team@acme.test', senderAllowed: true });
		});

		it('switches the send permission of existing aliases on Update', async () => {
			const alias = seedSales();
			expect(alias.senderAllowed).toBe(0);
			await runOk(mailcow, {
				resource: 'alias',
				operation: 'update',
				aliases: 'sales@acme.test',
				aliasUpdateFields: { sender_allowed: true },
			});
			// The read first: an edit without destinations keeps a special one (see Update).
			expect(mailcow.requests[1].body).toEqual({
				items: ['sales@acme.test'],
				attr: { sender_allowed: 1 },
			});
			expect(mailcow.state.aliasByAddress('sales@acme.test')).toMatchObject({ senderAllowed: 1 });
		});

		it.each([
			['null', 'goto_null', 'null@localhost'],
			['spam', 'goto_spam', 'spam@localhost'],
			['ham', 'goto_ham', 'ham@localhost'],
		])('creates a catch-all with the special destination %s', async (type, flag, stored) => {
			await runOk(mailcow, {
				resource: 'alias',
				operation: 'create',
				aliasAddress: '@acme.test',
				aliasDestinationType: type,
			});
			expect(mailcow.requests[0].body).toEqual({
				address: '@acme.test',
				active: 1,
				sender_allowed: 1,
				[flag]: 1,
			});
			expect(mailcow.state.aliasByAddress('@acme.test')).toMatchObject({ goto: stored });
		});

		it('needs destinations for the type Addresses and refuses a malformed address', async () => {
			const missing = await run(mailcow, {
				resource: 'alias',
				operation: 'create',
				aliasAddress: 'x@acme.test',
				aliasGoto: '={{ "" }}',
			});
			expect(missing.error?.message).toBe(
				'Destinations: is required (or choose a special destination type) (item 0)',
			);
			const bad = await run(mailcow, {
				resource: 'alias',
				operation: 'create',
				aliasAddress: 'x y@acme.test',
				aliasGoto: 'a@b.test',
			});
			expect(bad.error?.message).toContain('Address: "x y@acme.test" is not an address');
			expect(mailcow.requests).toHaveLength(0);
		});

		it('refuses several addresses in Address before sending (mailcow would add one alias each)', async () => {
			const { error } = await run(mailcow, {
				resource: 'alias',
				operation: 'create',
				aliasAddress: 'info@acme.test, sales@acme.test',
				aliasGoto: 'alice@acme.test',
			});
			expect(error?.message).toBe(
				'Address: "info@acme.test, sales@acme.test" is not an address such as info@example.com (or @example.com for a catch-all): it holds more than one address; give one alias per item (item 0)',
			);
			expect(mailcow.requests).toEqual([]);
			expect(mailcow.state.aliases.size).toBe(0);
		});

		// mailcow drops an invalid destination with goto_invalid and adds the alias with the others.
		it('creates the alias with the valid destinations, outputs its id and warns about the refused one', async () => {
			const out = await runOk(mailcow, {
				resource: 'alias',
				operation: 'create',
				aliasAddress: 'info@acme.test',
				aliasGoto: 'not-an-email, alice@acme.test',
			});
			expect(wire(mailcow)).toEqual([
				{
					method: 'POST',
					rawPath: '/api/v1/add/alias',
					body: {
						address: 'info@acme.test',
						goto: 'not-an-email,alice@acme.test',
						active: 1,
						sender_allowed: 1,
					},
				},
			]);
			const alias = mailcow.state.aliasByAddress('info@acme.test')!;
			expect(alias.goto).toBe('alice@acme.test');
			expect(out).toEqual([
				{
					success: true,
					address: 'info@acme.test',
					senderAllowed: true,
					id: alias.id,
					warnings: ['goto_invalid (@)'],
					messages: ['goto_invalid (@)', `Alias added (info@acme.test, ${alias.id})`],
				},
			]);
		});

		// mailcow skips an address that is also one of its destinations and answers "Task completed".
		it('fails when mailcow adds no alias because the address is one of its own destinations', async () => {
			const { error, items: out } = await run(mailcow, {
				resource: 'alias',
				operation: 'create',
				aliasAddress: 'info@acme.test',
				aliasGoto: 'info@acme.test, alice@acme.test',
			});
			expect(wire(mailcow)).toEqual([
				{
					method: 'POST',
					rawPath: '/api/v1/add/alias',
					body: {
						address: 'info@acme.test',
						goto: 'info@acme.test,alice@acme.test',
						active: 1,
						sender_allowed: 1,
					},
				},
			]);
			expect(mailcow.state.aliases.size).toBe(0);
			expect(out).toEqual([]);
			expect(error?.message).toBe('Mailcow added no alias "info@acme.test" (item 0)');
			expect(error?.description).toBe(
				'Mailcow answered "Task completed" without adding the alias: it skips an address that is also one of its destinations. Remove the address from Destinations.',
			);
		});

		it('fails on an address already used by a mailbox', async () => {
			const { error } = await run(mailcow, {
				resource: 'alias',
				operation: 'create',
				aliasAddress: 'alice@acme.test',
				aliasGoto: 'x@example.org',
			});
			expect(error?.message).toBe(
				'Mailcow refused the request: is_alias_or_mailbox (alice@acme.test)',
			);
		});
	});

	describe('Get', () => {
		it('finds an alias by id or by address and simplifies it', async () => {
			const alias = seedSales();
			const byId = await runOk(mailcow, {
				resource: 'alias',
				operation: 'get',
				alias: String(alias.id),
			});
			const byAddress = await runOk(mailcow, {
				resource: 'alias',
				operation: 'get',
				alias: 'sales@acme.test',
			});
			expect(mailcow.requests.map((r) => r.rawPath)).toEqual([
				`/api/v1/get/alias/${alias.id}`,
				'/api/v1/get/alias/sales%40acme.test',
			]);
			expect(byId).toEqual(byAddress);
			expect(byId[0]).toMatchObject({
				id: alias.id,
				address: 'sales@acme.test',
				destinationType: 'addresses',
				destinations: ['alice@acme.test'],
				active: true,
				catchAll: false,
			});
		});

		it('reads a special destination as its type with no destinations, and both comments', async () => {
			const alias = mailcow.state.addAlias({
				address: '@acme.test',
				goto: 'spam@localhost',
				publicComment: 'spam trap',
				privateComment: 'set up by the helpdesk',
			});
			const out = await runOk(mailcow, {
				resource: 'alias',
				operation: 'get',
				alias: '@acme.test',
			});
			expect(wire(mailcow)).toEqual([
				{ method: 'GET', rawPath: '/api/v1/get/alias/%40acme.test', body: null },
			]);
			expect(out).toEqual([
				{
					id: alias.id,
					address: '@acme.test',
					domain: 'acme.test',
					destinationType: 'spam',
					destinations: [],
					active: true,
					catchAll: true,
					sogoVisible: false,
					senderAllowed: false,
					internal: false,
					publicComment: 'spam trap',
					privateComment: 'set up by the helpdesk',
					created: alias.created,
					modified: null,
				},
			]);
		});

		it('is a not-found error for an unknown alias', async () => {
			const { error } = await run(mailcow, { resource: 'alias', operation: 'get', alias: '999' });
			expect(error?.message).toBe('The alias "999" was not found (item 0)');
		});
	});

	describe('Get Many', () => {
		it('lists all aliases or those of some domains', async () => {
			seedSales();
			mailcow.state.addDomain({ name: 'beta.test' });
			mailcow.state.addAlias({ address: 'info@beta.test', goto: 'x@example.org', active: 1 });
			const all = await runOk(mailcow, { resource: 'alias', operation: 'getAll', returnAll: true });
			const beta = await runOk(mailcow, {
				resource: 'alias',
				operation: 'getAll',
				returnAll: true,
				aliasDomains: 'beta.test',
			});
			expect(mailcow.requests.map((r) => r.rawPath)).toEqual([
				'/api/v1/get/alias/all',
				'/api/v1/get/alias/all/beta.test',
			]);
			expect(all.map((a) => a.address)).toEqual(['sales@acme.test', 'info@beta.test']);
			expect(beta.map((a) => a.address)).toEqual(['info@beta.test']);
		});

		it('refuses a domain filter that would reach another route, naming the field, before sending', async () => {
			const { error } = await run(mailcow, {
				resource: 'alias',
				operation: 'getAll',
				returnAll: true,
				aliasDomains: 'acme.test&query=get/status/version',
			});
			expect(mailcow.requests).toEqual([]);
			expect(error?.message).toMatch(/^Domains: .+ \(item 0\)$/);
		});
	});

	describe('Update', () => {
		it('sends {items, attr} by id or address', async () => {
			const alias = seedSales();
			const out = await runOk(mailcow, {
				resource: 'alias',
				operation: 'update',
				aliases: `${alias.id}`,
				aliasUpdateFields: { goto: 'bob@example.org', active: false, public_comment: 'moved' },
			});
			expect(wire(mailcow)).toEqual([
				{
					method: 'POST',
					rawPath: '/api/v1/edit/alias',
					body: {
						items: [String(alias.id)],
						attr: { goto: 'bob@example.org', active: 0, public_comment: 'moved' },
					},
				},
			]);
			expect(out).toEqual([
				{
					success: true,
					aliases: [String(alias.id)],
					messages: ['Alias changed (sales@acme.test)'],
				},
			]);
			expect(mailcow.state.aliases.get(alias.id)).toMatchObject({
				goto: 'bob@example.org',
				active: 0,
			});
		});

		it('switches to a special destination', async () => {
			seedSales();
			await runOk(mailcow, {
				resource: 'alias',
				operation: 'update',
				aliases: 'sales@acme.test',
				aliasUpdateFields: { special: 'spam', active: false },
			});
			// A destination is given: nothing to read first.
			expect(wire(mailcow)).toEqual([
				{
					method: 'POST',
					rawPath: '/api/v1/edit/alias',
					body: { items: ['sales@acme.test'], attr: { goto_spam: 1, active: 0 } },
				},
			]);
			expect(mailcow.state.aliasByAddress('sales@acme.test')).toMatchObject({
				goto: 'spam@localhost',
			});
		});

		it('refuses new destinations beside a special destination, before sending', async () => {
			seedSales();
			const { error } = await run(mailcow, {
				resource: 'alias',
				operation: 'update',
				aliases: 'sales@acme.test',
				aliasUpdateFields: { goto: 'bob@example.org', special: 'spam' },
			});
			expect(error?.message).toBe(
				'Destinations: leave empty when the destination type is spam (item 0)',
			);
			expect(mailcow.requests).toEqual([]);
			expect(mailcow.state.aliasByAddress('sales@acme.test')).toMatchObject({
				goto: 'alice@acme.test',
			});
		});

		it('fails when a danger entry comes beside the success entry (invalid goto): mailcow saved nothing', async () => {
			seedSales();
			const { error } = await run(mailcow, {
				resource: 'alias',
				operation: 'update',
				aliases: 'sales@acme.test',
				aliasUpdateFields: { goto: 'not-an-email', active: false },
			});
			expect(error?.message).toBe('Mailcow refused the request: goto_invalid (not-an-email)');
			expect(error?.description).toContain('or nothing at all when no valid destination was left');
			expect(error?.description).toContain(
				'Succeeded in the same call: alias_modified (sales@acme.test)',
			);
			// With no valid destination left, mailcow skips the whole change, Active included.
			expect(mailcow.state.aliasByAddress('sales@acme.test')).toMatchObject({
				goto: 'alice@acme.test',
				active: 1,
			});
		});

		// mailcow drops each invalid destination, saves the rest with the other changes and answers
		// goto_invalid beside alias_modified: the change was made, so the item succeeds and warns.
		it('succeeds with a warning naming the dropped destination when mailcow saved the valid ones', async () => {
			seedSales();
			const out = await runOk(mailcow, {
				resource: 'alias',
				operation: 'update',
				aliases: 'sales@acme.test',
				aliasUpdateFields: { goto: 'bob@acme.test, not-an-email', active: false },
			});
			expect(wire(mailcow)).toEqual([
				{
					method: 'POST',
					rawPath: '/api/v1/edit/alias',
					body: {
						items: ['sales@acme.test'],
						attr: { goto: 'bob@acme.test,not-an-email', active: 0 },
					},
				},
			]);
			expect(out).toEqual([
				{
					success: true,
					aliases: ['sales@acme.test'],
					warnings: ['goto_invalid (not-an-email)'],
					messages: ['goto_invalid (not-an-email)', 'Alias changed (sales@acme.test)'],
				},
			]);
			expect(mailcow.state.aliasByAddress('sales@acme.test')).toMatchObject({
				goto: 'bob@acme.test',
				active: 0,
			});
		});

		it('warns about each alias of the item when every alias kept a valid destination', async () => {
			seedSales();
			mailcow.state.addAlias({ address: 'info@acme.test', goto: 'alice@acme.test', active: 1 });
			const out = await runOk(mailcow, {
				resource: 'alias',
				operation: 'update',
				aliases: 'sales@acme.test, info@acme.test',
				aliasUpdateFields: { goto: 'bad-one; bob@acme.test bad-two' },
			});
			expect(out).toEqual([
				{
					success: true,
					aliases: ['sales@acme.test', 'info@acme.test'],
					warnings: [
						'goto_invalid (bad-one)',
						'goto_invalid (bad-two)',
						'goto_invalid (bad-one)',
						'goto_invalid (bad-two)',
					],
					messages: [
						'goto_invalid (bad-one)',
						'goto_invalid (bad-two)',
						'Alias changed (sales@acme.test)',
						'goto_invalid (bad-one)',
						'goto_invalid (bad-two)',
						'Alias changed (info@acme.test)',
					],
				},
			]);
			expect(mailcow.state.aliasByAddress('info@acme.test')?.goto).toBe('bob@acme.test');
		});

		// The alias's own address is dropped too (alias_goto_identical): for sales@ nothing is left.
		it('fails when one alias of the item kept no destination, although the other was saved', async () => {
			seedSales();
			mailcow.state.addAlias({ address: 'info@acme.test', goto: 'alice@acme.test', active: 1 });
			const { error } = await run(mailcow, {
				resource: 'alias',
				operation: 'update',
				aliases: 'info@acme.test, sales@acme.test',
				aliasUpdateFields: { goto: 'sales@acme.test, not-an-email' },
			});
			expect(error?.message).toBe(
				'Mailcow refused the request for alias "sales@acme.test" (item 0): goto_invalid (not-an-email); alias_goto_identical; goto_invalid (not-an-email)',
			);
			// mailcow answers alias_modified for both; only info@ was saved.
			expect(error?.description).toContain('Failed items: sales@acme.test\n');
			expect(error?.description).toContain('Succeeded items: info@acme.test\n');
			expect(mailcow.state.aliasByAddress('info@acme.test')?.goto).toBe('sales@acme.test');
			expect(mailcow.state.aliasByAddress('sales@acme.test')?.goto).toBe('alice@acme.test');
		});

		it('names by id the alias that kept no destination, and an unknown one', async () => {
			const sales = seedSales();
			const info = mailcow.state.addAlias({
				address: 'info@acme.test',
				goto: 'alice@acme.test',
				active: 1,
			});
			const { error } = await run(mailcow, {
				resource: 'alias',
				operation: 'update',
				aliases: `${info.id}, ${sales.id}, 9999`,
				aliasUpdateFields: { goto: 'sales@acme.test, not-an-email' },
			});
			expect(error?.description).toContain(`Failed items: ${sales.id}, 9999\n`);
			expect(error?.description).toContain(`Succeeded items: ${info.id}\n`);
			expect(mailcow.state.aliasByAddress('info@acme.test')?.goto).toBe('sales@acme.test');
		});

		it('fails when the only valid destination is the alias itself and nothing is left', async () => {
			seedSales();
			const { error } = await run(mailcow, {
				resource: 'alias',
				operation: 'update',
				aliases: 'sales@acme.test',
				aliasUpdateFields: { goto: 'sales@acme.test, not-an-email', active: false },
			});
			expect(error?.message).toBe(
				'Mailcow refused the request for alias "sales@acme.test" (item 0): alias_goto_identical; goto_invalid (not-an-email)',
			);
			expect(mailcow.state.aliasByAddress('sales@acme.test')).toMatchObject({
				goto: 'alice@acme.test',
				active: 1,
			});
		});

		it('fails when mailcow saved the valid destinations but another alias of the item is unknown', async () => {
			seedSales();
			const { error } = await run(mailcow, {
				resource: 'alias',
				operation: 'update',
				aliases: 'sales@acme.test, nobody@acme.test',
				aliasUpdateFields: { goto: 'bob@acme.test, not-an-email' },
			});
			// mailcow names an unknown alias by the address of the alias before it.
			expect(error?.message).toBe(
				'Mailcow refused the request: goto_invalid (not-an-email); alias_invalid (nobody@acme.test)',
			);
			expect(error?.description).toContain('Failed items: nobody@acme.test\n');
			expect(error?.description).toContain('Succeeded items: sales@acme.test\n');
			expect(mailcow.state.aliasByAddress('sales@acme.test')?.goto).toBe('bob@acme.test');
		});

		it('renames an alias with New Address, its destinations checked again and kept', async () => {
			const sales = seedSales();
			const out = await runOk(mailcow, {
				resource: 'alias',
				operation: 'update',
				aliases: 'sales@acme.test',
				aliasUpdateFields: { address: 'team@acme.test' },
			});
			expect(wire(mailcow)).toEqual([
				{ method: 'GET', rawPath: '/api/v1/get/alias/sales%40acme.test', body: null },
				{
					method: 'POST',
					rawPath: '/api/v1/edit/alias',
					body: { items: ['sales@acme.test'], attr: { address: 'team@acme.test' } },
				},
			]);
			expect(out).toEqual([
				{
					success: true,
					aliases: ['sales@acme.test'],
					messages: ['Alias changed (team@acme.test)'],
				},
			]);
			expect(mailcow.state.aliasByAddress('sales@acme.test')).toBeUndefined();
			expect(mailcow.state.aliasByAddress('team@acme.test')).toMatchObject({
				id: sales.id,
				goto: 'alice@acme.test',
			});
		});

		it('refuses before sending a New Address mailcow would refuse, or for several aliases', async () => {
			seedSales();
			mailcow.state.addAlias({ address: 'info@acme.test', goto: 'bob@acme.test', active: 1 });
			const { items: out } = await run(
				mailcow,
				{
					resource: 'alias',
					operation: 'update',
					aliases: '={{ $json.aliases }}',
					aliasUpdateFields: { address: '={{ $json.address }}' },
				},
				{
					items: items(
						{ aliases: 'sales@acme.test', address: 'team..x@acme.test' },
						{ aliases: 'sales@acme.test, info@acme.test', address: 'team@acme.test' },
					),
					continueOnFail: true,
				},
			);
			expect(out.map((i) => i.error?.message)).toEqual([
				'New Address: "team..x@acme.test" is not an address such as info@example.com (or @example.com for a catch-all): the part before @ is not valid (no spaces, quotes, or leading, trailing or double dots) (item 0)',
				'New Address: renames one alias; give one alias per item (item 1)',
			]);
			expect(mailcow.requests).toHaveLength(0);
		});

		it('fails a rename to an address of a domain mailcow lacks (access_denied)', async () => {
			seedSales();
			const { error } = await run(mailcow, {
				resource: 'alias',
				operation: 'update',
				aliases: 'sales@acme.test',
				aliasUpdateFields: { address: 'sales@elsewhere.test' },
			});
			expect(error?.message).toBe(
				'Mailcow refused the request for alias "sales@acme.test" (item 0): access_denied',
			);
			expect(mailcow.state.aliasByAddress('sales@acme.test')).toBeDefined();
		});

		it('fails a rename to an address another alias has, and keeps both', async () => {
			seedSales();
			mailcow.state.addAlias({ address: 'info@acme.test', goto: 'bob@acme.test', active: 1 });
			const { error } = await run(mailcow, {
				resource: 'alias',
				operation: 'update',
				aliases: 'sales@acme.test',
				aliasUpdateFields: { address: 'Info@acme.test', active: false },
			});
			expect(error?.message).toBe(
				'Mailcow refused the request: is_alias_or_mailbox (Info@acme.test)',
			);
			expect(mailcow.state.aliasByAddress('sales@acme.test')?.active).toBe(1);
			expect(mailcow.state.aliasByAddress('info@acme.test')?.goto).toBe('bob@acme.test');
		});

		// mailcow checks the stored destinations again; null@localhost fails FILTER_VALIDATE_EMAIL,
		// so the node reads the aliases first and sends the special destination's flag again.
		it('keeps the special destination of aliases edited without destinations', async () => {
			mailcow.state.addAlias({ address: 'void@acme.test', goto: 'null@localhost', active: 1 });
			mailcow.state.addAlias({ address: 'drop@acme.test', goto: 'null@localhost', active: 1 });
			const out = await runOk(mailcow, {
				resource: 'alias',
				operation: 'update',
				aliases: 'void@acme.test, drop@acme.test',
				aliasUpdateFields: { active: false },
			});
			expect(wire(mailcow)).toEqual([
				{ method: 'GET', rawPath: '/api/v1/get/alias/void%40acme.test', body: null },
				{ method: 'GET', rawPath: '/api/v1/get/alias/drop%40acme.test', body: null },
				{
					method: 'POST',
					rawPath: '/api/v1/edit/alias',
					body: {
						items: ['void@acme.test', 'drop@acme.test'],
						attr: { active: 0, goto_null: 1 },
					},
				},
			]);
			expect(out).toEqual([
				{
					success: true,
					aliases: ['void@acme.test', 'drop@acme.test'],
					messages: ['Alias changed (void@acme.test)', 'Alias changed (drop@acme.test)'],
				},
			]);
			for (const address of ['void@acme.test', 'drop@acme.test'])
				expect(mailcow.state.aliasByAddress(address)).toMatchObject({
					goto: 'null@localhost',
					active: 0,
				});
		});

		it('keeps a learning destination, and sends no flag for aliases that forward', async () => {
			mailcow.state.addAlias({ address: 'learn@acme.test', goto: 'spam@localhost', active: 1 });
			await runOk(mailcow, {
				resource: 'alias',
				operation: 'update',
				aliases: 'learn@acme.test',
				aliasUpdateFields: { private_comment: 'trap' },
			});
			seedSales();
			await runOk(mailcow, {
				resource: 'alias',
				operation: 'update',
				aliases: 'sales@acme.test',
				aliasUpdateFields: { private_comment: 'team' },
			});
			expect(wire(mailcow).filter((r) => r.method === 'POST')).toEqual([
				{
					method: 'POST',
					rawPath: '/api/v1/edit/alias',
					body: { items: ['learn@acme.test'], attr: { private_comment: 'trap', goto_spam: 1 } },
				},
				{
					method: 'POST',
					rawPath: '/api/v1/edit/alias',
					body: { items: ['sales@acme.test'], attr: { private_comment: 'team' } },
				},
			]);
			expect(mailcow.state.aliasByAddress('learn@acme.test')?.goto).toBe('spam@localhost');
		});

		it('refuses to edit aliases of different destination types together without destinations', async () => {
			seedSales();
			mailcow.state.addAlias({ address: 'void@acme.test', goto: 'null@localhost', active: 1 });
			const { error } = await run(mailcow, {
				resource: 'alias',
				operation: 'update',
				aliases: 'sales@acme.test, void@acme.test',
				aliasUpdateFields: { active: false },
			});
			expect(error?.message).toBe(
				'Special Destination: is needed to update aliases of different destination types together (sales@acme.test: addresses, void@acme.test: null) (item 0)',
			);
			expect(error?.description).toBe(
				'Check the "Special Destination" field of item 0. Without destinations mailcow checks the stored ones again and saves nothing for an alias whose special destination is not sent. Update these aliases in separate items, or set Destinations or Special Destination.',
			);
			expect(wire(mailcow).map((r) => r.method)).toEqual(['GET', 'GET']);
			expect(mailcow.state.aliasByAddress('void@acme.test')?.active).toBe(1);
		});

		it('names an unknown first alias by the ids sent (mailcow names it null)', async () => {
			seedSales();
			const { error } = await run(mailcow, {
				resource: 'alias',
				operation: 'update',
				aliases: 'nobody@acme.test, sales@acme.test',
				aliasUpdateFields: { goto: 'bob@acme.test' },
			});
			expect(error?.message).toBe(
				'Mailcow refused the request for alias "nobody@acme.test" (item 0): alias_invalid',
			);
		});

		it('names the unknown alias of an edit without destinations, the other one saved', async () => {
			seedSales();
			const { error } = await run(mailcow, {
				resource: 'alias',
				operation: 'update',
				aliases: 'nobody@acme.test, sales@acme.test',
				aliasUpdateFields: { active: false },
			});
			expect(error?.description).toContain('Failed items: nobody@acme.test\n');
			expect(error?.description).toContain('Succeeded items: sales@acme.test\n');
			expect(mailcow.state.aliasByAddress('sales@acme.test')?.active).toBe(0);
		});
	});

	describe('Delete', () => {
		it('sends a bare array of ids or addresses and reports the missing ones', async () => {
			const alias = seedSales();
			mailcow.state.addAlias({ address: 'info@acme.test', goto: 'alice@acme.test', active: 1 });
			const ok = await runOk(
				mailcow,
				{ resource: 'alias', operation: 'delete', aliases: '={{ $json.ids }}' },
				{ items: items({ ids: [alias.id, 'info@acme.test'] }) },
			);
			expect(wire(mailcow)).toEqual([
				{
					method: 'POST',
					rawPath: '/api/v1/delete/alias',
					body: [String(alias.id), 'info@acme.test'],
				},
			]);
			expect(ok[0]).toMatchObject({
				success: true,
				messages: ['Alias deleted (sales@acme.test)', 'Alias deleted (info@acme.test)'],
			});
			expect(mailcow.state.aliases.size).toBe(0);

			const again = mailcow.state.addAlias({
				address: 'sales@acme.test',
				goto: 'alice@acme.test',
				active: 1,
			});
			const { error } = await run(mailcow, {
				resource: 'alias',
				operation: 'delete',
				aliases: `${again.id}, 9999`,
			});
			expect(error?.description).toContain('Failed items: 9999');
			expect(error?.description).toContain(`Succeeded items: ${again.id}`);
		});
	});
});
