/* eslint-disable @n8n/community-nodes/no-restricted-imports */
// Builds and packs this package exactly as it would be published, then unpacks the tarball where
// n8n looks for installed community packages (<user folder>/.n8n/nodes/node_modules/<name>).
// n8n loads it from there like a package installed from the npm registry: the node types are
// `n8n-nodes-mailcow-migadu.mailcow` etc., as in every user's workflows.
import fs from 'node:fs';
import path from 'node:path';
import { PACKAGE_NAME, REPO_ROOT, paths } from './config';
import { runOrThrow } from './processes';

/** Files the tarball must hold: every node and credential named in package.json's "n8n" field. */
function requiredFiles(): string[] {
	const pkg = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as {
		n8n: { nodes: string[]; credentials: string[] };
	};
	return [...pkg.n8n.nodes, ...pkg.n8n.credentials].map((file) => `package/${file}`);
}

/** `npm run build` + `npm pack`; returns the tarball's path. */
export async function buildAndPack(options: { build?: boolean } = {}): Promise<string> {
	fs.mkdirSync(paths.downloads, { recursive: true });
	// A second attempt when the tarball misses a file: another `npm run build` in the same
	// working tree (it starts by deleting dist/) may have run while this one packed.
	for (let attempt = 1; ; attempt++) {
		if (options.build !== false)
			await runOrThrow('npm', ['run', 'build', '--silent'], { cwd: REPO_ROOT });
		const packed = await runOrThrow(
			'npm',
			['pack', '--json', '--pack-destination', paths.downloads],
			{
				cwd: REPO_ROOT,
			},
		);
		const [{ filename, files }] = JSON.parse(packed.stdout) as Array<{
			filename: string;
			files: Array<{ path: string }>;
		}>;
		const inside = new Set(files.map((f) => `package/${f.path}`));
		const missing = requiredFiles().filter((file) => !inside.has(file));
		if (missing.length === 0) return path.join(paths.downloads, filename);
		if (attempt === 2)
			throw new Error(`The packed package lacks ${missing.join(', ')}: is the build broken?`);
	}
}

/** Replaces the package in a user folder's community-nodes directory with the tarball's content. */
export async function installInto(userFolder: string, tarball: string): Promise<string> {
	const nodesDir = path.join(userFolder, '.n8n', 'nodes');
	const target = path.join(nodesDir, 'node_modules', PACKAGE_NAME);
	fs.rmSync(target, { recursive: true, force: true });
	fs.mkdirSync(target, { recursive: true });
	await runOrThrow('tar', ['-xzf', tarball, '-C', target, '--strip-components=1']);
	// What `npm install <package>` would leave in n8n's nodes folder.
	fs.writeFileSync(
		path.join(nodesDir, 'package.json'),
		JSON.stringify(
			{
				name: 'installed-nodes',
				private: true,
				dependencies: { [PACKAGE_NAME]: `file:${tarball}` },
			},
			null,
			2,
		) + '\n',
	);
	return target;
}
