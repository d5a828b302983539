/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals */
// First-run installer of the sandbox: Node 24 from the npm registry, n8n (pinned) with its
// install scripts skipped, then sqlite3 compiled for that Node. Each step is skipped when its
// result is already there, so later runs start in seconds.
import fs from 'node:fs';
import path from 'node:path';
import { N8N_VERSION, NODE_PACKAGE, SANDBOX_DIR, paths } from './config';
import { progress } from './log';
import { runOrThrow } from './processes';

let totalSteps = 6;

/** A step's heading: bold on a terminal, plain text in a log or pipe. */
export function step(n: number, text: string) {
	const line = `step ${n}/${totalSteps}: ${text}`;
	progress(`\n${process.stderr.isTTY ? `\x1b[1m${line}\x1b[0m` : line}`);
}

interface Marker {
	node?: string;
	n8n?: string;
	sqlite3?: string;
}

function readMarker(): Marker {
	try {
		return JSON.parse(fs.readFileSync(paths.installedMarker, 'utf8')) as Marker;
	} catch {
		return {};
	}
}

function writeMarker(marker: Marker) {
	fs.writeFileSync(paths.installedMarker, JSON.stringify(marker, null, 2) + '\n');
}

/** Environment for npm and node-gyp running on the sandbox's Node 24 (not the system Node). */
export function node24Env(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
	return {
		...process.env,
		PATH: `${path.dirname(paths.nodeBin)}${path.delimiter}${process.env.PATH ?? ''}`,
		npm_config_nodedir: paths.node,
		npm_config_yes: 'true',
		npm_config_fund: 'false',
		npm_config_audit: 'false',
		npm_config_update_notifier: 'false',
		...extra,
	};
}

function directoryMegabytes(dir: string): number {
	let total = 0;
	const stack = [dir];
	while (stack.length > 0) {
		const current = stack.pop()!;
		let entries: fs.Dirent[];
		try {
			entries = fs.readdirSync(current, { withFileTypes: true });
		} catch {
			continue;
		}
		for (const entry of entries) {
			const full = path.join(current, entry.name);
			if (entry.isDirectory()) stack.push(full);
			else if (entry.isFile()) {
				try {
					total += fs.statSync(full).blocks * 512;
				} catch {
					// removed while we looked
				}
			}
		}
	}
	return total / 1024 / 1024;
}

/** Prints a progress line every `everyMs` while `work` runs. */
async function withHeartbeat<T>(
	work: Promise<T>,
	describe: (seconds: number) => string,
	everyMs = 15000,
) {
	const started = Date.now();
	const timer = setInterval(
		() => progress(`  … ${describe(Math.round((Date.now() - started) / 1000))}`),
		everyMs,
	);
	try {
		return await work;
	} finally {
		clearInterval(timer);
	}
}

const elapsed = (seconds: number) =>
	`${Math.floor(seconds / 60)}m${String(seconds % 60).padStart(2, '0')}s`;

/** Steps 1–3 of `total`. Returns true when something had to be installed. */
export async function ensureInstalled(total = 6): Promise<boolean> {
	totalSteps = total;
	fs.mkdirSync(paths.downloads, { recursive: true });
	const marker = readMarker();
	let changed = false;

	const nodeVersion = NODE_PACKAGE.split('@')[1];
	if (marker.node !== nodeVersion || !fs.existsSync(paths.nodeBin)) {
		step(1, `downloading Node ${nodeVersion} (npm package ${NODE_PACKAGE}, ≈52 MB)…`);
		const packed = await runOrThrow('npm', [
			'pack',
			NODE_PACKAGE,
			'--json',
			'--pack-destination',
			paths.downloads,
		]);
		const [{ filename }] = JSON.parse(packed.stdout) as Array<{ filename: string }>;
		fs.rmSync(paths.node, { recursive: true, force: true });
		fs.mkdirSync(paths.node, { recursive: true });
		await runOrThrow('tar', [
			'-xzf',
			path.join(paths.downloads, filename),
			'-C',
			paths.node,
			'--strip-components=1',
		]);
		fs.rmSync(path.join(paths.downloads, filename));
		marker.node = nodeVersion;
		delete marker.sqlite3;
		writeMarker(marker);
		changed = true;
	} else step(1, `Node ${nodeVersion}: already installed`);

	const n8nPackage = path.join(SANDBOX_DIR, 'node_modules', 'n8n', 'package.json');
	const installedN8n = fs.existsSync(n8nPackage)
		? (JSON.parse(fs.readFileSync(n8nPackage, 'utf8')) as { version: string }).version
		: undefined;
	if (marker.n8n !== N8N_VERSION || installedN8n !== N8N_VERSION) {
		step(
			2,
			`installing n8n ${N8N_VERSION} (≈2.9 GB, ~2,400 packages, needs ~4.5 GB RAM; ≈3½ min on a quiet 2-core machine, more when it is busy)…`,
		);
		// The sandbox's own package.json keeps npm from walking up to the repo (and its .npmrc).
		fs.writeFileSync(
			path.join(SANDBOX_DIR, 'package.json'),
			JSON.stringify(
				{
					name: 'n8n-sandbox',
					private: true,
					description: 'n8n for `npm start` and `npm run test:e2e`',
				},
				null,
				2,
			) + '\n',
		);
		const modules = path.join(SANDBOX_DIR, 'node_modules');
		// --ignore-scripts: an optional dependency's install script downloads from outside the
		// npm registry and fails offline; none of the skipped scripts is needed except sqlite3's.
		await withHeartbeat(
			runOrThrow(
				'npm',
				[
					'install',
					`n8n@${N8N_VERSION}`,
					'--save-exact',
					'--ignore-scripts',
					'--no-audit',
					'--no-fund',
				],
				{
					cwd: SANDBOX_DIR,
					env: node24Env(),
				},
			),
			(s) => {
				const gigabytes = directoryMegabytes(modules) / 1024;
				// npm resolves the whole tree (≈2 min) before it writes the first file.
				return gigabytes < 0.01
					? `${elapsed(s)}: resolving ~2,400 packages`
					: `${elapsed(s)}: ${gigabytes.toFixed(2)} GB of ≈2.9 GB written`;
			},
		);
		marker.n8n = N8N_VERSION;
		delete marker.sqlite3;
		writeMarker(marker);
		changed = true;
	} else step(2, `n8n ${N8N_VERSION}: already installed`);

	if (marker.sqlite3 !== `${nodeVersion}/${N8N_VERSION}`) {
		step(3, `compiling sqlite3 for Node ${nodeVersion} (≈65–85 s on a quiet machine)…`);
		await withHeartbeat(
			runOrThrow('npm', ['rebuild', 'sqlite3', '--ignore-scripts=false'], {
				cwd: SANDBOX_DIR,
				env: node24Env(),
			}),
			(s) => `${elapsed(s)}: compiling`,
		);
		marker.sqlite3 = `${nodeVersion}/${N8N_VERSION}`;
		writeMarker(marker);
		changed = true;
	} else step(3, 'sqlite3: already compiled');

	return changed;
}
