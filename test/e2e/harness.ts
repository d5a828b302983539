/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals */
// Shared pieces of the e2e tests: a fresh n8n user folder with the packed package installed as a
// community package, free ports, and the processes that belong to a user folder (to prove that
// nothing is left running).
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { PACKAGE_NAME, paths } from '../../scripts/sandbox/config';
import { installInto } from '../../scripts/sandbox/pack';

export function tarball(): string {
	const file = process.env.E2E_TARBALL;
	if (!file || !fs.existsSync(file))
		throw new Error('E2E_TARBALL is not set: run through `npm run test:e2e`');
	return file;
}

/** An empty n8n user folder (inside .n8n-sandbox) with the packed package in .n8n/nodes. */
export async function freshUserFolder(name: string): Promise<string> {
	const folder = path.join(paths.data, `e2e-${name}`);
	fs.rmSync(folder, { recursive: true, force: true });
	fs.mkdirSync(folder, { recursive: true });
	await installInto(folder, tarball());
	return folder;
}

/** Free ports, distinct from each other (all are held open until every one is chosen). */
export async function freePorts(count: number): Promise<number[]> {
	const servers = await Promise.all(
		Array.from(
			{ length: count },
			async () =>
				await new Promise<net.Server>((resolve, reject) => {
					const server = net.createServer();
					server.once('error', reject);
					server.listen(0, '127.0.0.1', () => resolve(server));
				}),
		),
	);
	const ports = servers.map((server) => (server.address() as net.AddressInfo).port);
	await Promise.all(
		servers.map(async (server) => await new Promise((resolve) => server.close(resolve))),
	);
	return ports;
}

export async function freePort(): Promise<number> {
	return (await freePorts(1))[0];
}

/** Whether something accepts TCP connections on 127.0.0.1:port. */
export async function listening(port: number): Promise<boolean> {
	return await new Promise((resolve) => {
		const socket = net.connect(port, '127.0.0.1');
		socket.once('connect', () => {
			socket.destroy();
			resolve(true);
		});
		socket.once('error', () => resolve(false));
	});
}

/** Ids of the running processes whose environment has N8N_USER_FOLDER=<folder> (n8n and its runners). */
export function processesOf(userFolder: string): number[] {
	const needle = Buffer.from(`N8N_USER_FOLDER=${userFolder}\0`);
	const pids: number[] = [];
	for (const entry of fs.readdirSync('/proc')) {
		if (!/^\d+$/.test(entry)) continue;
		try {
			if (fs.readFileSync(`/proc/${entry}/environ`).includes(needle)) pids.push(Number(entry));
		} catch {
			// gone, or not ours to read
		}
	}
	return pids;
}

/**
 * The type names n8n must list for this package: every node and credential class named in the
 * unpacked package's "n8n" field, instantiated from the files n8n itself loads.
 */
export function packageTypes(userFolder: string): { nodes: string[]; credentials: string[] } {
	const dir = path.join(userFolder, '.n8n', 'nodes', 'node_modules', PACKAGE_NAME);
	const pkg = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')) as {
		n8n: { nodes: string[]; credentials: string[] };
	};
	const instances = (files: string[]) =>
		files.flatMap((file) =>
			// eslint-disable-next-line @typescript-eslint/no-require-imports
			Object.values(require(path.join(dir, file)) as Record<string, unknown>)
				.filter((value): value is new () => unknown => typeof value === 'function')
				.map((Class) => new Class()),
		);
	return {
		nodes: (instances(pkg.n8n.nodes) as Array<{ description: { name: string } }>).map(
			(node) => `${PACKAGE_NAME}.${node.description.name}`,
		),
		credentials: (instances(pkg.n8n.credentials) as Array<{ name: string }>).map(
			(credential) => credential.name,
		),
	};
}

/** The process group of a running process (field 5 of /proc/<pid>/stat). */
export function processGroupOf(pid: number): number {
	const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
	// The command name (field 2) may contain spaces; the fields after it are space-separated.
	return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[2]);
}

/** Ids of the running processes of a process group. */
export function processesInGroup(pgid: number): number[] {
	const pids: number[] = [];
	for (const entry of fs.readdirSync('/proc')) {
		if (!/^\d+$/.test(entry)) continue;
		try {
			if (processGroupOf(Number(entry)) === pgid) pids.push(Number(entry));
		} catch {
			// gone in between
		}
	}
	return pids;
}

/** What /types/nodes.json says about a node type (the fields the editor's trigger choice uses). */
export interface NodeTypeInfo {
	name: string;
	version: number | number[];
	group: string[];
	codex?: { categories?: string[] };
}

/**
 * The trigger the n8n 2.41.1 editor shows on its *Execute workflow* button when a workflow is
 * opened (`Execute workflow from <name>`), ported from its NodeView: of the enabled trigger nodes
 * (type group `trigger`), the highest rank wins — Form Trigger 10, Webhook 9, any non-core
 * trigger 8, Schedule 7, Manual Trigger 6, Workflow Trigger 5, Error Trigger 4, other
 * core triggers 0 — and among equal ranks the first in the workflow's node list.
 */
export function editorDefaultTrigger(
	workflow: Record<string, unknown>,
	types: NodeTypeInfo[],
): string | undefined {
	const rank: Record<string, number> = {
		'n8n-nodes-base.formTrigger': 10,
		'n8n-nodes-base.webhook': 9,
		'n8n-nodes-base.scheduleTrigger': 7,
		'n8n-nodes-base.manualTrigger': 6,
		'n8n-nodes-base.workflowTrigger': 5,
		'n8n-nodes-base.errorTrigger': 4,
	};
	const byName = new Map(types.map((type) => [type.name, type]));
	const nodes = (workflow.nodes ?? []) as Array<{ name: string; type: string; disabled?: boolean }>;
	const triggers = nodes.filter(
		(node) => !node.disabled && byName.get(node.type)?.group.includes('trigger'),
	);
	const rankOf = (node: { type: string }) =>
		rank[node.type] ?? (byName.get(node.type)?.codex?.categories?.includes('Core Nodes') ? 0 : 8);
	// Array.prototype.sort is stable: equal ranks keep the node order, as toSorted does there.
	return [...triggers].sort((a, b) => rankOf(b) - rankOf(a))[0]?.name;
}
