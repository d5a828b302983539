import type { INodeProperties } from 'n8n-workflow';
import { nodeTypes } from '../../helpers/runNode';
import { byAddress, fromList, runOk, useMailcow, wire } from '../setup';

// Update, Delete and the Set operations name their mailboxes with the same picker as Get: a
// searchable list, or addresses typed or mapped (one or several, comma-separated, or an array from an expression).
describe('Mailcow → Mailbox → Update and Delete: mailbox picker', () => {
	const mailcow = useMailcow();
	beforeEach(() => {
		mailcow.state.addDomain({ name: 'acme.test', mailboxes: 10, quota: 10240, maxquota: 2048 });
		mailcow.state.addMailbox({ username: 'alice@acme.test', password: 'Secret-123', quota: 100 });
		mailcow.state.addMailbox({ username: 'bob@acme.test', password: 'Secret-123', quota: 100 });
	});

	it('shows a resource locator with a searchable list and typed addresses', () => {
		const properties = nodeTypes.mailcow.description.properties as INodeProperties[];
		const mailboxes = properties.filter((p) => p.name === 'mailboxes');
		expect(mailboxes).toHaveLength(1);
		expect(mailboxes[0].type).toBe('resourceLocator');
		expect(mailboxes[0].displayOptions?.show).toMatchObject({
			resource: ['mailbox'],
			operation: [
				'delete',
				'setCustomAttributes',
				'setPushover',
				'setQuarantineCategory',
				'setQuarantineNotification',
				'setSpamScore',
				'setTlsPolicy',
				'setUserAcl',
				'update',
			],
		});
		expect(mailboxes[0].modes?.map((m) => [m.name, m.typeOptions?.searchListMethod])).toEqual([
			['list', 'searchMailboxes'],
			['address', undefined],
		]);
	});

	it('updates the mailbox picked from the list', async () => {
		await runOk(mailcow, {
			resource: 'mailbox',
			operation: 'update',
			mailboxes: fromList('bob@acme.test'),
			mailboxUpdateFields: { quota: 200 },
		});
		expect(wire(mailcow)).toEqual([
			{
				method: 'POST',
				rawPath: '/api/v1/edit/mailbox',
				body: { items: ['bob@acme.test'], attr: { quota: 200 } },
			},
		]);
	});

	it('deletes several mailboxes typed as addresses', async () => {
		const out = await runOk(mailcow, {
			resource: 'mailbox',
			operation: 'delete',
			mailboxes: byAddress('alice@acme.test, bob@acme.test'),
		});
		expect(wire(mailcow)).toEqual([
			{
				method: 'POST',
				rawPath: '/api/v1/delete/mailbox',
				body: ['alice@acme.test', 'bob@acme.test'],
			},
		]);
		expect(out[0]).toMatchObject({ mailboxes: ['alice@acme.test', 'bob@acme.test'] });
	});
});
