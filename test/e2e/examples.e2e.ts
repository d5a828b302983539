// The example workflows of examples/, imported into a real n8n 2.41.1 with credentials for the
// emulators and run with `n8n execute --id`: once with n8n's in-memory ("default") binary data
// and once with the filesystem store. Each test checks what n8n returned, what the emulators
// received and what they hold afterwards.
import {
	DEMO,
	demoCredentials,
	loadExamples,
	startDemoEmulators,
	type DemoEmulators,
} from '../../scripts/sandbox/demo';
import {
	executeWorkflow,
	importCredentials,
	importWorkflows,
	type BinaryDataMode,
	type ExecuteResult,
	type N8nInstance,
} from '../../scripts/sandbox/n8n';
import { sendEmailState } from '../emulators/mailcow/routes/sendEmail';
import { freePort, freshUserFolder } from './harness';

const examples = Object.fromEntries(loadExamples().map((e) => [e.file.split('-')[0], e.workflow]));

/** The base64 a Set node of an example holds (the sample PDFs). */
function sampleFile(workflowKey: string, nodeName: string, field: string): Buffer {
	const nodes = examples[workflowKey].nodes as Array<{
		name: string;
		parameters: { jsonOutput?: string };
	}>;
	const json = JSON.parse(nodes.find((n) => n.name === nodeName)!.parameters.jsonOutput!) as Record<
		string,
		string
	>;
	return Buffer.from(json[field], 'base64');
}

function expectSucceeded(result: ExecuteResult) {
	if (result.code !== 0 || !result.run) {
		throw new Error(
			`n8n execute failed (exit ${result.code}): ${JSON.stringify(result.run?.data.resultData.error ?? result.stdout.slice(-2000))}`,
		);
	}
	expect(result.run.data.resultData.error).toBeUndefined();
}

/** n8n's output must never carry the keys or the sending mailbox's password. */
function expectNoSecrets(result: ExecuteResult, emulators: DemoEmulators) {
	const output = result.stdout + result.stderr;
	for (const secret of [
		emulators.mailcow.apiKey,
		emulators.migadu.apiKey,
		DEMO.mailcow.sender.password,
	]) {
		expect(output).not.toContain(secret);
	}
}

function expectBinaryMode(binary: Record<string, unknown> | undefined, mode: BinaryDataMode) {
	expect(binary).toBeDefined();
	if (mode === 'filesystem') {
		expect(binary!.data).toBe('filesystem-v2');
		expect(String(binary!.id)).toMatch(/^filesystem-v2:workflows\//);
	} else {
		expect(binary!.id).toBeUndefined();
		expect(String(binary!.data).length).toBeGreaterThan(100);
	}
}

const calls = (emulator: DemoEmulators['mailcow'] | DemoEmulators['migadu']) =>
	emulator.requests.map((r) => `${r.method} ${r.rawPath}`);

describe.each<BinaryDataMode>(['default', 'filesystem'])(
	'example workflows in n8n, %s binary data mode',
	(mode) => {
		let emulators: DemoEmulators;
		let instance: N8nInstance;

		beforeAll(async () => {
			emulators = await startDemoEmulators({ mailcow: 0, migadu: 0 });
			instance = {
				userFolder: await freshUserFolder(mode),
				binaryDataMode: mode,
				brokerPort: await freePort(),
			};
			await importCredentials(instance, demoCredentials(emulators));
			await importWorkflows(instance, Object.values(examples));
		}, 300000);

		afterAll(async () => await emulators?.stop());

		beforeEach(() => emulators.reset());

		test('1: CRM provisioning creates the missing domain, mailbox and alias and mails the welcome PDF', async () => {
			const result = await executeWorkflow(instance, examples['1'].id);
			expectSucceeded(result);
			expectNoSecrets(result, emulators);
			expect(calls(emulators.mailcow)).toEqual([
				'GET /api/v1/get/domain/acme.example',
				'POST /api/v1/add/domain',
				'POST /api/v1/add/mailbox',
				'POST /api/v1/add/alias',
				'POST /api/v1/send/email',
			]);

			const [mailbox] = result.items['Create Mailbox'];
			expect(mailbox.json).toMatchObject({ success: true, username: 'jane.doe@acme.example' });
			const password = mailbox.json.generatedPassword as string;
			expect(password.length).toBeGreaterThanOrEqual(16);

			const { state } = emulators.mailcow;
			expect(state.domains.get('acme.example')).toMatchObject({
				description: 'Acme Ltd',
				active: 1,
			});
			expect(state.mailboxes.get('jane.doe@acme.example')).toMatchObject({
				name: 'Jane Doe',
				quota: 2048,
			});
			expect(state.mailboxes.get('jane.doe@acme.example')!.attributes.force_pw_update).toBe('1');
			expect(state.checkMailboxPassword('jane.doe@acme.example', password)).toBe(true);
			expect(state.aliasByAddress('jane@acme.example')).toMatchObject({
				goto: 'jane.doe@acme.example',
				active: 1,
			});

			expectBinaryMode(result.items['Welcome Guide PDF'][0].binary?.data, mode);
			const sent = sendEmailState(state).sent;
			expect(sent).toHaveLength(1);
			expect(sent[0]).toMatchObject({
				from: DEMO.mailcow.sender.user,
				to: ['jane.doe@acme-contact.example'],
				subject: 'Your mailbox at acme.example is ready',
				smtpUser: DEMO.mailcow.sender.user,
			});
			expect(sent[0].body).toContain(`Initial password: ${password}`);
			expect(sent[0].attachments).toHaveLength(1);
			expect(sent[0].attachments[0]).toMatchObject({
				filename: 'welcome-guide.pdf',
				contentType: 'application/pdf',
			});
			expect(
				sent[0].attachments[0].content.equals(sampleFile('1', 'Welcome Guide', 'welcomeGuide')),
			).toBe(true);
			expect(result.items['Send Welcome Email'][0].json).toMatchObject({
				sent: true,
				to: ['jane.doe@acme-contact.example'],
			});
		});

		test('1: CRM provisioning keeps an existing domain', async () => {
			emulators.mailcow.state.addDomain({ name: 'acme.example', description: 'Existing' });
			const result = await executeWorkflow(instance, examples['1'].id);
			expectSucceeded(result);
			expect(calls(emulators.mailcow)).toEqual([
				'GET /api/v1/get/domain/acme.example',
				'POST /api/v1/add/mailbox',
				'POST /api/v1/add/alias',
				'POST /api/v1/send/email',
			]);
			expect(result.items['Create Domain']).toBeUndefined();
			expect(emulators.mailcow.state.domains.get('acme.example')!.description).toBe('Existing');
			expect(emulators.mailcow.state.mailboxes.has('jane.doe@acme.example')).toBe(true);
		});

		test('2: transactional mail sends the uploaded file as an attachment', async () => {
			const result = await executeWorkflow(instance, examples['2'].id);
			expectSucceeded(result);
			expectNoSecrets(result, emulators);
			expect(calls(emulators.mailcow)).toEqual(['POST /api/v1/send/email']);
			const request = emulators.mailcow.requests[0].body as Record<string, unknown>;
			expect(request).toMatchObject({ to: ['customer@example.com'], subject: 'Invoice 1042' });

			expectBinaryMode(result.items['Sample Upload'][0].binary?.file, mode);
			const [message] = sendEmailState(emulators.mailcow.state).sent;
			expect(message).toMatchObject({
				from: DEMO.mailcow.sender.user,
				to: ['customer@example.com'],
				subject: 'Invoice 1042',
			});
			expect(message.body).toContain('please find attached invoice 1042');
			expect(message.attachments.map((a) => [a.filename, a.contentType])).toEqual([
				['invoice-1042.pdf', 'application/pdf'],
			]);
			expect(
				message.attachments[0].content.equals(sampleFile('2', 'Sample File', 'fileBase64')),
			).toBe(true);
			expect(result.items['Send Document'][0].json).toMatchObject({
				sent: true,
				attachments: [
					{ fileName: 'invoice-1042.pdf', mimeType: 'application/pdf', binaryProperty: 'file' },
				],
			});
		});

		test('3: Migadu onboarding invites the mailbox, adds the team identity and the alias', async () => {
			const result = await executeWorkflow(instance, examples['3'].id);
			expectSucceeded(result);
			expectNoSecrets(result, emulators);
			expect(emulators.migadu.requests.map((r) => [`${r.method} ${r.rawPath}`, r.body])).toEqual([
				[
					'POST /v1/domains/example.com/mailboxes',
					{
						local_part: 'erin.example',
						name: 'Erin Example',
						password_method: 'invitation',
						password_recovery_email: 'erin@home.example',
					},
				],
				[
					'POST /v1/domains/example.com/mailboxes/erin.example/identities',
					{ local_part: 'support', name: 'Example Support', password_use: 'none' },
				],
				[
					'POST /v1/domains/example.com/aliases',
					{ local_part: 'erin', destinations: ['erin.example@example.com'] },
				],
			]);

			const { state } = emulators.migadu;
			expect(state.mailbox('example.com', 'erin.example')!.record).toMatchObject({
				address: 'erin.example@example.com',
				name: 'Erin Example',
				password_recovery_email: 'erin@home.example',
			});
			expect(state.invitations).toEqual([
				{ address: 'erin.example@example.com', to: 'erin@home.example' },
			]);
			expect(state.mailbox('example.com', 'erin.example')!.identities.get('support')).toMatchObject(
				{
					address: 'support@example.com',
					name: 'Example Support',
				},
			);
			expect(state.domains.get('example.com')!.aliases.get('erin')).toMatchObject({
				address: 'erin@example.com',
				destinations: ['erin.example@example.com'],
			});
			expect(result.items['Add Alias'][0].json).toMatchObject({ address: 'erin@example.com' });
		});

		test('4: offboarding sets the Migadu autoresponder and forwarding, deletes the Mailcow mailbox and forwards its address', async () => {
			const result = await executeWorkflow(instance, examples['4'].id);
			expectSucceeded(result);
			expectNoSecrets(result, emulators);
			expect(calls(emulators.migadu)).toEqual([
				'PUT /v1/domains/example.com/mailboxes/dave',
				'POST /v1/domains/example.com/mailboxes/dave/forwardings',
			]);
			expect(calls(emulators.mailcow)).toEqual([
				'POST /api/v1/delete/mailbox',
				'POST /api/v1/add/alias',
			]);

			const dave = emulators.migadu.state.mailbox('example.com', 'dave')!;
			expect(dave.record).toMatchObject({
				autorespond_active: true,
				autorespond_expires_on: '2026-12-31',
				autorespond_body:
					'I have left the company. Please write to Alice Admin <alice@example.org>, who will be glad to help.',
			});
			expect([...dave.forwardings.values()].map((f) => f.address)).toEqual(['alice@example.org']);

			const { state } = emulators.mailcow;
			expect(state.mailboxes.has('bob@example.org')).toBe(false);
			expect(state.aliasByAddress('bob@example.org')).toMatchObject({
				goto: 'alice@example.org',
				active: 1,
			});
			expect(result.items['Delete Mailbox'][0].json).toMatchObject({
				success: true,
				mailboxes: ['bob@example.org'],
			});
		});

		test('7: the daily health report reads status, the Postfix log, the queue and the quarantine into one item', async () => {
			const { state } = emulators.mailcow;
			state.containers['sogo-mailcow'].state = 'exited';
			const result = await executeWorkflow(instance, examples['7'].id);
			expectSucceeded(result);
			expectNoSecrets(result, emulators);
			// One request each: the nodes after Containers run once, not once per container.
			expect(calls(emulators.mailcow)).toEqual([
				'GET /api/v1/get/status/containers',
				'GET /api/v1/get/status/vmail',
				'GET /api/v1/get/status/version',
				'GET /api/v1/get/logs/postfix/500',
				'GET /api/v1/get/mailq/all',
				'GET /api/v1/get/quarantine/all',
			]);
			const containers = Object.keys(state.containers).length;
			expect(result.items['Health Report'].map((i) => i.json)).toEqual([
				{
					date: expect.stringMatching(/^\d{4}-\d\d-\d\d$/),
					mailcowVersion: state.version,
					containersRunning: containers - 1,
					containersNotRunning: ['sogo-mailcow'],
					vmailUsedPercent: 4,
					vmailUsedMiB: 3174.4,
					vmailTotalMiB: 100352,
					postfixProblems: 0,
					queuedMessages: 1,
					deferredMessages: 1,
					quarantinedMessages: 2,
					healthy: false,
				},
			]);
		});
	},
);
