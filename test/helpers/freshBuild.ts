/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals, @n8n/community-nodes/no-dangerous-functions -- test setup */
// Jest global setup: the tests load the package from dist/ (as n8n would). A source file newer
// than the build means jest would test old code, so the build is redone first (quietly; its
// errors fail the run).
import { execSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '../..');
// TypeScript sources and what tsc makes of them (assets are copied with their own times).
const SOURCES = ['nodes', 'credentials', 'tsconfig.json'];

function times(
	path: string,
	pick: (a: number, b: number) => number,
	start: number,
	ext: RegExp,
): number {
	if (!existsSync(path)) return start;
	const stat = statSync(path);
	if (!stat.isDirectory()) return ext.test(path) ? pick(start, stat.mtimeMs) : start;
	return readdirSync(path).reduce((t, name) => times(join(path, name), pick, t, ext), start);
}

/** Newest source file and oldest built file (a build empties dist/ first), in ms. */
export function buildAge(): { newestSource: number; oldestBuild: number } {
	const newestSource = SOURCES.reduce(
		(t, entry) => times(join(ROOT, entry), Math.max, t, /\.(ts|json)$/),
		-Infinity,
	);
	const oldestBuild = times(join(ROOT, 'dist'), Math.min, Infinity, /\.js$/);
	return { newestSource, oldestBuild };
}

export default function freshBuild(): void {
	const { newestSource, oldestBuild } = buildAge();
	if (oldestBuild !== Infinity && oldestBuild >= newestSource) return;
	execSync('npm run build --silent', { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
}
