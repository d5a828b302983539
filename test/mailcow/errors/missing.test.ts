// A write on an object that does not exist: mailcow often answers with a bare key that names
// nothing (`access_denied`, `["alias_invalid", null]`, `domain_invalid`). The node's message must
// name the object asked for and the n8n item.
import type { INodeParameters } from 'n8n-workflow';
import { items, run, useMailcow } from '../setup';

describe('Mailcow → a missing object is named with its item', () => {
	const mailcow = useMailcow();
	beforeEach(() => {
		mailcow.state.addDomain({ name: 'acme.test' });
		mailcow.state.addMailbox({ username: 'alice@acme.test', password: 'Secret-123', quota: 100 });
		mailcow.state.addDomainAdmin({ username: 'acmeadmin', password: 'Secret-123' });
	});

	const cases: Array<[string, INodeParameters, string]> = [
		[
			'Mailbox → Delete',
			{ resource: 'mailbox', operation: 'delete', mailboxes: 'ghost@acme.test' },
			'mailbox "ghost@acme.test" (item 0): access_denied',
		],
		[
			'Mailbox → Update',
			{
				resource: 'mailbox',
				operation: 'update',
				mailboxes: 'ghost@acme.test',
				mailboxUpdateFields: { name: 'X' },
			},
			'mailbox "ghost@acme.test" (item 0): access_denied',
		],
		[
			'Alias → Delete',
			{ resource: 'alias', operation: 'delete', aliases: '9999' },
			'alias "9999" (item 0): access_denied',
		],
		[
			'Alias → Update',
			{
				resource: 'alias',
				operation: 'update',
				aliases: 'ghost@acme.test',
				aliasUpdateFields: { active: false },
			},
			'alias "ghost@acme.test" (item 0): alias_invalid',
		],
		[
			'Domain → Update',
			{
				resource: 'domain',
				operation: 'update',
				domains: 'missing.test',
				domainUpdateFields: { description: 'x' },
			},
			'domain "missing.test" (item 0): domain_invalid',
		],
		[
			'Domain Admin → Edit ACL',
			{
				resource: 'domainAdmin',
				operation: 'editAcl',
				adminUsername: 'nobody',
				adminAcl: ['syncjobs'],
			},
			'domain admin "nobody" (item 0): Cannot determine current ACL',
		],
	];

	it.each(cases)('%s', async (_name, parameters, named) => {
		const { error } = await run(mailcow, parameters);
		expect(error?.message).toBe(`Mailcow refused the request for ${named}`);
	});

	it('names the failed item of several and the ids that failed in a multi-id call', async () => {
		const result = await run(
			mailcow,
			{ resource: 'mailbox', operation: 'delete', mailboxes: '={{ $json.who }}' },
			{
				items: items({ who: 'alice@acme.test' }, { who: 'gone@acme.test, nope@acme.test' }),
				continueOnFail: true,
			},
		);
		expect(result.items[1].json).toEqual({
			error:
				'Mailcow refused the request for mailboxes "gone@acme.test", "nope@acme.test" (item 1): access_denied; access_denied',
		});
		mailcow.state.addMailbox({ username: 'alice@acme.test', password: 'Secret-123', quota: 100 });
		const update = await run(mailcow, {
			resource: 'mailbox',
			operation: 'update',
			mailboxes: 'alice@acme.test, missing@acme.test',
			mailboxUpdateFields: { name: 'X' },
		});
		expect(update.error?.message).toBe(
			'Mailcow refused the request for mailbox "missing@acme.test" (item 0): access_denied',
		);
	});

	it('Get of a missing object names it and the item', async () => {
		const result = await run(
			mailcow,
			{ resource: 'mailbox', operation: 'get', mailbox: '={{ $json.who }}' },
			{
				items: items({ who: 'alice@acme.test' }, { who: 'ghost@acme.test' }),
				continueOnFail: true,
			},
		);
		expect(result.items[1].json).toEqual({
			error: 'The mailbox "ghost@acme.test" was not found (item 1)',
		});
	});
});
