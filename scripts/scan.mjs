// Runs @n8n/scan-community-package's analyser locally, as n8n's verification does, minus its
// network steps (registry lookup, provenance, GitHub download): the source leg on the repository
// and the tarball leg on the unpacked `npm pack` output. Exits 1 on any violation.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
	analyzePackage,
	SOURCE_FILE_PATTERNS,
} from '@n8n/scan-community-package/scanner/scanner.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'scan-'));

// Ignore-scripts keeps `npm pack` from running a build; the caller builds first.
const tarball = execFileSync(
	'npm',
	['pack', '--silent', '--ignore-scripts', '--pack-destination', work],
	{
		cwd: root,
		encoding: 'utf8',
	},
)
	.trim()
	.split('\n')
	.pop();
execFileSync('tar', ['-xzf', path.join(work, tarball), '-C', work]);
const unpacked = path.join(work, 'package');
if (!fs.existsSync(path.join(unpacked, 'dist'))) {
	console.error('The packed package has no dist/: run `npm run build` first.');
	process.exit(1);
}

const legs = [
	['source', root, SOURCE_FILE_PATTERNS],
	['tarball', unpacked, ['**/*.js', 'package.json']],
];
let failed = false;
for (const [name, dir, patterns] of legs) {
	const result = await analyzePackage(dir, patterns);
	console.log(
		`${result.passed ? 'PASS' : 'FAIL'} ${name} leg (${dir})${result.message ? `: ${result.message}` : ''}`,
	);
	if (!result.passed) {
		failed = true;
		if (result.details) console.log(result.details);
	}
}
fs.rmSync(work, { recursive: true, force: true });
process.exit(failed ? 1 : 0);
