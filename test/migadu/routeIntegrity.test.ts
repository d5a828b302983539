// Route integrity: a value typed into a path field reaches Migadu as exactly that object, or the
// item fails before any request. Migadu's URL layer resolves "." and ".." segments (also %2E%2E),
// so a dot-only name would address the parent collection.
/* eslint-disable @n8n/community-nodes/no-restricted-imports */
import http from 'node:http';
import type { INodeParameters } from 'n8n-workflow';
import { byAddress, byName, calls, runMigadu, useMigadu } from './helpers';

describe('Migadu route integrity', () => {
	const migadu = useMigadu();
	const domain = byName('example.com');

	const refused = async (parameters: INodeParameters, field: string, value: string) => {
		const { error } = await runMigadu(migadu, { parameters });
		expect(calls(migadu)).toEqual([]);
		// RoutingNode re-wraps an error thrown in a preSend as NodeApiError (message kept).
		expect(['NodeOperationError', 'NodeApiError']).toContain(error?.name);
		expect(error?.message).toContain(field);
		expect(error?.message).toContain(`"${value}"`);
		expect(error?.message).toContain('(item 0)');
	};

	it('Identity → Delete with Identity ".." is refused and the mailbox stays', async () => {
		await refused(
			{
				resource: 'identity',
				operation: 'delete',
				domain,
				mailbox: byAddress('info@example.com'),
				identity: '..',
			},
			'Identity',
			'..',
		);
		expect(migadu.state.mailbox('example.com', 'info')).toBeDefined();
	});

	it('Mailbox → Get with Mailbox "." is refused instead of answering the mailbox list', async () => {
		await refused(
			{ resource: 'mailbox', operation: 'get', domain, mailbox: byAddress('.') },
			'Mailbox',
			'.',
		);
	});

	it('Rewrite → Update with Rewrite Name ".." is refused instead of updating the domain', async () => {
		await refused(
			{
				resource: 'rewrite',
				operation: 'update',
				domain,
				rewrite: '..',
				rewriteUpdateFields: { newName: 'x' },
			},
			'Rewrite Name',
			'..',
		);
	});

	it('a dot-only name through the emulator really reaches the parent route (the fault)', async () => {
		// The emulator resolves dot segments like Migadu's URL layer: DELETE …/info/identities/..
		// is a DELETE of the mailbox. This is what the node must never send.
		const { hostname, port } = new URL(migadu.url);
		const auth = Buffer.from(`${migadu.user}:${migadu.apiKey}`).toString('base64');
		const status = await new Promise<number>((resolve, reject) => {
			const request = http.request(
				{
					hostname,
					port,
					method: 'DELETE',
					path: '/v1/domains/example.com/mailboxes/info/identities/%2e%2e',
					headers: { Authorization: `Basic ${auth}` },
				},
				(res) => {
					res.resume();
					res.on('end', () => resolve(res.statusCode ?? 0));
				},
			);
			request.on('error', reject);
			request.end();
		});
		expect(status).toBe(200);
		expect(migadu.state.mailbox('example.com', 'info')).toBeUndefined();
	});
});
