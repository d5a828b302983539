/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals */
// The package as n8n and npm see it: the n8n field, dependency rules of n8n's verification,
// and a complete build output (`npm test` builds first).
import fs from 'node:fs';
import path from 'node:path';
import { credentialTypes, nodeTypes } from '../helpers/runNode';

const root = path.join(__dirname, '..', '..');
const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));

function iconFiles(icon: unknown, baseDir: string): string[] {
	const entries = typeof icon === 'string' ? [icon] : Object.values(icon as Record<string, string>);
	return entries.map((entry) => path.join(baseDir, entry.replace(/^file:/, '')));
}

describe('package.json', () => {
	it('has no runtime dependencies and only n8n-workflow as a peer', () => {
		expect(pkg.dependencies).toBeUndefined();
		expect(pkg.peerDependencies).toEqual({ 'n8n-workflow': '*' });
		expect(pkg.keywords).toContain('n8n-community-node-package');
	});

	it('pins every devDependency to an exact version', () => {
		for (const [name, version] of Object.entries<string>(pkg.devDependencies)) {
			expect(`${name}@${version}`).toMatch(/@\d+\.\d+\.\d+$/);
		}
		expect(pkg.devDependencies['n8n-core']).toBe('2.41.1');
		expect(pkg.devDependencies['n8n-workflow']).toBe('2.41.0');
	});

	it('lists every built node and credential, and index.js exports each class', () => {
		const exported = require(path.join(root, 'index.js')) as Record<string, unknown>; // eslint-disable-line @typescript-eslint/no-require-imports
		for (const file of [...pkg.n8n.nodes, ...pkg.n8n.credentials] as string[]) {
			const built = path.join(root, file);
			expect(fs.existsSync(built)).toBe(true);
			const className = path.basename(file).split('.')[0];
			expect(typeof exported[className]).toBe('function');
		}
		expect(Object.keys(nodeTypes).length).toBe(pkg.n8n.nodes.length);
		expect(Object.keys(credentialTypes).length).toBe(pkg.n8n.credentials.length);
	});

	it('ships both icons of every node and credential, and each node codex file', () => {
		for (const file of pkg.n8n.nodes as string[]) {
			const dir = path.dirname(path.join(root, file));
			const name = path.basename(file).split('.')[0];
			const nodeType = Object.values(nodeTypes).find((n) => n.constructor.name === name);
			expect(nodeType).toBeDefined();
			const icons = iconFiles(nodeType!.description.icon, dir);
			expect(icons).toHaveLength(2);
			for (const icon of icons) expect(fs.existsSync(icon)).toBe(true);
			const codex = JSON.parse(fs.readFileSync(path.join(dir, `${name}.node.json`), 'utf8'));
			expect(codex.categories.length).toBeGreaterThan(0);
			expect(codex.resources.primaryDocumentation[0].url).toMatch(/^https:\/\//);
		}
		for (const file of pkg.n8n.credentials as string[]) {
			const name = path.basename(file).split('.')[0];
			const type = Object.values(credentialTypes).find((c) => c.constructor.name === name);
			expect(type).toBeDefined();
			const icons = iconFiles(type!.icon, path.dirname(path.join(root, file)));
			expect(icons).toHaveLength(2);
			for (const icon of icons) expect(fs.existsSync(icon)).toBe(true);
		}
	});
});

describe('documentation links', () => {
	/** GitHub's anchor of a heading: lower case, punctuation dropped, spaces as hyphens. */
	const anchor = (heading: string) =>
		heading
			.trim()
			.toLowerCase()
			.replace(/[^\p{L}\p{N} _-]/gu, '')
			.replace(/ /g, '-');
	const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8');
	const anchors = new Set(
		[...readme.matchAll(/^#{1,6} (.+)$/gm)].map(([, heading]) => anchor(heading)),
	);
	/** Every link into the README that a node's or credential's "Docs" button opens. */
	const links = () => {
		const codexLinks = (pkg.n8n.nodes as string[]).flatMap((file) => {
			const dir = path.dirname(path.join(root, file));
			const name = path.basename(file).split('.')[0];
			const codex = JSON.parse(fs.readFileSync(path.join(dir, `${name}.node.json`), 'utf8'));
			return [
				...codex.resources.primaryDocumentation,
				...(codex.resources.credentialDocumentation ?? []),
			].map(({ url }: { url: string }) => [name, url]);
		});
		const credentialLinks = Object.values(credentialTypes).map((type) => [
			type.constructor.name,
			String(type.documentationUrl),
		]);
		return [...codexLinks, ...credentialLinks];
	};

	it("open a heading of the repository's README", () => {
		const all = links();
		expect(all.length).toBeGreaterThanOrEqual(11);
		for (const [owner, url] of all) {
			expect([owner, url.split('#')[0]]).toEqual([owner, pkg.homepage.split('#')[0]]);
			expect([owner, url, anchors.has(url.split('#')[1])]).toEqual([owner, url, true]);
		}
	});
});
