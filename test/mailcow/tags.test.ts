// Tags only append on mailcow: edit/domain and edit/mailbox with a tag the object already has
// answer HTTP 200 with an empty body and drop the new tags of that request (mailcow issue #7379;
// [obs] edit/domain). The node reads each object first, sends only the tags it lacks and reports
// the ones that were already there.
import { MAILCOW_RW_KEY } from '../emulators/mailcow';
import { runOk, useMailcow, wire } from './setup';

describe('Mailcow → tags already present on Update', () => {
	const mailcow = useMailcow();
	beforeEach(() => {
		mailcow.state.addDomain({ name: 'acme.test', tags: ['eu', 'prod'] });
		mailcow.state.addDomain({ name: 'beta.test' });
		mailcow.state.addMailbox({ username: 'alice@acme.test', password: 'Secret-123', quota: 10 });
		mailcow.state.mailboxes.get('alice@acme.test')!.tags.add('vip');
	});

	it('the emulator answers an empty 200 and drops the new tag, as mailcow does', async () => {
		const response = await fetch(`${mailcow.url}/api/v1/edit/domain`, {
			method: 'POST',
			headers: { 'X-API-Key': MAILCOW_RW_KEY, 'Content-Type': 'application/json' },
			body: JSON.stringify({
				items: ['acme.test'],
				attr: { description: 'saved', tags: ['eu', 'new-tag'] },
			}),
		});
		expect([response.status, await response.text()]).toEqual([200, '']);
		const domain = mailcow.state.domains.get('acme.test')!;
		expect([...domain.tags].sort()).toEqual(['eu', 'prod']);
		expect(domain.description).toBe('saved');
		mailcow.requests.splice(0);
	});

	it('Domain → Update sends only the tags the domain lacks and says which were there', async () => {
		const [out] = await runOk(mailcow, {
			resource: 'domain',
			operation: 'update',
			domains: 'acme.test',
			domainUpdateFields: { description: 'Acme', tags: 'eu, new-tag' },
		});
		expect(wire(mailcow)).toEqual([
			{ method: 'GET', rawPath: '/api/v1/get/domain/acme.test', body: null },
			{
				method: 'POST',
				rawPath: '/api/v1/edit/domain',
				body: { items: ['acme.test'], attr: { description: 'Acme', tags: ['new-tag'] } },
			},
		]);
		expect(out).toMatchObject({
			success: true,
			tagsAlreadyPresent: { 'acme.test': ['eu'] },
			messages: ['Domain changed (acme.test)'],
		});
		expect([...mailcow.state.domains.get('acme.test')!.tags].sort()).toEqual([
			'eu',
			'new-tag',
			'prod',
		]);
	});

	it('several domains with different tags each get only what they lack', async () => {
		const [out] = await runOk(mailcow, {
			resource: 'domain',
			operation: 'update',
			domains: 'acme.test, beta.test',
			domainUpdateFields: { tags: 'eu' },
		});
		expect([...mailcow.state.domains.get('beta.test')!.tags]).toEqual(['eu']);
		expect([...mailcow.state.domains.get('acme.test')!.tags].sort()).toEqual(['eu', 'prod']);
		expect(out).toMatchObject({ success: true, tagsAlreadyPresent: { 'acme.test': ['eu'] } });
		const edits = mailcow.requests.filter((r) => r.rawPath === '/api/v1/edit/domain');
		expect(edits.map((r) => r.body)).toEqual([{ items: ['beta.test'], attr: { tags: ['eu'] } }]);
	});

	it('Mailbox → Update with only tags already present changes nothing and says so', async () => {
		const before = mailcow.state.mailboxes.get('alice@acme.test')!.modified;
		const [out] = await runOk(mailcow, {
			resource: 'mailbox',
			operation: 'update',
			mailboxes: 'alice@acme.test',
			mailboxUpdateFields: { tags: 'vip' },
		});
		// The read, then (nothing left to change) a read instead of an edit.
		expect(mailcow.requests.map((r) => `${r.method} ${r.rawPath}`)).toEqual([
			'GET /api/v1/get/mailbox/alice%40acme.test',
			'GET /api/v1/get/mailbox/alice%40acme.test',
		]);
		expect(out).toMatchObject({
			success: true,
			tagsAlreadyPresent: { 'alice@acme.test': ['vip'] },
		});
		expect(mailcow.state.mailboxes.get('alice@acme.test')!.modified).toBe(before);
	});

	it('Mailbox → Update adds a new tag beside an existing one', async () => {
		await runOk(mailcow, {
			resource: 'mailbox',
			operation: 'update',
			mailboxes: 'alice@acme.test',
			mailboxUpdateFields: { tags: 'vip, team-a', name: 'Alice' },
		});
		expect([...mailcow.state.mailboxes.get('alice@acme.test')!.tags].sort()).toEqual([
			'team-a',
			'vip',
		]);
		expect(mailcow.state.mailboxes.get('alice@acme.test')!.name).toBe('Alice');
	});
});
