/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals */
// The installed n8n, driven through its own CLI: import credentials and workflows, run a workflow
// with `n8n execute --id`, start the server. Used by `npm start`, the e2e tests and benchmarks.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ChildProcess } from 'node:child_process';
import { paths } from './config';
import { run, start } from './processes';

export type BinaryDataMode = 'default' | 'filesystem';

export interface N8nInstance {
	/** N8N_USER_FOLDER: n8n keeps its SQLite database, settings and binary data under .n8n/. */
	userFolder: string;
	/** Unset: n8n 2.41's own default, `filesystem`. `default` keeps binary data in memory. */
	binaryDataMode?: BinaryDataMode;
	port?: number;
	/** Port of n8n's task broker (default 5679); distinct per instance so two can run at once. */
	brokerPort?: number;
	env?: Record<string, string>;
}

export function n8nEnv(instance: N8nInstance): NodeJS.ProcessEnv {
	const env: NodeJS.ProcessEnv = {
		PATH: `${path.dirname(paths.nodeBin)}${path.delimiter}${process.env.PATH ?? ''}`,
		HOME: process.env.HOME ?? os.homedir(),
		LANG: process.env.LANG ?? 'C.UTF-8',
		TZ: process.env.TZ ?? 'UTC',
		N8N_USER_FOLDER: instance.userFolder,
		N8N_DIAGNOSTICS_ENABLED: 'false',
		N8N_VERSION_NOTIFICATIONS_ENABLED: 'false',
		N8N_PERSONALIZATION_ENABLED: 'false',
		N8N_TEMPLATES_ENABLED: 'false',
		N8N_HIRING_BANNER_ENABLED: 'false',
		N8N_ENFORCE_SETTINGS_FILE_PERMISSIONS: 'true',
		// Community packages are loaded from <user folder>/.n8n/nodes; never reinstalled from npm.
		N8N_COMMUNITY_PACKAGES_ENABLED: 'true',
		N8N_REINSTALL_MISSING_PACKAGES: 'false',
		N8N_PORT: String(instance.port ?? 5678),
		N8N_HOST: 'localhost',
		N8N_LISTEN_ADDRESS: '127.0.0.1',
		N8N_RUNNERS_BROKER_PORT: String(instance.brokerPort ?? 5679),
		N8N_RUNNERS_BROKER_LISTEN_ADDRESS: '127.0.0.1',
		DB_TYPE: 'sqlite',
		...(instance.binaryDataMode ? { N8N_DEFAULT_BINARY_DATA_MODE: instance.binaryDataMode } : {}),
		...instance.env,
	};
	return env;
}

/** Runs `n8n <args>` to completion. */
export async function n8nCommand(instance: N8nInstance, args: string[]) {
	return await run(paths.nodeBin, [paths.n8nBin, ...args], { env: n8nEnv(instance) });
}

async function n8nCommandOrThrow(instance: N8nInstance, args: string[]) {
	const result = await n8nCommand(instance, args);
	if (result.code !== 0) {
		throw new Error(
			`n8n ${args.join(' ')} failed (exit ${result.code}):\n${result.stdout}\n${result.stderr}`.trim(),
		);
	}
	return result;
}

async function withJsonFile<T>(data: unknown, use: (file: string) => Promise<T>): Promise<T> {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'n8n-import-'));
	const file = path.join(dir, 'import.json');
	fs.writeFileSync(file, JSON.stringify(data, null, 2));
	try {
		return await use(file);
	} finally {
		fs.rmSync(dir, { recursive: true, force: true });
	}
}

export interface CredentialImport {
	id: string;
	name: string;
	type: string;
	/** Plain values; n8n encrypts them with the user folder's key on import. */
	data: Record<string, unknown>;
}

export async function importCredentials(instance: N8nInstance, credentials: CredentialImport[]) {
	await withJsonFile(
		credentials,
		async (file) => await n8nCommandOrThrow(instance, ['import:credentials', `--input=${file}`]),
	);
}

/** Imports workflows (objects as exported by n8n, each with its `id`); existing ids are replaced. */
export async function importWorkflows(
	instance: N8nInstance,
	workflows: Array<Record<string, unknown>>,
) {
	await withJsonFile(
		workflows,
		async (file) => await n8nCommandOrThrow(instance, ['import:workflow', `--input=${file}`]),
	);
}

export interface NodeRun {
	executionTime: number;
	executionStatus?: string;
	error?: { message?: string; description?: string; [key: string]: unknown };
	data?: {
		main?: Array<Array<{
			json: Record<string, unknown>;
			binary?: Record<string, Record<string, unknown>>;
		}> | null>;
	};
}

export interface ExecuteResult {
	/** Exit code of `n8n execute` (0 only when the workflow succeeded). */
	code: number;
	/** The IRun n8n printed (--rawOutput), or undefined when it printed none. */
	run?: {
		status?: string;
		data: { resultData: { runData: Record<string, NodeRun[]>; error?: { message: string } } };
	};
	/** Per node: the first run's output items of output 0 (empty when it had none). */
	items: Record<
		string,
		Array<{ json: Record<string, unknown>; binary?: Record<string, Record<string, unknown>> }>
	>;
	/** Per node: the first run's executionTime in ms, as n8n measured it. */
	executionTime: Record<string, number>;
	stdout: string;
	stderr: string;
}

/** Finds the IRun JSON object in `n8n execute --rawOutput` output (n8n may log lines around it). */
export function parseRawOutput(stdout: string): ExecuteResult['run'] | undefined {
	for (let start = stdout.indexOf('{'); start !== -1; start = stdout.indexOf('{', start + 1)) {
		if (start > 0 && stdout[start - 1] !== '\n') continue;
		const end = stdout.lastIndexOf('}');
		if (end < start) break;
		try {
			const parsed = JSON.parse(stdout.slice(start, end + 1)) as ExecuteResult['run'];
			if (parsed && typeof parsed === 'object' && 'data' in parsed) return parsed;
		} catch {
			// not the start of the JSON document; try the next line that opens an object
		}
	}
	return undefined;
}

/** `n8n execute --id <id> --rawOutput`, parsed. */
export async function executeWorkflow(
	instance: N8nInstance,
	workflowId: string,
): Promise<ExecuteResult> {
	const result = await n8nCommand(instance, ['execute', `--id=${workflowId}`, '--rawOutput']);
	const parsed = parseRawOutput(result.stdout);
	const items: ExecuteResult['items'] = {};
	const executionTime: ExecuteResult['executionTime'] = {};
	for (const [name, runs] of Object.entries(parsed?.data.resultData.runData ?? {})) {
		items[name] = runs[0]?.data?.main?.[0] ?? [];
		executionTime[name] = runs[0]?.executionTime ?? 0;
	}
	return {
		code: result.code,
		run: parsed,
		items,
		executionTime,
		stdout: result.stdout,
		stderr: result.stderr,
	};
}

/** Starts `n8n start` in its own process group; stop it with stopGroup() from ./processes. */
export function startServer(instance: N8nInstance, logFile: string): ChildProcess {
	fs.mkdirSync(path.dirname(logFile), { recursive: true });
	const log = fs.openSync(logFile, 'a');
	const child = start(paths.nodeBin, [paths.n8nBin, 'start'], {
		env: n8nEnv(instance),
		stdio: ['ignore', log, log],
	});
	fs.closeSync(log);
	return child;
}

/** Waits until n8n answers /healthz/readiness (database migrated, server listening). */
export async function waitUntilReady(baseUrl: string, child: ChildProcess, timeoutMs = 180000) {
	const deadline = Date.now() + timeoutMs;
	while (Date.now() < deadline) {
		if (child.exitCode !== null)
			throw new Error(`n8n exited with code ${child.exitCode} while starting`);
		try {
			const response = await fetch(`${baseUrl}/healthz/readiness`);
			if (response.ok) return;
		} catch {
			// not listening yet
		}
		await new Promise((resolve) => setTimeout(resolve, 500));
	}
	throw new Error(`n8n did not become ready at ${baseUrl} within ${timeoutMs / 1000} s`);
}
