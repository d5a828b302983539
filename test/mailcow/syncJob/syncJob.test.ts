import { addSyncJob } from '../../emulators/mailcow/routes/syncjob';
import { expectNoSecret } from '../../helpers/secrets';
import { byAddress, items, run, runOk, useMailcow, wire } from '../setup';

// The login on the old IMAP server; it must never appear in output or errors.
const sourceLogin = 'Old-Server-Pass-9';

// Sync jobs (imapsync migrations): add/syncjob, get/syncjobs/{all|mailbox}/no_log, edit/syncjob,
// delete/syncjob, as mailcow-observed-2.md ("Sync jobs") records them.
describe('Mailcow → Sync Job', () => {
	const mailcow = useMailcow();
	beforeEach(() => {
		mailcow.state.addDomain({ name: 'acme.test' });
		mailcow.state.addMailbox({ username: 'jane@acme.test', password: 'Secret-123-abc' });
		mailcow.state.addMailbox({ username: 'joe@acme.test', password: 'Secret-123-abc' });
	});
	const seed = () => {
		addSyncJob(mailcow.state, {
			user2: 'jane@acme.test',
			host1: 'imap.old.test',
			user1: 'jane',
			password1: sourceLogin,
			exclude: '(?i)spam',
			active: 1,
		});
		addSyncJob(mailcow.state, {
			user2: 'joe@acme.test',
			host1: 'imap.old.test',
			user1: 'joe',
			password1: sourceLogin,
			port1: 143,
			enc1: 'PLAIN',
			mins_interval: 60,
			delete1: 1,
		});
	};
	const noPassword = (value: unknown) => expect(JSON.stringify(value)).not.toContain(sourceLogin);

	describe('Create', () => {
		const create = {
			resource: 'syncJob',
			operation: 'create',
			syncJobMailbox: byAddress('jane@acme.test'),
			syncJobHost: 'imap.old.test',
			syncJobUsername: 'jane',
			syncJobPassword: sourceLogin,
		};

		it("takes an exclude pattern with PCRE's inline flags and refuses one that is no pattern", async () => {
			const result = await run(
				mailcow,
				{ ...create, syncJobExclude: '={{ $json.exclude }}' },
				{
					items: items({ exclude: '(?im)^(junk|spam)$' }, { exclude: 'junk[' }),
					continueOnFail: true,
				},
			);
			expect(result.items.map((i) => i.json.error ?? i.json.success)).toEqual([
				true,
				'Exclude Folders (Regex): "junk[" is not a valid regular expression (item 1)',
			]);
			expect(
				wire(mailcow)
					.filter((r) => r.method === 'POST')
					.map((r) => (r.body as { exclude: string }).exclude),
			).toEqual(['(?im)^(junk|spam)$']);
			noPassword(result.items);
		});

		it("sends mailcow's fields with exclude always, and outputs the new job's id", async () => {
			const out = await runOk(mailcow, {
				resource: 'syncJob',
				operation: 'create',
				syncJobMailbox: byAddress('jane@acme.test'),
				syncJobHost: 'IMAP.Old.test',
				syncJobUsername: 'jane',
				syncJobPassword: sourceLogin,
				syncJobExclude: '',
				syncJobOptions: { syncJobDryRun: true },
			});
			expect(wire(mailcow)).toEqual([
				{
					method: 'POST',
					rawPath: '/api/v1/add/syncjob',
					body: {
						username: 'jane@acme.test',
						host1: 'IMAP.Old.test',
						port1: 993,
						user1: 'jane',
						password1: sourceLogin,
						enc1: 'TLS',
						mins_interval: 20,
						subfolder2: 'External',
						// mailcow answers an empty 200 when exclude is missing.
						exclude: '',
						delete1: 0,
						active: 1,
						dry: 1,
					},
				},
				{
					method: 'GET',
					rawPath: '/api/v1/get/syncjobs/jane%40acme.test/no_log',
					body: null,
				},
			]);
			expect(out).toEqual([
				{
					success: true,
					id: 1,
					mailbox: 'jane@acme.test',
					host: 'imap.old.test',
					username: 'jane',
					messages: ['Mailbox changed (jane@acme.test)'],
				},
			]);
			noPassword(out);
			expect(mailcow.state.syncJobs.get(1)).toMatchObject({ exclude: '', dry: 1, active: 1 });
		});

		const created = {
			success: true,
			mailbox: 'jane@acme.test',
			host: 'imap.old.test',
			username: 'jane',
			messages: ['Mailbox changed (jane@acme.test)'],
		};

		it("outputs the id of the new job, not of the mailbox's jobs from another host or login", async () => {
			addSyncJob(mailcow.state, {
				user2: 'jane@acme.test',
				host1: 'imap.other.test',
				user1: 'jane',
			});
			addSyncJob(mailcow.state, {
				user2: 'jane@acme.test',
				host1: 'imap.old.test',
				user1: 'j.doe',
			});
			const out = await runOk(mailcow, create);
			expect(wire(mailcow).map((r) => `${r.method} ${r.rawPath}`)).toEqual([
				'POST /api/v1/add/syncjob',
				'GET /api/v1/get/syncjobs/jane%40acme.test/no_log',
			]);
			expect(out).toEqual([{ ...created, id: 3 }]);
		});

		it('keeps the create with a warning when its job is gone before the id is read', async () => {
			// Another admin deletes the new job just before the read-back reaches mailcow.
			mailcow.onBeforeHandling((r) => {
				if (r.method === 'GET') mailcow.state.syncJobs.delete(1);
			});
			const result = await run(mailcow, create);
			expect(result.error).toBeUndefined();
			expect(result.items.map((i) => [i.json, i.pairedItem])).toEqual([
				[
					{
						...created,
						warnings: [
							'The sync job was created, but reading its id failed: the mailbox lists no such job',
						],
					},
					{ item: 0 },
				],
			]);
			noPassword(result.items);
		});

		it('explains an unknown mailbox without showing the password, paired with its item', async () => {
			const result = await run(
				mailcow,
				{
					resource: 'syncJob',
					operation: 'create',
					syncJobMailbox: byAddress('={{ $json.mailbox }}'),
					syncJobHost: 'imap.old.test',
					syncJobUsername: '={{ $json.user }}',
					syncJobPassword: sourceLogin,
				},
				{
					items: items(
						{ mailbox: 'jane@acme.test', user: 'jane' },
						{ mailbox: 'nobody@acme.test', user: 'nobody' },
					),
					continueOnFail: true,
				},
			);
			expect(result.items.map((i) => i.pairedItem)).toEqual([{ item: 0 }, { item: 1 }]);
			expect(result.items[0].json).toMatchObject({ success: true, id: 1 });
			expect(result.items[1].json.error).toBe('Mailcow refused the request: access_denied');
			expect(String(result.items[1].error?.description)).toContain(
				'it does not exist (unknown domain or mailbox)',
			);
			// Nowhere in the run (items, saved run data, errors with their causes).
			expectNoSecret(result, sourceLogin);
		});

		it("explains mailcow's refusal of custom imapsync parameters written with spaces", async () => {
			const result = await run(mailcow, {
				...create,
				syncJobOptions: { syncJobCustomParams: '--maxsize 1000' },
			});
			expect(result.error?.message).toBe('Mailcow refused the request: bad character SPACE');
			expect(result.error?.description).toContain(
				'Custom Parameters: write each imapsync option as --name or --name=value',
			);
			expect(mailcow.state.syncJobs.size).toBe(0);
			expectNoSecret(result, sourceLogin);
		});

		it('refuses values mailcow would answer with access_denied, before sending', async () => {
			const result = await run(mailcow, { ...create, syncJobHost: 'imap old.test' });
			expect(result.error?.message).toBe(
				'Host: "imap old.test" is not a host name or IP address (item 0)',
			);
			expect(mailcow.requests).toHaveLength(0);
		});
	});

	describe('Get Many', () => {
		it('lists every job (no log), simplified, never with the password', async () => {
			seed();
			const result = await run(
				mailcow,
				{ resource: 'syncJob', operation: 'getAll', returnAll: true },
				{ items: items({ run: 0 }, { run: 1 }) },
			);
			expect(result.error).toBeUndefined();
			expect(wire(mailcow)[0]).toEqual({
				method: 'GET',
				rawPath: '/api/v1/get/syncjobs/all/no_log',
				body: null,
			});
			expect(result.items).toHaveLength(4);
			expect(result.items.map((i) => [i.json.id, i.pairedItem])).toEqual([
				[1, { item: 0 }],
				[2, { item: 0 }],
				[1, { item: 1 }],
				[2, { item: 1 }],
			]);
			expect(result.items[1].json).toEqual({
				id: 2,
				mailbox: 'joe@acme.test',
				host: 'imap.old.test',
				port: 143,
				username: 'joe',
				encryption: 'PLAIN',
				intervalMinutes: 60,
				targetSubfolder: '',
				exclude: '',
				deleteFromSource: true,
				active: false,
				running: false,
				lastRun: null,
				succeeded: null,
				exitStatus: null,
				created: mailcow.state.syncJobs.get(2)?.created,
				modified: null,
			});
			noPassword(result.items);
		});

		it("outputs a job's last run: when, whether it succeeded, imapsync's exit status", async () => {
			seed();
			Object.assign(mailcow.state.syncJobs.get(1)!, {
				last_run: '2026-11-30 06:00:12',
				success: 1,
				exit_status: 'EX_OK',
				modified: '2026-11-29 18:30:00',
			});
			const out = await runOk(mailcow, {
				resource: 'syncJob',
				operation: 'getAll',
				syncJobScope: 'mailbox',
				syncJobOfMailbox: byAddress('jane@acme.test'),
			});
			expect(out).toEqual([
				expect.objectContaining({
					id: 1,
					running: false,
					lastRun: '2026-11-30 06:00:12',
					succeeded: true,
					exitStatus: 'EX_OK',
					modified: '2026-11-29 18:30:00',
				}),
			]);
		});

		it("lists one mailbox's jobs", async () => {
			seed();
			const out = await runOk(mailcow, {
				resource: 'syncJob',
				operation: 'getAll',
				syncJobScope: 'mailbox',
				syncJobOfMailbox: byAddress('joe@acme.test'),
				simplify: false,
			});
			expect(wire(mailcow)).toEqual([
				{ method: 'GET', rawPath: '/api/v1/get/syncjobs/joe%40acme.test/no_log', body: null },
			]);
			expect(out.map((j) => [j.id, j.user2])).toEqual([[2, 'joe@acme.test']]);
			noPassword(out);
		});
		const ofMailbox = (address: string) => ({
			resource: 'syncJob',
			operation: 'getAll',
			syncJobScope: 'mailbox',
			syncJobOfMailbox: byAddress(`={{ "${address}" }}`),
		});

		it('lists no job for a mailbox named "all" by an expression, not every mailbox\'s jobs', async () => {
			seed();
			const result = await run(mailcow, ofMailbox('all'));
			expect(wire(mailcow)).toEqual([
				{ method: 'GET', rawPath: '/api/v1/get/syncjobs/all/no_log', body: null },
			]);
			expect(result.error).toBeUndefined();
			expect(result.items).toEqual([]);
		});

		it('refuses a mailbox with a slash from an expression before sending, naming the field', async () => {
			const result = await run(mailcow, ofMailbox('jane/x@acme.test'));
			expect(result.error?.message).toBe(
				'Mailbox: "jane/x@acme.test" cannot be used as a name: it contains a slash (item 0)',
			);
			expect(mailcow.requests).toHaveLength(0);
		});
	});

	describe('Update', () => {
		it('sends only the fields given, for several jobs', async () => {
			seed();
			const out = await runOk(mailcow, {
				resource: 'syncJob',
				operation: 'update',
				syncJobIds: '1, 2',
				syncJobUpdateFields: { syncJobInterval: 30, syncJobPassword: 'New-Pass-123' },
			});
			expect(wire(mailcow)).toEqual([
				{
					method: 'POST',
					rawPath: '/api/v1/edit/syncjob',
					body: { items: ['1', '2'], attr: { mins_interval: 30, password1: 'New-Pass-123' } },
				},
			]);
			expect(out).toEqual([
				{
					success: true,
					syncJobIds: ['1', '2'],
					messages: ['Mailbox changed (jane@acme.test)', 'Mailbox changed (joe@acme.test)'],
				},
			]);
			expect(JSON.stringify(out)).not.toContain('New-Pass-123');
			expect(mailcow.state.syncJobs.get(2)).toMatchObject({ mins_interval: 30, port1: 143 });
		});

		it('names the unknown id mailcow refuses, and which ids were changed', async () => {
			seed();
			const result = await run(mailcow, {
				resource: 'syncJob',
				operation: 'update',
				syncJobIds: '1, 99',
				syncJobUpdateFields: { syncJobActive: false },
			});
			expect(result.error?.message).toBe(
				'Mailcow refused the request for sync job "99" (item 0): access_denied',
			);
			expect(String(result.error?.description)).toContain('Failed items: 99\nSucceeded items: 1');
		});
	});

	describe('Delete', () => {
		it('deletes jobs with a bare id array', async () => {
			seed();
			const out = await runOk(mailcow, {
				resource: 'syncJob',
				operation: 'delete',
				syncJobIds: '1,2',
			});
			expect(wire(mailcow)).toEqual([
				{ method: 'POST', rawPath: '/api/v1/delete/syncjob', body: ['1', '2'] },
			]);
			expect(out).toEqual([
				{
					success: true,
					syncJobIds: ['1', '2'],
					messages: ['Sync job deleted (1)', 'Sync job deleted (2)'],
				},
			]);
			expect(mailcow.state.syncJobs.size).toBe(0);
		});

		it('refuses ids with a digit at one end only before sending', async () => {
			const result = await run(
				mailcow,
				{ resource: 'syncJob', operation: 'delete', syncJobIds: '={{ $json.ids }}' },
				{ items: items({ ids: 'x1' }, { ids: '1x' }), continueOnFail: true },
			);
			expect(result.items.map((i) => i.json.error)).toEqual([
				'Sync Job IDs: "x1" is not a sync job id (item 0)',
				'Sync Job IDs: "1x" is not a sync job id (item 1)',
			]);
			expect(mailcow.requests).toHaveLength(0);
		});

		it('refuses an id that is not a number before sending', async () => {
			const result = await run(mailcow, {
				resource: 'syncJob',
				operation: 'delete',
				syncJobIds: '1, x',
			});
			expect(result.error?.message).toBe('Sync Job IDs: "x" is not a sync job id (item 0)');
			expect(mailcow.requests).toHaveLength(0);
		});
	});
});
