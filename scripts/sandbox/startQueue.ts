/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals */
// `npm run start:queue`: the demo of `npm start` on n8n's distributed engine. PostgreSQL and
// Redis (the system's packages) on loopback, n8n main (UI and webhooks) and two workers that run
// the executions. Ctrl-C stops n8n first, then Redis and PostgreSQL, and waits until all are gone.
import fs from 'node:fs';
import path from 'node:path';
import { N8N_VERSION, OWNER, SANDBOX_DIR, paths, ports, queuePorts } from './config';
import {
	demoCredentials,
	loadExamples,
	startDemoEmulators,
	webhookPaths,
	type DemoEmulators,
} from './demo';
import { ensureInstalled, step } from './install';
import { importCredentials, importWorkflows } from './n8n';
import { ensureOwner } from './owner';
import { buildAndPack } from './pack';
import {
	createDatabase,
	portOpen,
	prepareCluster,
	startCluster,
	startPostgres,
	startRedis,
	stopServices,
	type Service,
} from './queue';
import { N8nRest } from './rest';
import { say, warn } from './log';

const dir = process.env.N8N_SANDBOX_HOME
	? path.resolve(process.env.N8N_SANDBOX_HOME)
	: path.join(paths.data, 'queue');
const logs = path.join(dir, 'logs');
const baseUrl = `http://localhost:${ports.n8n}`;

let emulators: DemoEmulators | undefined;
const services: Service[] = [];
let stopping = false;

async function shutdown(code: number) {
	if (stopping) return;
	stopping = true;
	say('\nStopping n8n (main and workers), then Redis and PostgreSQL, and the emulators…');
	// n8n first (workers finish or hand back their jobs), then what they were connected to.
	await stopServices([...services].reverse());
	await emulators?.stop();
	say('Stopped. Nothing is left running.');
	process.exit(code);
}

async function main() {
	fs.mkdirSync(SANDBOX_DIR, { recursive: true });
	say(`n8n sandbox in queue mode, in ${path.relative(process.cwd(), dir) || dir}`);
	const wanted = {
		n8n: ports.n8n,
		'task broker (main)': ports.broker,
		...Object.fromEntries(
			queuePorts.workers.flatMap((w, i) => [
				[`task broker (worker ${i + 1})`, w.broker],
				[`health (worker ${i + 1})`, w.health],
			]),
		),
		PostgreSQL: queuePorts.postgres,
		Redis: queuePorts.redis,
		'Mailcow emulator': ports.mailcow,
		'Migadu emulator': ports.migadu,
	};
	const taken = [];
	for (const [name, port] of Object.entries(wanted))
		if (await portOpen(port)) taken.push(`${name} ${port}`);
	if (taken.length)
		throw new Error(
			`Ports already in use: ${taken.join(', ')}. Stop what uses them (another npm start?) or choose other ports (docs/queue-mode.md).`,
		);
	await ensureInstalled();

	step(4, 'building and packing this package…');
	const tarball = await buildAndPack();

	step(5, `starting PostgreSQL (:${queuePorts.postgres}) and Redis (:${queuePorts.redis})…`);
	services.push(
		await startPostgres(
			path.join(dir, 'postgres'),
			queuePorts.postgres,
			path.join(logs, 'postgres.log'),
		),
	);
	await createDatabase(queuePorts.postgres, 'n8n');
	services.push(
		await startRedis(path.join(dir, 'redis'), queuePorts.redis, path.join(logs, 'redis.log')),
	);
	emulators = await startDemoEmulators({ mailcow: ports.mailcow, migadu: ports.migadu });

	step(
		6,
		`starting n8n ${N8N_VERSION} main on ${baseUrl} and ${queuePorts.workers.length} workers…`,
	);
	const cluster = await prepareCluster({
		dir,
		tarball,
		postgresPort: queuePorts.postgres,
		redisPort: queuePorts.redis,
		database: 'n8n',
		ports: { main: ports.n8n, mainBroker: ports.broker, workers: queuePorts.workers },
	});
	await importCredentials(cluster.main, demoCredentials(emulators));
	const examples = loadExamples();
	await importWorkflows(
		cluster.main,
		examples.map((example) => example.workflow),
	);
	try {
		await startCluster(cluster);
	} finally {
		services.push(...cluster.services);
	}
	for (const service of cluster.services) {
		service.child.on('exit', (code) => {
			if (stopping) return;
			warn(`${service.name} exited unexpectedly (code ${code}); see ${service.logFile}`);
			void shutdown(1);
		});
	}
	const login = await ensureOwner(baseUrl, OWNER);
	const webhooks = login.cookie
		? examples.flatMap((example) =>
				webhookPaths(example.workflow).map((p) => ({ example, path: p })),
			)
		: [];
	if (login.cookie) {
		const rest = new N8nRest(baseUrl, login.cookie);
		for (const id of new Set(webhooks.map((w) => w.example.workflow.id)))
			await rest.activateWorkflow(id);
	}

	say(`
┌──────────────────────────────────────────────────────────────────────
│ n8n ${N8N_VERSION} is running in queue mode: ${baseUrl}
│ Log in with  ${login.email}  /  ${login.password ?? '(the password you set)'}
│
│ main ${baseUrl} puts executions on the queue; ${cluster.workers.length} workers run them
│ (concurrency 5 each; manual runs from the editor are offloaded to them too).
│ PostgreSQL 127.0.0.1:${queuePorts.postgres}, Redis 127.0.0.1:${queuePorts.redis}; binary data in the database.
│ Logs: ${path.relative(process.cwd(), logs)}/ (main.log, worker-1.log, worker-2.log)
│
│ Emulators (demo data, in memory, reset on every start):
│   Mailcow  ${emulators.mailcow.url}     API key ${emulators.mailcow.apiKey}
│   Migadu   ${emulators.migadu.url}/v1  ${emulators.migadu.user} / ${emulators.migadu.apiKey}
${webhooks.map((w) => `│ POST ${baseUrl}/webhook/${w.path}   (${w.example.file})`).join('\n')}
│
│ Press Ctrl-C to stop n8n, Redis, PostgreSQL and the emulators.
└──────────────────────────────────────────────────────────────────────`);
}

process.on('SIGINT', () => void shutdown(0));
process.on('SIGTERM', () => void shutdown(0));
process.on('SIGHUP', () => void shutdown(0));
main().catch(async (error: Error) => {
	warn(`\n${error.message}`);
	await shutdown(1);
});
