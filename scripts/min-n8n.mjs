// Proves the minimum n8n version the README states: the packed package (`npm pack` of the built
// dist/) is loaded the way n8n loads community nodes — require each file of the package.json
// `n8n` field and instantiate its class — with the oldest n8n-workflow we claim, installed from
// the npm registry into a temporary folder, and must fail with the release before it
// (NodeConnectionTypes appeared in n8n-workflow 1.83.0, which n8n 1.85 ships).
// Needs the npm registry; CI runs it as its own step (.ci/run). Prints one line per version.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

// The minimum as the README states it, and the n8n-workflow release before it.
const stated = /### Minimum n8n version[\s\S]*?n8n-workflow (\d+\.\d+\.\d+)/.exec(
	fs.readFileSync(path.join(root, 'README.md'), 'utf8'),
);
if (!stated) {
	console.error(
		'README.md states no minimum n8n version ("### Minimum n8n version" … n8n-workflow x.y.z)',
	);
	process.exit(1);
}
const MINIMUM = stated[1];
// The registry's release before 1.83.0 (update it together with the README's minimum).
const BEFORE = '1.82.0';
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'min-n8n-'));
const quiet = { stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' };

const tarball = execFileSync(
	'npm',
	['pack', '--silent', '--ignore-scripts', '--pack-destination', work],
	{ ...quiet, cwd: root },
)
	.trim()
	.split('\n')
	.pop();

// What n8n's loader does with a community package: every listed file's class, instantiated.
const LOAD = `
const path = require('node:path');
const dir = path.join(process.cwd(), 'node_modules', 'n8n-nodes-mailcow-migadu');
const pkg = require(path.join(dir, 'package.json'));
const names = [];
for (const file of [...pkg.n8n.nodes, ...pkg.n8n.credentials]) {
	const className = path.basename(file).split('.')[0];
	const Class = require(path.join(dir, file))[className];
	if (typeof Class !== 'function') throw new Error('Class could not be found: ' + className);
	const instance = new Class();
	const description = instance.description ?? instance;
	if (!description.name) throw new Error(className + ' has no name');
	names.push(description.name);
}
console.log(names.join(', '));
`;

function loadWith(version) {
	const dir = path.join(work, version);
	fs.mkdirSync(dir);
	fs.writeFileSync(path.join(dir, 'package.json'), '{"private":true}');
	execFileSync(
		'npm',
		[
			'install',
			'--no-audit',
			'--no-fund',
			'--ignore-scripts',
			'--silent',
			`n8n-workflow@${version}`,
			path.join(work, tarball),
		],
		{ ...quiet, cwd: dir },
	);
	try {
		return { ok: true, text: execFileSync('node', ['-e', LOAD], { ...quiet, cwd: dir }).trim() };
	} catch (error) {
		return {
			ok: false,
			text: String(error.stderr)
				.split('\n')
				.find((l) => /Error/.test(l)),
		};
	}
}

let failed = false;
const minimum = loadWith(MINIMUM);
console.log(`n8n-workflow ${MINIMUM}: ${minimum.ok ? 'loads' : 'FAILS'} (${minimum.text})`);
if (!minimum.ok) failed = true;
const before = loadWith(BEFORE);
console.log(
	`n8n-workflow ${BEFORE}: ${before.ok ? 'LOADS' : 'fails as expected'} (${before.text})`,
);
// If the release before loads too, the stated minimum is too high: lower it.
if (before.ok) failed = true;
fs.rmSync(work, { recursive: true, force: true });
process.exit(failed ? 1 : 0);
