/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals, @n8n/community-nodes/no-dangerous-functions -- the test lists the Markdown files git tracks */
// Every relative reference in the repository's Markdown resolves to a file of the repository:
// links and images (`[text](path)`), and file paths written as code (`docs/x.md`, `../y.ts`),
// which a reader follows the same way. Paths of the n8n user folder, URL paths and globs are not
// repository files and are left out.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = path.join(__dirname, '..', '..');

/** The Markdown files git tracks (what a clone has), repository-relative. */
function markdownFiles(): string[] {
	return execFileSync('git', ['ls-files', '*.md'], { cwd: root, encoding: 'utf8' })
		.split('\n')
		.filter((file) => file && fs.existsSync(path.join(root, file)));
}

/**
 * Relative link targets of `[text](target)` and `![alt](target)`, without #fragment. Code spans
 * and fenced blocks are no links (a regex in a code span can look like one).
 */
function linkTargets(markdown: string): string[] {
	const targets: string[] = [];
	const text = markdown.replace(/^```[\s\S]*?^```/gm, '').replace(/`[^`\n]*`/g, '');
	for (const match of text.matchAll(/!?\[[^\]]*\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)) {
		const target = match[1];
		if (/^[a-z][a-z0-9+.-]*:/i.test(target) || target.startsWith('#')) continue;
		targets.push(decodeURI(target.split('#')[0]));
	}
	return targets;
}

/**
 * Code spans that name a file by a relative path: two or more segments ending in a file name
 * with an extension. Not: absolute or URL paths, globs, <slots>, example ids such as `../x`.
 */
function codePaths(markdown: string): string[] {
	// Fenced blocks are sample output; the text of a link to another site names a path there.
	const withoutFences = markdown
		.replace(/^```[\s\S]*?^```/gm, '')
		.replace(/\[[^\]]*\]\(https?:[^)]*\)/g, '');
	const paths: string[] = [];
	for (const match of withoutFences.matchAll(/`([^`\s]+)`/g)) {
		const span = match[1];
		if (/[*<>{}$:@]/.test(span) || span.startsWith('/') || span.startsWith('~')) continue;
		// Two or more segments, the last a file name with an extension (`…` for an elided part).
		if (/^[\w.-]+(\/[\w.…-]+)+$/.test(span) && /\.\w+$|…/.test(span)) paths.push(span);
	}
	return paths;
}

/** Whether git ignores a path (what the sandbox or a build writes, never in a clone). */
function ignored(target: string): boolean {
	try {
		execFileSync('git', ['check-ignore', '-q', target], { cwd: root, stdio: 'ignore' });
		return true;
	} catch {
		return false;
	}
}

function resolves(file: string, target: string): boolean {
	if (ignored(target)) return true;
	const fromFile = path.resolve(root, path.dirname(file), target);
	const fromRoot = path.resolve(root, target);
	return [fromFile, fromRoot].some(
		(candidate) => candidate.startsWith(root + path.sep) && fs.existsSync(candidate),
	);
}

describe('Markdown references', () => {
	const files = markdownFiles();

	it('finds the documentation', () => {
		expect(files).toEqual(expect.arrayContaining(['README.md', 'CHANGELOG.md', 'docs/sandbox.md']));
	});

	it.each(files)('%s: every relative link resolves', (file) => {
		const markdown = fs.readFileSync(path.join(root, file), 'utf8');
		const broken = linkTargets(markdown).filter(
			(target) => !fs.existsSync(path.resolve(root, path.dirname(file), target)),
		);
		expect(broken).toEqual([]);
	});

	it.each(files)('%s: every file path written as code exists in the repository', (file) => {
		const markdown = fs.readFileSync(path.join(root, file), 'utf8');
		const missing = codePaths(markdown).filter((target) => !resolves(file, target));
		expect(missing).toEqual([]);
	});

	it('the checks see a broken reference', () => {
		expect(
			linkTargets('[a](docs/nope.md) [b](https://x.example) [c](#here) `/[a-z](x)?/`'),
		).toEqual(['docs/nope.md']);
		expect(
			codePaths('`../shared/reference/x.md`, `/api/v1/add`, `examples/*.json`, `../x`'),
		).toEqual(['../shared/reference/x.md']);
		expect(resolves('docs/migadu-node.md', '../shared/reference/migadu-api.md')).toBe(false);
		expect(resolves('docs/migadu-node.md', '../README.md')).toBe(true);
	});
});
