/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals, no-console -- starts servers, prints the figures */
// The packed package on n8n's distributed engine: main (webhooks, UI) puts executions on a Redis
// queue, two workers run them, PostgreSQL holds workflows, credentials and executions. All on
// loopback with the system's PostgreSQL and Redis. Proves that
// - the example workflows run on both workers (each worker has the package in its own folder);
// - Email → Send reads a file main received, on another process: binary data in `database` mode
//   (queue mode's default) and in `filesystem` mode with a storage path all processes share;
// - Migadu's limit (scaled: 10 requests per 5 s) holds across two workers with the Throttling
//   option "Processes Sharing This Account" = 2, and is exceeded with the default (1).
import fs from 'node:fs';
import path from 'node:path';
import { OWNER, paths } from '../../../scripts/sandbox/config';
import {
	demoCredentials,
	loadExamples,
	startDemoEmulators,
	type DemoEmulators,
} from '../../../scripts/sandbox/demo';
import { importCredentials, importWorkflows } from '../../../scripts/sandbox/n8n';
import { ensureOwner } from '../../../scripts/sandbox/owner';
import {
	createDatabase,
	executionsPerWorker,
	prepareCluster,
	startCluster,
	startPostgres,
	startRedis,
	stopServices,
	tail,
	type QueueCluster,
	type Service,
} from '../../../scripts/sandbox/queue';
import { N8nRest } from '../../../scripts/sandbox/rest';
import { sendEmailState } from '../../emulators/mailcow/routes/sendEmail';
import { freePorts, listening, processesOf, tarball } from '../harness';
import { migaduBulkWorkflow, withWebhookTrigger } from './workflows';

const CLUSTER_TIMEOUT = 420000;
const dir = path.join(paths.data, 'e2e-queue');
const examples = Object.fromEntries(loadExamples().map((e) => [e.file.split('-')[0], e.workflow]));

// Migadu's limit (60 per 2 minutes) scaled to 10 per 5 s; 4 executions × 10 mailbox creates.
const LIMIT = { limit: 10, windowMs: 5000, blockMs: 5000 };
const EXECUTIONS = 4;
const PEOPLE = 10;
const WORKER_CONCURRENCY = 2;

const services: Service[] = [];
let emulators: DemoEmulators;
let postgresPort = 0;
let redisPort = 0;

/** Figures printed at the end (and read into the project's notes). */
const figures: string[] = [];

const PDF = Buffer.from(
	'%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);

async function postDocument(baseUrl: string, n: number) {
	const form = new FormData();
	form.append('to', `customer${n}@example.com`);
	form.append('subject', `Invoice ${n}`);
	form.append('text', 'Attached.');
	form.append('invoice', new Blob([PDF], { type: 'application/pdf' }), `invoice-${n}.pdf`);
	const response = await fetch(`${baseUrl}/webhook/send-document`, { method: 'POST', body: form });
	return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

async function postJson(baseUrl: string, webhookPath: string, body: unknown) {
	const response = await fetch(`${baseUrl}/webhook/${webhookPath}`, {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify(body),
	});
	const text = await response.text();
	if (response.status !== 200)
		throw new Error(`POST /webhook/${webhookPath}: HTTP ${response.status} ${text.slice(0, 500)}`);
	return JSON.parse(text) as Record<string, unknown>;
}

/** The workers' log tails, for failures that happen inside n8n. */
function diagnostics(cluster: QueueCluster): string {
	return cluster.logFiles.map((file) => `--- ${file}\n${tail(file, 25)}`).join('\n');
}

/** Executions each worker started since `before` (counts from the workers' logs). */
function startedSince(cluster: QueueCluster, before: string[][]): number[] {
	return executionsPerWorker(cluster).map((ids, i) => ids.length - before[i].length);
}

/**
 * A cluster in its own database: main + 2 workers with the package, the demo credentials, the
 * examples (3 and 4 with a Webhook instead of their Manual Trigger) and two Migadu bulk
 * workflows, all published.
 */
async function startQueueCluster(
	name: string,
	options: { binaryDataMode: 'database' | 'filesystem'; storagePath?: string },
): Promise<QueueCluster> {
	const [main, mainBroker, b1, h1, b2, h2] = await freePorts(6);
	const clusterDir = path.join(dir, name);
	fs.rmSync(clusterDir, { recursive: true, force: true });
	await createDatabase(postgresPort, `n8n_${name}`);
	const cluster = await prepareCluster({
		dir: clusterDir,
		tarball: tarball(),
		postgresPort,
		redisPort,
		database: `n8n_${name}`,
		// Each cluster its own queue in the shared Redis.
		env: { QUEUE_BULL_PREFIX: `bull-${name}` },
		ports: {
			main,
			mainBroker,
			workers: [
				{ broker: b1, health: h1 },
				{ broker: b2, health: h2 },
			],
		},
		...options,
	});
	const workflows = [
		examples['1'],
		examples['2'],
		withWebhookTrigger(examples['3'], 'migadu-onboarding'),
		withWebhookTrigger(examples['4'], 'offboarding'),
		migaduBulkWorkflow('migaduBulkShared', 'migadu-bulk-shared', {
			requestsPerWindow: LIMIT.limit,
			windowSeconds: LIMIT.windowMs / 1000,
			processes: 2,
		}),
		migaduBulkWorkflow('migaduBulkDefault', 'migadu-bulk-default', {
			requestsPerWindow: LIMIT.limit,
			windowSeconds: LIMIT.windowMs / 1000,
		}),
	];
	await importCredentials(cluster.main, demoCredentials(emulators));
	await importWorkflows(cluster.main, workflows);
	try {
		await startCluster(cluster, { concurrency: WORKER_CONCURRENCY }, CLUSTER_TIMEOUT - 60000);
	} finally {
		services.push(...cluster.services);
	}
	const login = await ensureOwner(cluster.baseUrl, OWNER);
	if (!login.cookie) throw new Error(`Could not log in to ${cluster.baseUrl}`);
	const rest = new N8nRest(cluster.baseUrl, login.cookie);
	for (const workflow of workflows) await rest.activateWorkflow(workflow.id);
	return cluster;
}

async function stopCluster(cluster: QueueCluster | undefined) {
	if (!cluster) return;
	await stopServices([...cluster.services].reverse());
	for (const service of cluster.services) services.splice(services.indexOf(service), 1);
	// Every process of the cluster is gone, and its ports are free again.
	for (const instance of [cluster.main, ...cluster.workers])
		expect(processesOf(instance.userFolder)).toEqual([]);
	for (const service of cluster.services) expect(await listening(service.port)).toBe(false);
}

beforeAll(async () => {
	fs.mkdirSync(dir, { recursive: true });
	[postgresPort, redisPort] = await freePorts(2);
	const logs = path.join(dir, 'logs');
	services.push(
		await startPostgres(path.join(dir, 'postgres'), postgresPort, path.join(logs, 'postgres.log')),
	);
	services.push(await startRedis(path.join(dir, 'redis'), redisPort, path.join(logs, 'redis.log')));
	emulators = await startDemoEmulators({ mailcow: 0, migadu: 0 });
}, 120000);

afterAll(async () => {
	// Whatever a failed test left: n8n processes first, then Redis and PostgreSQL.
	await stopServices([...services].reverse());
	await emulators?.stop();
	console.log(`Queue mode figures:\n${figures.join('\n')}`);
}, 120000);

describe('binary data in database mode (queue-mode default)', () => {
	let cluster: QueueCluster;

	beforeAll(async () => {
		cluster = await startQueueCluster('database', { binaryDataMode: 'database' });
	}, CLUSTER_TIMEOUT);

	afterAll(async () => await stopCluster(cluster), 120000);

	beforeEach(() => {
		emulators.reset();
		emulators.migadu.rateLimit = undefined;
	});

	test('the examples run on both workers', async () => {
		const before = executionsPerWorker(cluster);
		const started = performance.now();
		const customer = (n: number) => ({
			company: `Customer ${n}`,
			domain: `customer${n}.example`,
			firstName: 'Jane',
			lastName: `Doe${n}`,
			contactEmail: `jane${n}@contact.example`,
		});
		const results = await Promise.all([
			postJson(cluster.baseUrl, 'new-customer', customer(1)),
			postJson(cluster.baseUrl, 'new-customer', customer(2)),
			postDocument(cluster.baseUrl, 1),
			postDocument(cluster.baseUrl, 2),
			postJson(cluster.baseUrl, 'migadu-onboarding', {}),
			postJson(cluster.baseUrl, 'offboarding', {}),
		]);
		const wallMs = performance.now() - started;

		// 1: domains, mailboxes with generated passwords, aliases and the welcome mail with its PDF.
		const { state } = emulators.mailcow;
		for (const n of [1, 2]) {
			expect(state.domains.has(`customer${n}.example`)).toBe(true);
			expect(state.mailboxes.has(`jane.doe${n}@customer${n}.example`)).toBe(true);
			expect(state.aliasByAddress(`jane@customer${n}.example`)).toMatchObject({
				goto: `jane.doe${n}@customer${n}.example`,
			});
		}
		const sent = sendEmailState(state).sent;
		expect(sent.map((m) => m.to[0]).sort()).toEqual([
			'customer1@example.com',
			'customer2@example.com',
			'jane1@contact.example',
			'jane2@contact.example',
		]);
		for (const message of sent.filter((m) => m.to[0].startsWith('customer'))) {
			expect(message.attachments).toHaveLength(1);
			expect(message.attachments[0].contentType).toBe('application/pdf');
			expect(message.attachments[0].content.equals(PDF)).toBe(true);
		}
		expect(results[2]).toMatchObject({ status: 200, body: { sent: true } });
		// 3: the invited mailbox, its identity and alias; 4: autoresponder, forwarding, Mailcow offboarding.
		const migadu = emulators.migadu.state;
		expect(migadu.mailbox('example.com', 'erin.example')!.identities.has('support')).toBe(true);
		expect(migadu.invitations).toEqual([
			{ address: 'erin.example@example.com', to: 'erin@home.example' },
		]);
		expect(migadu.mailbox('example.com', 'dave')!.record.autorespond_active).toBe(true);
		expect(state.mailboxes.has('bob@example.org')).toBe(false);
		expect(state.aliasByAddress('bob@example.org')).toMatchObject({ goto: 'alice@example.org' });

		// More uploads until both workers have run executions (the queue hands jobs to whichever
		// worker asks first; six at once with concurrency 2 each already reach both in practice).
		for (let round = 0; round < 5 && startedSince(cluster, before).some((n) => n === 0); round++) {
			await Promise.all(
				[3, 4, 5, 6].map(async (n) => await postDocument(cluster.baseUrl, 10 * round + n)),
			);
		}
		const perWorker = startedSince(cluster, before);
		figures.push(
			`examples (database mode): executions per worker ${perWorker.join(' + ')}, first batch of 6 in ${(wallMs / 1000).toFixed(1)} s`,
		);
		if (perWorker.some((n) => n === 0))
			throw new Error(`A worker ran nothing:\n${diagnostics(cluster)}`);
		// The uploads went through the database: no process wrote binary files.
		for (const instance of [cluster.main, ...cluster.workers]) {
			const storage = path.join(instance.userFolder, '.n8n', 'storage');
			const files = fs.existsSync(storage)
				? fs.readdirSync(storage, { recursive: true }).map(String)
				: [];
			expect(files.filter((file) => file.includes('binary_data'))).toEqual([]);
		}
		// main only queued them: it ran no execution itself.
		expect(fs.readFileSync(cluster.logFiles[0], 'utf8')).not.toMatch(/Worker started execution/);
	});

	test(`Migadu bulk on two workers with "Processes Sharing This Account" = 2: nothing blocked`, async () => {
		emulators.migadu.rateLimit = { ...LIMIT };
		const before = executionsPerWorker(cluster);
		const started = performance.now();
		await Promise.all(
			Array.from(
				{ length: EXECUTIONS },
				async (_, e) =>
					await postJson(cluster.baseUrl, 'migadu-bulk-shared', {
						people: Array.from({ length: PEOPLE }, (_, i) => ({
							local: `shared${e}-${i}`,
							name: `Shared ${e} ${i}`,
						})),
					}),
			),
		);
		const wallMs = performance.now() - started;
		const perWorker = startedSince(cluster, before);
		const requests = EXECUTIONS * PEOPLE;
		const minimumMs = (Math.ceil(requests / LIMIT.limit) - 1) * LIMIT.windowMs;
		figures.push(
			`Migadu bulk, setting 2 (documented): workers 2, executions per worker ${perWorker.join(' + ')}, requests ${emulators.migadu.arrivals.length + emulators.migadu.forbidden}, blocked ${emulators.migadu.forbidden}, wall ${(wallMs / 1000).toFixed(1)} s (least the limit allows ${minimumMs / 1000} s)`,
		);
		expect(perWorker.every((n) => n > 0)).toBe(true);
		expect(emulators.migadu.forbidden).toBe(0);
		const created = [...emulators.migadu.state.domains.get('example.com')!.mailboxes.keys()];
		expect(created.filter((local) => local.startsWith('shared'))).toHaveLength(requests);
	});

	test('Migadu bulk on two workers with the default setting (1): Migadu blocks, as the README warns', async () => {
		// The workers' limiters remember the last run's requests for one window.
		await new Promise((resolve) => setTimeout(resolve, LIMIT.windowMs + 500));
		emulators.migadu.rateLimit = { ...LIMIT };
		const before = executionsPerWorker(cluster);
		const started = performance.now();
		await Promise.all(
			Array.from(
				{ length: EXECUTIONS },
				async (_, e) =>
					await postJson(cluster.baseUrl, 'migadu-bulk-default', {
						people: Array.from({ length: PEOPLE }, (_, i) => ({
							local: `default${e}-${i}`,
							name: `Default ${e} ${i}`,
						})),
					}),
			),
		);
		const wallMs = performance.now() - started;
		const perWorker = startedSince(cluster, before);
		figures.push(
			`Migadu bulk, default setting 1: workers 2, executions per worker ${perWorker.join(' + ')}, requests ${emulators.migadu.arrivals.length + emulators.migadu.forbidden}, blocked ${emulators.migadu.forbidden}, wall ${(wallMs / 1000).toFixed(1)} s`,
		);
		expect(perWorker.every((n) => n > 0)).toBe(true);
		expect(emulators.migadu.forbidden).toBeGreaterThan(0);
	});
});

describe('binary data in filesystem mode with a storage path main and workers share', () => {
	let cluster: QueueCluster;
	const storagePath = path.join(dir, 'shared-storage');

	beforeAll(async () => {
		fs.rmSync(storagePath, { recursive: true, force: true });
		cluster = await startQueueCluster('filesystem', { binaryDataMode: 'filesystem', storagePath });
	}, CLUSTER_TIMEOUT);

	afterAll(async () => await stopCluster(cluster), 120000);

	beforeEach(() => emulators.reset());

	test('uploads received by main are sent with their attachment by the workers', async () => {
		const before = executionsPerWorker(cluster);
		let results = await Promise.all(
			[1, 2, 3, 4].map(async (n) => await postDocument(cluster.baseUrl, n)),
		);
		for (let round = 1; round < 5 && startedSince(cluster, before).some((n) => n === 0); round++) {
			results = results.concat(
				await Promise.all(
					[1, 2, 3, 4].map(async (n) => await postDocument(cluster.baseUrl, 10 * round + n)),
				),
			);
		}
		for (const result of results)
			expect(result).toMatchObject({ status: 200, body: { sent: true } });
		const sent = sendEmailState(emulators.mailcow.state).sent;
		expect(sent).toHaveLength(results.length);
		for (const message of sent) expect(message.attachments[0].content.equals(PDF)).toBe(true);
		// The files went through the shared storage path, not the database.
		const stored = fs.readdirSync(storagePath, { recursive: true }).map(String);
		expect(stored.some((file) => file.includes('binary_data'))).toBe(true);
		const perWorker = startedSince(cluster, before);
		figures.push(
			`Send with attachments (shared filesystem): executions per worker ${perWorker.join(' + ')}`,
		);
		if (perWorker.some((n) => n === 0))
			throw new Error(`A worker ran nothing:\n${diagnostics(cluster)}`);
	});
});
