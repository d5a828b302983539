/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals */
// n8n in queue mode on one machine: PostgreSQL and Redis from the system's packages on loopback,
// a main process (UI, webhooks; it puts executions on the queue) and workers that run them. Used
// by `npm run start:queue`, the queue-mode e2e test and the benchmark.
//
// Every process gets the packed package in its own user folder (as every worker machine must),
// the same encryption key and database, and distinct ports: each n8n process runs its own task
// broker (N8N_RUNNERS_BROKER_PORT), each worker its own health server (QUEUE_HEALTH_CHECK_PORT).
import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { SANDBOX_DIR, paths } from './config';
import { n8nEnv, type N8nInstance } from './n8n';
import { installInto } from './pack';
import { delay, run, start, stopGroup } from './processes';

/** A server process of ours (PostgreSQL, Redis or an n8n process) and where it logs. */
export interface Service {
	name: string;
	port: number;
	child: ChildProcess;
	logFile: string;
}

// ---------------------------------------------------------------- PostgreSQL

/** The newest /usr/lib/postgresql/<version>/bin (Debian's layout), or the folder of `postgres` on PATH. */
export function postgresBinDir(): string {
	const root = '/usr/lib/postgresql';
	const versions = fs.existsSync(root)
		? fs
				.readdirSync(root)
				.filter((v) => fs.existsSync(path.join(root, v, 'bin', 'postgres')))
				.sort((a, b) => Number(b) - Number(a))
		: [];
	if (versions.length) return path.join(root, versions[0], 'bin');
	for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
		if (dir && fs.existsSync(path.join(dir, 'postgres')) && fs.existsSync(path.join(dir, 'initdb')))
			return dir;
	}
	throw new Error(
		'PostgreSQL server binaries not found (initdb, postgres). On Debian/Ubuntu: sudo apt-get install -y postgresql',
	);
}

export function redisServerBin(): string {
	for (const dir of [...(process.env.PATH ?? '').split(path.delimiter), '/usr/bin', '/usr/sbin']) {
		if (dir && fs.existsSync(path.join(dir, 'redis-server'))) return path.join(dir, 'redis-server');
	}
	throw new Error('redis-server not found. On Debian/Ubuntu: sudo apt-get install -y redis-server');
}

/** PostgreSQL refuses to run as root: as root, it runs as the `postgres` user of the package. */
function postgresUser(): { uid: number; gid: number } | undefined {
	if (process.getuid?.() !== 0) return undefined;
	const line = fs
		.readFileSync('/etc/passwd', 'utf8')
		.split('\n')
		.find((l) => l.startsWith('postgres:'));
	if (!line)
		throw new Error(
			'Running as root, PostgreSQL needs an unprivileged user: no "postgres" user exists (apt-get install -y postgresql creates it)',
		);
	const [, , uid, gid] = line.split(':');
	return { uid: Number(uid), gid: Number(gid) };
}

/**
 * Where the cluster goes. The `postgres` user must reach it: the sandbox's own folders get the
 * traverse bit (o+x, nothing becomes readable); when a folder above the sandbox is closed to other
 * users (a clone under /root, say), the cluster goes to the system's temp folder instead.
 */
function reachableDataDir(dir: string, port: number): string {
	if (!postgresUser()) return dir;
	const chain: string[] = [];
	for (let d = path.dirname(dir); ; d = path.dirname(d)) {
		chain.push(d);
		if (d === path.dirname(d)) break;
	}
	const sandbox = path.resolve(SANDBOX_DIR);
	for (const d of chain) {
		if (!(d + path.sep).startsWith(sandbox + path.sep)) continue;
		fs.mkdirSync(d, { recursive: true });
		fs.chmodSync(d, fs.statSync(d).mode | 0o011);
	}
	const closed = chain.find((d) => fs.existsSync(d) && (fs.statSync(d).mode & 0o001) === 0);
	return closed ? path.join(os.tmpdir(), `n8n-sandbox-postgres-${port}`) : dir;
}

/** The database user n8n logs in as (trust authentication, loopback only). */
export const POSTGRES_USER = 'n8n';

function logTo(logFile: string) {
	fs.mkdirSync(path.dirname(logFile), { recursive: true });
	return fs.openSync(logFile, 'a');
}

/**
 * Starts PostgreSQL on 127.0.0.1:`port` with its cluster in `dir` (created on first use, owned by
 * the `postgres` user when we are root). Its Unix socket stays in `dir` too.
 */
export async function startPostgres(dir: string, port: number, logFile: string): Promise<Service> {
	const bin = postgresBinDir();
	const user = postgresUser();
	const owner = user ? { uid: user.uid, gid: user.gid } : {};
	dir = reachableDataDir(dir, port);
	const env = { PATH: process.env.PATH ?? '', LANG: 'C.UTF-8', HOME: dir };
	if (!fs.existsSync(path.join(dir, 'PG_VERSION'))) {
		fs.rmSync(dir, { recursive: true, force: true });
		fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
		if (user) fs.chownSync(dir, user.uid, user.gid);
		const init = await run(
			path.join(bin, 'initdb'),
			['-D', dir, '-U', POSTGRES_USER, '--auth=trust', '-E', 'UTF8', '--no-locale'],
			{ ...owner, env },
		);
		if (init.code !== 0) throw new Error(`initdb failed:\n${init.stdout}\n${init.stderr}`);
	}
	const log = logTo(logFile);
	const child = start(
		path.join(bin, 'postgres'),
		[
			'-D',
			dir,
			'-p',
			String(port),
			'-c',
			'listen_addresses=127.0.0.1',
			'-c',
			`unix_socket_directories=${dir}`,
		],
		{ ...owner, env, stdio: ['ignore', log, log] },
	);
	fs.closeSync(log);
	await waitForPort(port, child, 'PostgreSQL', logFile);
	return { name: 'PostgreSQL', port, child, logFile };
}

/** Creates a database unless it exists (as POSTGRES_USER, over TCP). */
export async function createDatabase(port: number, name: string) {
	const bin = postgresBinDir();
	for (let attempt = 1; ; attempt++) {
		const result = await run(
			path.join(bin, 'createdb'),
			['-h', '127.0.0.1', '-p', String(port), '-U', POSTGRES_USER, name],
			{ env: { PATH: process.env.PATH ?? '', LANG: 'C.UTF-8' } },
		);
		if (result.code === 0 || /already exists/.test(result.stderr)) return;
		// "the database system is starting up" right after the port opened.
		if (attempt >= 30) throw new Error(`createdb ${name} failed:\n${result.stderr}`);
		await delay(500);
	}
}

// ---------------------------------------------------------------- Redis

/** Starts Redis on 127.0.0.1:`port`, in memory only (nothing saved to disk). */
export async function startRedis(dir: string, port: number, logFile: string): Promise<Service> {
	fs.mkdirSync(dir, { recursive: true });
	const log = logTo(logFile);
	const child = start(
		redisServerBin(),
		[
			'--port',
			String(port),
			'--bind',
			'127.0.0.1',
			'--save',
			'',
			'--appendonly',
			'no',
			'--dir',
			dir,
			'--daemonize',
			'no',
		],
		{ stdio: ['ignore', log, log] },
	);
	fs.closeSync(log);
	await waitForPort(port, child, 'Redis', logFile);
	return { name: 'Redis', port, child, logFile };
}

/** Waits until 127.0.0.1:`port` accepts connections; fails when the process exits first. */
export async function waitForPort(
	port: number,
	child: ChildProcess,
	name: string,
	logFile: string,
	timeoutMs = 60000,
) {
	const deadline = Date.now() + timeoutMs;
	while (Date.now() < deadline) {
		if (child.exitCode !== null || child.signalCode !== null)
			throw new Error(`${name} exited (${child.exitCode ?? child.signalCode}):\n${tail(logFile)}`);
		if (await portOpen(port)) return;
		await delay(200);
	}
	throw new Error(
		`${name} did not listen on port ${port} within ${timeoutMs / 1000} s:\n${tail(logFile)}`,
	);
}

/** Whether something accepts TCP connections on 127.0.0.1:port. */
export async function portOpen(port: number): Promise<boolean> {
	return await new Promise((resolve) => {
		const socket = net.connect(port, '127.0.0.1');
		socket.once('connect', () => {
			socket.destroy();
			resolve(true);
		});
		socket.once('error', () => resolve(false));
	});
}

/** The last lines of a log file (for error messages). */
export function tail(file: string, lines = 30): string {
	try {
		return fs.readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
	} catch {
		return '(no log)';
	}
}

// ---------------------------------------------------------------- n8n in queue mode

export interface QueueClusterOptions {
	/** Folder of this cluster's user folders, logs and encryption key. */
	dir: string;
	/** The packed package, installed into every process's user folder. */
	tarball: string;
	postgresPort: number;
	redisPort: number;
	/** Database name (created if missing). */
	database: string;
	ports: {
		/** Main's HTTP port (UI, REST, webhooks). */
		main: number;
		mainBroker: number;
		/** Per worker: its task broker and its health server. */
		workers: Array<{ broker: number; health: number }>;
	};
	/** Jobs a worker runs at once (n8n's default 10; it warns below 5). */
	concurrency?: number;
	/** N8N_DEFAULT_BINARY_DATA_MODE; unset: n8n's queue-mode default, `database`. */
	binaryDataMode?: 'database' | 'filesystem';
	/**
	 * N8N_STORAGE_PATH for every process (filesystem mode needs one all processes share). Unset:
	 * each process keeps files under its own user folder, so a worker cannot read main's files.
	 */
	storagePath?: string;
	/** More environment for every process. */
	env?: Record<string, string>;
}

export interface QueueCluster {
	main: N8nInstance;
	workers: N8nInstance[];
	baseUrl: string;
	/** Log file of main (index 0) and of each worker. */
	logFiles: string[];
	/** Main and workers, in order. */
	services: Service[];
}

/** A random key, kept in the cluster folder so a restarted cluster can read its credentials. */
function encryptionKey(dir: string): string {
	const file = path.join(dir, 'encryption-key');
	if (fs.existsSync(file)) return fs.readFileSync(file, 'utf8').trim();
	const key = randomBytes(24).toString('base64url');
	fs.mkdirSync(dir, { recursive: true });
	fs.writeFileSync(file, key, { mode: 0o600 });
	return key;
}

/** The environment every process of a queue-mode cluster shares (main adds its port). */
export function queueEnv(options: QueueClusterOptions): Record<string, string> {
	return {
		EXECUTIONS_MODE: 'queue',
		QUEUE_BULL_REDIS_HOST: '127.0.0.1',
		QUEUE_BULL_REDIS_PORT: String(options.redisPort),
		DB_TYPE: 'postgresdb',
		DB_POSTGRESDB_HOST: '127.0.0.1',
		DB_POSTGRESDB_PORT: String(options.postgresPort),
		DB_POSTGRESDB_DATABASE: options.database,
		DB_POSTGRESDB_USER: POSTGRES_USER,
		DB_POSTGRESDB_PASSWORD: '',
		N8N_ENCRYPTION_KEY: encryptionKey(options.dir),
		// Manual runs from the editor go to the workers too, so only workers run executions.
		OFFLOAD_MANUAL_EXECUTIONS_TO_WORKERS: 'true',
		N8N_LOG_LEVEL: 'info',
		...(options.binaryDataMode ? { N8N_DEFAULT_BINARY_DATA_MODE: options.binaryDataMode } : {}),
		...(options.storagePath ? { N8N_STORAGE_PATH: options.storagePath } : {}),
		...options.env,
	};
}

/** The main process and the workers' instances (user folders with the package installed). */
export async function prepareCluster(options: QueueClusterOptions): Promise<QueueCluster> {
	const shared = queueEnv(options);
	const folder = async (name: string) => {
		const userFolder = path.join(options.dir, name);
		fs.mkdirSync(userFolder, { recursive: true });
		await installInto(userFolder, options.tarball);
		return userFolder;
	};
	const main: N8nInstance = {
		userFolder: await folder('main'),
		port: options.ports.main,
		brokerPort: options.ports.mainBroker,
		env: shared,
	};
	const workers: N8nInstance[] = [];
	for (const [index, worker] of options.ports.workers.entries()) {
		workers.push({
			userFolder: await folder(`worker-${index + 1}`),
			// A worker serves no UI; its port is only used if something else reads N8N_PORT.
			port: worker.health,
			brokerPort: worker.broker,
			env: {
				...shared,
				QUEUE_HEALTH_CHECK_ACTIVE: 'true',
				QUEUE_HEALTH_CHECK_PORT: String(worker.health),
				N8N_WORKER_SERVER_ADDRESS: '127.0.0.1',
			},
		});
	}
	const logs = path.join(options.dir, 'logs');
	return {
		main,
		workers,
		baseUrl: `http://localhost:${options.ports.main}`,
		logFiles: [
			path.join(logs, 'main.log'),
			...workers.map((_, i) => path.join(logs, `worker-${i + 1}.log`)),
		],
		services: [],
	};
}

function startN8n(
	instance: N8nInstance,
	args: string[],
	name: string,
	port: number,
	logFile: string,
) {
	const log = logTo(logFile);
	const child = start(paths.nodeBin, [paths.n8nBin, ...args], {
		env: n8nEnv(instance),
		stdio: ['ignore', log, log],
	});
	fs.closeSync(log);
	return { name, port, child, logFile };
}

async function waitForHealth(service: Service, url: string, timeoutMs: number) {
	const deadline = Date.now() + timeoutMs;
	while (Date.now() < deadline) {
		if (service.child.exitCode !== null || service.child.signalCode !== null)
			throw new Error(
				`${service.name} exited (${service.child.exitCode ?? service.child.signalCode}) while starting:\n${tail(service.logFile)}`,
			);
		try {
			if ((await fetch(url)).ok) return;
		} catch {
			// not listening yet
		}
		await delay(500);
	}
	throw new Error(
		`${service.name} was not ready within ${timeoutMs / 1000} s:\n${tail(service.logFile)}`,
	);
}

/**
 * Starts main, waits until it has migrated the database and listens, then starts the workers
 * (`n8n worker`) and waits for their health endpoints.
 */
export async function startCluster(
	cluster: QueueCluster,
	options: Pick<QueueClusterOptions, 'concurrency'> = {},
	timeoutMs = 240000,
): Promise<void> {
	const main = startN8n(
		cluster.main,
		['start'],
		'n8n main',
		cluster.main.port!,
		cluster.logFiles[0],
	);
	cluster.services.push(main);
	await waitForHealth(main, `${cluster.baseUrl}/healthz/readiness`, timeoutMs);
	const workers = cluster.workers.map((worker, i) =>
		startN8n(
			worker,
			['worker', `--concurrency=${options.concurrency ?? 5}`],
			`n8n worker ${i + 1}`,
			worker.port!,
			cluster.logFiles[i + 1],
		),
	);
	cluster.services.push(...workers);
	await Promise.all(
		workers.map(
			async (worker) =>
				await waitForHealth(worker, `http://127.0.0.1:${worker.port}/healthz/readiness`, timeoutMs),
		),
	);
}

/** Stops services in the given order, each with its whole process group. */
export async function stopServices(services: Service[]) {
	for (const service of services) await stopGroup(service.child, 30000);
}

/** Ids of the executions each worker ran, from its log ("Worker started execution <id>"). */
export function executionsPerWorker(cluster: QueueCluster): string[][] {
	return cluster.logFiles.slice(1).map((file) => {
		const text = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
		return [...text.matchAll(/Worker started execution (\S+)/g)].map((m) => m[1]);
	});
}
