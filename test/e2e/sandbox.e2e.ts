/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals, @n8n/community-nodes/no-dangerous-functions */
// `npm start` as a user runs it: a busy port is named with the variable that moves it before
// anything starts; the real n8n server comes up with this package loaded as a community package,
// the owner login it prints works, the example workflows and credentials are there, each
// example's sticky note says what the editor's *Execute workflow* button runs, a published
// webhook example sends mail through the emulators, and SIGTERM to npm's own pid (what systemd,
// `timeout` and container runtimes send) leaves no process and no listening port behind.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { REPO_ROOT, paths } from '../../scripts/sandbox/config';
import { CREDENTIAL_IDS, loadExamples, type Example } from '../../scripts/sandbox/demo';
import { login } from '../../scripts/sandbox/owner';
import { N8nRest } from '../../scripts/sandbox/rest';
import {
	editorDefaultTrigger,
	freePorts,
	listening,
	type NodeTypeInfo,
	packageTypes,
	processGroupOf,
	processesInGroup,
	processesOf,
} from './harness';

const START_TIMEOUT = 300000;

/** `npm start` as the user types it, in its own process group (like a terminal's job). */
function npmStart(env: Record<string, string>): ChildProcess {
	return spawn('npm', ['start'], {
		cwd: REPO_ROOT,
		detached: true,
		stdio: ['ignore', 'pipe', 'pipe'],
		env: { ...process.env, ...env },
	});
}

async function until(condition: () => boolean | Promise<boolean>, timeoutMs: number) {
	const deadline = Date.now() + timeoutMs;
	while (!(await condition()) && Date.now() < deadline)
		await new Promise((resolve) => setTimeout(resolve, 250));
	return await condition();
}

describe('npm start with a busy port', () => {
	test.each([
		['N8N_RUNNERS_BROKER_PORT', 1],
		['MIGADU_EMULATOR_PORT', 3],
	])(
		'names the port taken by another program and %s, and starts nothing',
		async (variable, index) => {
			const free = await freePorts(4);
			const blocker = net.createServer();
			await new Promise<void>((resolve) => blocker.listen(free[index], '127.0.0.1', resolve));
			try {
				const child = npmStart({
					N8N_SANDBOX_HOME: path.join(paths.data, 'e2e-busy'),
					N8N_PORT: String(free[0]),
					N8N_RUNNERS_BROKER_PORT: String(free[1]),
					MAILCOW_EMULATOR_PORT: String(free[2]),
					MIGADU_EMULATOR_PORT: String(free[3]),
				});
				let output = '';
				child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
				child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
				const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
				expect(code).toBe(1);
				expect(output).toContain(`Port ${free[index]}`);
				expect(output).toContain(`${variable}=`);
				expect(output).not.toContain('step 6/6');
				for (const [i, port] of free.entries()) {
					if (i !== index) expect(await listening(port)).toBe(false);
				}
			} finally {
				await new Promise((resolve) => blocker.close(resolve));
			}
		},
		START_TIMEOUT,
	);
});

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
		child = npmStart({
			N8N_SANDBOX_HOME: userFolder,
			N8N_PORT: String(ports.n8n),
			N8N_RUNNERS_BROKER_PORT: String(ports.broker),
			MAILCOW_EMULATOR_PORT: String(ports.mailcow),
			MIGADU_EMULATOR_PORT: String(ports.migadu),
		});
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
		// Only when a test failed: whatever is left of npm start's group and of n8n's.
		if (!child?.pid) return;
		const groups = new Set([child.pid, ...processesOf(userFolder).map(processGroupOf)]);
		for (const group of groups) {
			try {
				process.kill(-group, 'SIGKILL');
			} catch {
				// already gone
			}
		}
		await exited;
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

	// What the editor does on a click of *Execute workflow* (n8n 2.41.1): it saves the workflow
	// and POSTs /rest/workflows/<id>/run with the trigger shown on the button (the one picked by
	// editorDefaultTrigger until the user chooses another in the button's menu).
	describe.each(
		loadExamples()
			.filter((example) => stickyNote(example).includes('Execute workflow'))
			.map((example) => [example.file, example] as const),
	)('%s', (_file, example) => {
		test('the sticky note says what the Execute workflow button runs, and it runs so', async () => {
			const [, email, password] = /Log in with\s+(\S+)\s+\/\s+(\S+)/.exec(output)!;
			const rest = new N8nRest(baseUrl, (await login(baseUrl, email, password))!);
			const types = await rest.request<NodeTypeInfo[]>('GET', '/types/nodes.json');
			const shown = editorDefaultTrigger(example.workflow, types);
			expect(shown).toBeDefined();
			const note = stickyNote(example);
			// The trigger the note tells the user to pick in the button's menu; none: the one shown.
			const chosen = /choose \*\*(.+?)\*\*/.exec(note)?.[1] ?? shown!;
			const post = async (trigger: string) =>
				await rest.request<{ executionId?: string; waitingForWebhook?: boolean }>(
					'POST',
					`/rest/workflows/${example.workflow.id}/run`,
					{
						workflowId: example.workflow.id,
						startNodes: [],
						triggerToStartFrom: { name: trigger },
					},
				);
			// A kept-alive socket that n8n closed just then fails before any answer ("other side
			// closed"); the browser would open a new one, so do the same once.
			const run = async (trigger: string) =>
				await post(trigger).catch(async (error: Error) => {
					if (!/fetch failed/.test(error.message)) throw error;
					return await post(trigger);
				});
			if (chosen !== shown) {
				// The note names the button as the user sees it and says it waits for a request.
				expect(note).toContain(`Execute workflow from ${shown}`);
				expect(await run(shown!)).toEqual({ waitingForWebhook: true });
				await rest.request('DELETE', `/rest/test-webhook/${example.workflow.id}`);
			}
			const started = await run(chosen);
			expect(started.waitingForWebhook).toBeUndefined();
			expect(started.executionId).toBeDefined();
			let execution: { status: string; data?: string } = { status: 'new' };
			await until(async () => {
				execution = await rest.request('GET', `/rest/executions/${started.executionId}`);
				return !['new', 'running', 'waiting'].includes(execution.status);
			}, 120000);
			expect(execution.status).toBe('success');
			// The run reached the workflow's last node (the one that mails).
			const nodes = example.workflow.nodes as Array<{ name: string; type: string }>;
			const ours = nodes.filter((n) => n.type.startsWith('n8n-nodes-mailcow-migadu.'));
			const last = ours[ours.length - 1];
			expect(String(execution.data)).toContain(last.name);
		});
	});

	test('SIGTERM to npm start’s own pid stops n8n, its task runner, tsx and both emulators', async () => {
		const n8nProcesses = processesOf(userFolder);
		expect(n8nProcesses.length).toBeGreaterThan(0);
		// The groups of everything started: npm start's own (npm, tsx, the sandbox script with the
		// emulators), and n8n's (with its task runner).
		const groups = [...new Set([child.pid!, ...n8nProcesses.map(processGroupOf)])];
		expect(groups.flatMap(processesInGroup).length).toBeGreaterThan(n8nProcesses.length + 1);
		expect(await listening(ports.mailcow)).toBe(true);

		process.kill(child.pid!, 'SIGTERM');
		await exited;
		const gone = async () =>
			processesOf(userFolder).length === 0 &&
			groups.flatMap(processesInGroup).length === 0 &&
			!(await listening(ports.mailcow));
		expect(await until(gone, 60000)).toBe(true);

		expect(processesOf(userFolder)).toEqual([]);
		expect(groups.flatMap(processesInGroup)).toEqual([]);
		for (const port of [ports.n8n, ports.broker, ports.mailcow, ports.migadu]) {
			expect(await listening(port)).toBe(false);
		}
	});
});

function stickyNote(example: Example): string {
	const nodes = example.workflow.nodes as Array<{
		type: string;
		parameters: { content?: string };
	}>;
	return nodes
		.filter((n) => n.type === 'n8n-nodes-base.stickyNote')
		.map((n) => n.parameters.content ?? '')
		.join('\n');
}
