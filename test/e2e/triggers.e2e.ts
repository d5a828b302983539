/* eslint-disable no-console, @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-hardcoded-secrets -- a demo password of the local emulator */
// The trigger examples activated in a real n8n 2.41.1 server: activation emits nothing for the
// mailboxes that exist, a mailbox created in each emulator starts exactly one execution within two
// poll intervals (the examples poll every minute), and the execution holds that mailbox.
import path from 'node:path';
import type { ChildProcess } from 'node:child_process';
import { OWNER, paths } from '../../scripts/sandbox/config';
import {
	demoCredentials,
	loadExamples,
	startDemoEmulators,
	type DemoEmulators,
} from '../../scripts/sandbox/demo';
import {
	importCredentials,
	importWorkflows,
	startServer,
	waitUntilReady,
	type N8nInstance,
} from '../../scripts/sandbox/n8n';
import { ensureOwner } from '../../scripts/sandbox/owner';
import { delay, stopGroup } from '../../scripts/sandbox/processes';
import { N8nRest } from '../../scripts/sandbox/rest';
import { newMailbox } from '../emulators/migadu/state';
import { freePorts, freshUserFolder } from './harness';

const POLL_INTERVAL_MS = 60_000;
const examples = loadExamples().filter((e) => /trigger/.test(e.file));
const workflowId = (kind: string) => examples.find((e) => e.file.includes(kind))!.workflow.id;

interface ExecutionSummary {
	id: string;
	workflowId: string;
	status: string;
	mode: string;
	startedAt: string;
}

describe('trigger examples activated in n8n', () => {
	let emulators: DemoEmulators;
	let server: ChildProcess;
	let rest: N8nRest;

	beforeAll(async () => {
		emulators = await startDemoEmulators({ mailcow: 0, migadu: 0 });
		const [port, brokerPort] = await freePorts(2);
		const instance: N8nInstance = {
			userFolder: await freshUserFolder('triggers'),
			port,
			brokerPort,
		};
		await importCredentials(instance, demoCredentials(emulators));
		await importWorkflows(
			instance,
			examples.map((e) => e.workflow),
		);
		const baseUrl = `http://localhost:${port}`;
		server = startServer(instance, path.join(paths.logs, 'e2e-triggers.log'));
		await waitUntilReady(baseUrl, server);
		const login = await ensureOwner(baseUrl, OWNER);
		rest = new N8nRest(baseUrl, login.cookie!);
	}, 300_000);

	afterAll(async () => {
		if (server) await stopGroup(server);
		await emulators?.stop();
	});

	const executions = async (id: string) =>
		(
			await rest.request<{ results: ExecutionSummary[] }>(
				'GET',
				`/rest/executions?filter=${encodeURIComponent(JSON.stringify({ workflowId: id }))}`,
			)
		).results;

	test('a new mailbox starts one execution of each trigger within two poll intervals', async () => {
		const mailcowId = workflowId('mailcow');
		const migaduId = workflowId('migadu');
		const activated = Date.now();
		await rest.activateWorkflow(mailcowId);
		await rest.activateWorkflow(migaduId);
		// n8n 2.41 runs one poll while activating, to test the trigger, and keeps nothing it
		// remembered (its poll-cursor service commits a cursor only after a scheduled poll). The
		// first scheduled poll therefore records the mailboxes that exist; wait for it (two polls
		// of each trigger) before changing anything.
		const polls = () => ({
			mailcow: emulators.mailcow.requests.filter(
				(r) => r.rawPath === '/api/v1/get/mailbox/reduced/example.org',
			).length,
			migadu: emulators.migadu.requests.filter(
				(r) => r.rawPath === '/v1/domains/example.com/mailboxes',
			).length,
		});
		const polled = () => polls().mailcow >= 2 && polls().migadu >= 2;
		const activationDeadline = Date.now() + 2 * POLL_INTERVAL_MS + 30_000;
		while (!polled() && Date.now() < activationDeadline) await delay(250);
		if (!polled()) {
			const errors = await Promise.all(
				[mailcowId, migaduId].map(
					async (id) =>
						await rest
							.request('GET', `/rest/active-workflows/error/${id}`)
							.catch((error: Error) => error.message),
				),
			);
			throw new Error(
				`the first scheduled polls did not arrive (${JSON.stringify(polls())}): ${JSON.stringify(errors)}`,
			);
		}
		// A scheduled poll may still be settling when the change lands: give n8n a moment to
		// store what it remembered.
		await delay(2_000);
		expect(await executions(mailcowId)).toEqual([]);
		expect(await executions(migaduId)).toEqual([]);

		const changed = Date.now();
		const before = {
			mailcow: emulators.mailcow.requests.length,
			migadu: emulators.migadu.requests.length,
		};
		emulators.mailcow.state.addMailbox({
			username: 'newhire@example.org',
			name: 'New Hire',
			password: 'Demo-Newhire-Password-1',
			quota: 512,
		});
		emulators.migadu.state.domains.get('example.com')!.mailboxes.set('newhire', {
			record: newMailbox('example.com', 'newhire', { name: 'New Hire' }),
			identities: new Map(),
			forwardings: new Map(),
		});

		// The first poll after the change must come within two poll intervals; n8n then needs a
		// moment to run and save the execution (longer on a loaded machine).
		const polledAt: Record<string, number> = {};
		const seenAt: Record<string, number> = {};
		const deadline = changed + 2 * POLL_INTERVAL_MS + 60_000;
		while (Date.now() < deadline && Object.keys(seenAt).length < 2) {
			if (!polledAt.mailcow && emulators.mailcow.requests.length > before.mailcow)
				polledAt.mailcow = Date.now();
			if (!polledAt.migadu && emulators.migadu.requests.length > before.migadu)
				polledAt.migadu = Date.now();
			for (const id of [mailcowId, migaduId]) {
				if (!seenAt[id] && (await executions(id)).length > 0) seenAt[id] = Date.now();
			}
			await delay(1_000);
		}
		const timings =
			`poll after the change: Mailcow ${polledAt.mailcow - changed} ms, Migadu ${polledAt.migadu - changed} ms; ` +
			`execution listed: Mailcow ${seenAt[mailcowId] - changed} ms, Migadu ${seenAt[migaduId] - changed} ms ` +
			`(poll interval ${POLL_INTERVAL_MS / 1000} s)`;
		console.log(`triggers in n8n: activation took ${changed - activated} ms; ${timings}`);
		if (Object.keys(seenAt).length < 2) {
			// What n8n has, to tell a missing execution from one listed under another state.
			const all = await rest.request<{ results: ExecutionSummary[] }>('GET', '/rest/executions');
			const errors = await Promise.all(
				[mailcowId, migaduId].map(
					async (id) =>
						await rest
							.request('GET', `/rest/active-workflows/error/${id}`)
							.catch((error: Error) => error.message),
				),
			);
			console.log(
				`executions: ${JSON.stringify(all.results)}; activation errors: ${JSON.stringify(errors)}`,
			);
		}
		expect(polledAt.mailcow - changed).toBeLessThanOrEqual(2 * POLL_INTERVAL_MS);
		expect(polledAt.migadu - changed).toBeLessThanOrEqual(2 * POLL_INTERVAL_MS);
		for (const id of [mailcowId, migaduId]) {
			const found = await executions(id);
			expect(found).toHaveLength(1);
			expect(found[0]).toMatchObject({ mode: 'trigger', status: 'success' });
			const execution = await rest.request<{ data: string }>(
				'GET',
				`/rest/executions/${found[0].id}`,
			);
			const address = id === mailcowId ? 'newhire@example.org' : 'newhire@example.com';
			expect(execution.data).toContain(address);
			// Only the new mailbox: none of the demo mailboxes that existed at activation.
			expect(execution.data).not.toContain(
				id === mailcowId ? 'alice@example.org' : 'sales@example.com',
			);
		}

		// One more poll of each trigger: still exactly one execution each.
		const mailcowPolls = emulators.mailcow.requests.length;
		const migaduPolls = emulators.migadu.requests.length;
		const next = Date.now() + POLL_INTERVAL_MS + 15_000;
		while (
			Date.now() < next &&
			(emulators.mailcow.requests.length === mailcowPolls ||
				emulators.migadu.requests.length === migaduPolls)
		)
			await delay(1_000);
		expect(emulators.mailcow.requests.length).toBeGreaterThan(mailcowPolls);
		expect(emulators.migadu.requests.length).toBeGreaterThan(migaduPolls);
		await delay(2_000);
		expect(await executions(mailcowId)).toHaveLength(1);
		expect(await executions(migaduId)).toHaveLength(1);
	}, 480_000);
});
