/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals, @n8n/community-nodes/no-dangerous-functions */
// `npm start` as a user runs it: the real n8n server comes up with this package loaded as a
// community package, the owner login it prints works, the example workflows and credentials are
// there, a published webhook example sends mail through the emulators, and Ctrl-C (SIGINT to
// the terminal's process group) leaves no process and no listening port behind.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { REPO_ROOT, paths } from '../../scripts/sandbox/config';
import { CREDENTIAL_IDS, loadExamples } from '../../scripts/sandbox/demo';
import { login } from '../../scripts/sandbox/owner';
import { N8nRest } from '../../scripts/sandbox/rest';
import {
	freePorts,
	listening,
	packageTypes,
	processGroupOf,
	processesInGroup,
	processesOf,
} from './harness';

const START_TIMEOUT = 300000;

describe('npm start', () => {
	const userFolder = path.join(paths.data, 'e2e-start');
	let child: ChildProcess;
	let output = '';
	const ports = { n8n: 0, broker: 0, mailcow: 0, migadu: 0 };
	let baseUrl = '';
	let exited: Promise<number | null>;

	beforeAll(async () => {
		fs.rmSync(userFolder, { recursive: true, force: true });
		[ports.n8n, ports.broker, ports.mailcow, ports.migadu] = await freePorts(4);
		baseUrl = `http://localhost:${ports.n8n}`;
		// Its own process group, like a terminal's foreground job: Ctrl-C signals the whole group.
		child = spawn(
			path.join(REPO_ROOT, 'node_modules', '.bin', 'tsx'),
			['scripts/sandbox/start.ts'],
			{
				cwd: REPO_ROOT,
				detached: true,
				stdio: ['ignore', 'pipe', 'pipe'],
				env: {
					...process.env,
					N8N_SANDBOX_HOME: userFolder,
					N8N_PORT: String(ports.n8n),
					N8N_RUNNERS_BROKER_PORT: String(ports.broker),
					MAILCOW_EMULATOR_PORT: String(ports.mailcow),
					MIGADU_EMULATOR_PORT: String(ports.migadu),
				},
			},
		);
		exited = new Promise((resolve) => child.on('exit', (code) => resolve(code)));
		child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
		child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
		const deadline = Date.now() + START_TIMEOUT;
		while (!output.includes('Press Ctrl-C') && Date.now() < deadline && child.exitCode === null) {
			await new Promise((resolve) => setTimeout(resolve, 250));
		}
		if (!output.includes('Press Ctrl-C')) throw new Error(`npm start did not come up:\n${output}`);
	}, START_TIMEOUT + 10000);

	afterAll(async () => {
		// Only when a test failed before the Ctrl-C test ran.
		if (child?.exitCode === null) {
			process.kill(-child.pid!, 'SIGKILL');
			await exited;
		}
	});

	test('prints progress, the URL and a login that works', async () => {
		expect(output).toMatch(/step 1\/6: Node 24\.21\.0/);
		expect(output).toMatch(/step 2\/6: n8n 2\.41\.1/);
		expect(output).toMatch(/step 6\/6: starting n8n 2\.41\.1/);
		expect(output).toContain(`n8n 2.41.1 is running: ${baseUrl}`);
		const [, email, password] = /Log in with\s+(\S+)\s+\/\s+(\S+)/.exec(output)!;
		expect(await login(baseUrl, email, password)).toMatch(/^n8n-auth=/);
		expect(await login(baseUrl, email, `${password}-wrong`)).toBeUndefined();
	});

	test('n8n has loaded both nodes and every credential of the package', async () => {
		const [, email, password] = /Log in with\s+(\S+)\s+\/\s+(\S+)/.exec(output)!;
		const rest = new N8nRest(baseUrl, (await login(baseUrl, email, password))!);
		const loaded = await rest.loadedTypes();
		const expected = packageTypes(userFolder);
		expect(expected.nodes).toEqual([
			'n8n-nodes-mailcow-migadu.mailcow',
			'n8n-nodes-mailcow-migadu.migadu',
			'n8n-nodes-mailcow-migadu.mailcowTrigger',
			'n8n-nodes-mailcow-migadu.migaduTrigger',
		]);
		expect(expected.credentials.length).toBeGreaterThanOrEqual(3);
		expect(loaded.nodes).toEqual(expect.arrayContaining(expected.nodes));
		expect(loaded.credentials).toEqual(expect.arrayContaining(expected.credentials));

		const workflows = await rest.request<Array<{ id: string }>>('GET', '/rest/workflows');
		expect(workflows.map((w) => w.id).sort()).toEqual(
			loadExamples()
				.map((e) => e.workflow.id)
				.sort(),
		);
		const credentials = await rest.request<Array<{ id: string; type: string }>>(
			'GET',
			'/rest/credentials',
		);
		expect(credentials.map((c) => c.id).sort()).toEqual(Object.values(CREDENTIAL_IDS).sort());
	});

	test('the published webhook example sends an uploaded file through the Mailcow emulator', async () => {
		const form = new FormData();
		form.append('to', 'customer@example.com');
		form.append('subject', 'Invoice 7');
		form.append('text', 'Attached.');
		form.append(
			'invoice',
			new Blob([Buffer.from('%PDF-1.4 invoice 7')], { type: 'application/pdf' }),
			'invoice-7.pdf',
		);
		const response = await fetch(`${baseUrl}/webhook/send-document`, {
			method: 'POST',
			body: form,
		});
		expect(response.status).toBe(200);
		expect(await response.json()).toMatchObject({
			sent: true,
			to: ['customer@example.com'],
			subject: 'Invoice 7',
			attachments: [{ fileName: 'invoice-7.pdf', mimeType: 'application/pdf', size: 18 }],
		});
	});

	test('Ctrl-C stops n8n, its task runner and both emulators', async () => {
		const n8nProcesses = processesOf(userFolder);
		expect(n8nProcesses.length).toBeGreaterThan(0);
		// The groups of everything started: npm start's own, and n8n's (with its task runner).
		const groups = [...new Set([child.pid!, ...n8nProcesses.map(processGroupOf)])];
		expect(groups.flatMap(processesInGroup).length).toBeGreaterThan(n8nProcesses.length);
		expect(await listening(ports.mailcow)).toBe(true);

		process.kill(-child.pid!, 'SIGINT');
		expect(await exited).toBe(0);
		expect(output).toContain('Stopped. Nothing is left running.');

		expect(processesOf(userFolder)).toEqual([]);
		expect(groups.flatMap(processesInGroup)).toEqual([]);
		for (const port of [ports.n8n, ports.broker, ports.mailcow, ports.migadu]) {
			expect(await listening(port)).toBe(false);
		}
	});
});
