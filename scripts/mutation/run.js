#!/usr/bin/env node
/**
 * `npm run mutation -- <area>... | --all | --list | --render [--ignore-static] [--concurrency N]`
 *
 * Runs StrykerJS over one area at a time (areas.js): the area's files mutated, its test files
 * run by Jest with scripts/mutation/jest.config.js. Each area's report is
 * reports/mutation/<area>.json; its counts, score and surviving mutants are then recorded in
 * docs/mutation-results.json (one entry per area, replaced by a newer run) and rendered into
 * docs/mutation-results.md (--render writes it again from the JSON). Exit code: 1 when a Stryker
 * run fails, 2 for an unknown area, else 0.
 *
 * --ignore-static leaves out the mutants that only run while a module loads (declarations):
 * each of them needs every covering test file reloaded. Their entry says so.
 */
const { spawnSync, execSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');
const micromatch = require('micromatch');
const { AREAS, ROOT } = require('./areas');

const RESULTS_JSON = path.join(ROOT, 'docs', 'mutation-results.json');
const RESULTS_MD = path.join(ROOT, 'docs', 'mutation-results.md');
const REPORTS = path.join(ROOT, 'reports', 'mutation');

/** Repository files (tracked and new), relative, with forward slashes. */
function repositoryFiles() {
	return execSync('git ls-files --cached --others --exclude-standard', { cwd: ROOT })
		.toString()
		.split('\n')
		.filter(Boolean);
}

/** The files a list of globs selects; a glob starting with "!" removes what it matches. */
function select(files, globs) {
	return micromatch(files, globs);
}

/** Stryker's score: detected ÷ (detected + undetected), in %; null with nothing to score. */
function score(counts) {
	const detected = counts.Killed + counts.Timeout;
	const valid = detected + counts.Survived + counts.NoCoverage;
	return valid === 0 ? null : Math.round((detected / valid) * 10000) / 100;
}

/** Counts per status, and the surviving mutants, of a Stryker JSON report. */
function summarize(report) {
	const counts = {
		Killed: 0,
		Timeout: 0,
		Survived: 0,
		NoCoverage: 0,
		Ignored: 0,
		RuntimeError: 0,
		CompileError: 0,
	};
	const survivors = [];
	for (const [file, { mutants }] of Object.entries(report.files)) {
		for (const mutant of mutants) {
			counts[mutant.status] = (counts[mutant.status] ?? 0) + 1;
			if (mutant.status === 'Survived' || mutant.status === 'NoCoverage') {
				survivors.push({
					file,
					line: mutant.location.start.line,
					mutator: mutant.mutatorName,
					replacement: mutant.replacement,
					status: mutant.status,
					static: mutant.static === true,
				});
			}
		}
	}
	return { counts, survivors };
}

function runArea(area, { ignoreStatic, concurrency }) {
	const base = JSON.parse(fs.readFileSync(path.join(ROOT, 'stryker.config.json'), 'utf8'));
	delete base.$schema;
	const config = {
		...base,
		mutate: area.mutate,
		ignoreStatic,
		concurrency,
		jsonReporter: { fileName: `reports/mutation/${area.name}.json` },
		incrementalFile: `reports/mutation/${area.name}.incremental.json`,
	};
	fs.mkdirSync(REPORTS, { recursive: true });
	const configFile = path.join(REPORTS, `${area.name}.stryker.json`);
	fs.writeFileSync(configFile, JSON.stringify(config, null, 2));
	const started = new Date();
	const run = spawnSync('npx', ['stryker', 'run', configFile], {
		cwd: ROOT,
		stdio: 'inherit',
		env: { ...process.env, MUTATION_TESTS: JSON.stringify(area.tests) },
	});
	if (run.status !== 0) return false;
	const report = JSON.parse(fs.readFileSync(path.join(REPORTS, `${area.name}.json`), 'utf8'));
	const { counts, survivors } = summarize(report);
	record(area.name, {
		date: started.toISOString().slice(0, 16).replace('T', ' ') + ' UTC',
		minutes: Math.round((Date.now() - started.getTime()) / 60000),
		commit: execSync('git rev-parse --short HEAD', { cwd: ROOT }).toString().trim(),
		ignoreStatic,
		mutants: Object.values(counts).reduce((a, b) => a + b, 0),
		counts,
		score: score(counts),
		survivors,
	});
	return true;
}

function readResults() {
	return fs.existsSync(RESULTS_JSON) ? JSON.parse(fs.readFileSync(RESULTS_JSON, 'utf8')) : {};
}

/** Stores an area's entry (none: only renders again) and writes both result files. */
function record(name, entry) {
	const results = name === null ? readResults() : { ...readResults(), [name]: entry };
	const ordered = Object.fromEntries(
		AREAS.filter((area) => results[area.name]).map((area) => [area.name, results[area.name]]),
	);
	fs.writeFileSync(RESULTS_JSON, `${JSON.stringify(ordered, null, '\t')}\n`);
	fs.writeFileSync(RESULTS_MD, render(ordered));
	// The repository's formatting check covers docs/: align the generated tables the same way.
	execSync(`npx prettier --write ${RESULTS_JSON} ${RESULTS_MD}`, { cwd: ROOT, stdio: 'ignore' });
}

/** docs/mutation-results.md: a row per area (run or not), the totals, then every survivor. */
function render(results) {
	const files = repositoryFiles();
	const rows = AREAS.map((area) => {
		const entry = results[area.name];
		const sources = select(files, area.mutate).length;
		if (!entry) return `| ${area.name} | ${sources} | not run yet | | | | | | | |`;
		const c = entry.counts;
		const left = entry.ignoreStatic ? c.Ignored : 'none';
		return `| ${area.name} | ${sources} | ${entry.date} (${entry.commit}, ${entry.minutes} min) | ${entry.mutants} | ${left} | ${c.Killed} | ${c.Timeout} | ${c.Survived} | ${c.NoCoverage} | **${entry.score ?? '–'} %** |`;
	});
	const run = Object.values(results);
	const total = { Killed: 0, Timeout: 0, Survived: 0, NoCoverage: 0, Ignored: 0 };
	for (const entry of run)
		for (const key of Object.keys(total)) total[key] += entry.counts[key] ?? 0;
	const mutants = run.reduce((sum, entry) => sum + entry.mutants, 0);
	const survivors = Object.entries(results).flatMap(([name, entry]) =>
		entry.survivors.map(
			(s) =>
				`| ${name} | \`${s.file}:${s.line}\` | ${s.mutator}${s.static ? ' (static)' : ''} | ${s.status} | \`${String(
					s.replacement ?? '',
				)
					.replace(/\|/g, '\\|')
					.replace(/\s+/g, ' ')
					.slice(0, 80)}\` |`,
		),
	);
	return [
		'# Mutation results',
		'',
		'Written by `npm run mutation` (scripts/mutation/run.js) after each area it runs; see',
		'[mutation-testing.md](mutation-testing.md) for how the areas are run and what the figures mean.',
		'Score = (killed + timed out) ÷ (killed + timed out + survived + no coverage). "Static, left out":',
		'mutants that only run while a module loads, skipped by a run with `--ignore-static`.',
		'',
		'| Area | Files | Run | Mutants | Static, left out | Killed | Timed out | Survived | No coverage | Score |',
		'| ---- | ----: | --- | ------: | ---------------: | -----: | --------: | -------: | ----------: | ----: |',
		...rows,
		`| **areas run: ${run.length} of ${AREAS.length}** | | | ${mutants} | ${total.Ignored} | ${total.Killed} | ${total.Timeout} | ${total.Survived} | ${total.NoCoverage} | **${score({ ...total }) ?? '–'} %** |`,
		'',
		'## Surviving mutants',
		'',
		'| Area | Where | Mutator | Status | Replacement |',
		'| ---- | ----- | ------- | ------ | ----------- |',
		...survivors,
		'',
	].join('\n');
}

function main(argv) {
	const flag = (name) => argv.includes(name);
	const value = (name, fallback) => {
		const at = argv.indexOf(name);
		return at === -1 ? fallback : argv[at + 1];
	};
	if (flag('--render')) {
		record(null);
		return 0;
	}
	if (flag('--list')) {
		const files = repositoryFiles();
		for (const area of AREAS) {
			console.log(
				`${area.name}: ${select(files, area.mutate).length} files, tests ${area.tests.join(' ')}`,
			);
		}
		return 0;
	}
	const options = {
		ignoreStatic: flag('--ignore-static'),
		concurrency: Number(value('--concurrency', 2)),
	};
	const names = flag('--all')
		? AREAS.map((area) => area.name)
		: argv.filter((arg, i) => !arg.startsWith('--') && argv[i - 1] !== '--concurrency');
	const unknown = names.filter((name) => !AREAS.some((area) => area.name === name));
	if (names.length === 0 || unknown.length > 0) {
		console.error(`Unknown or missing area ${unknown.join(', ')}; --list shows them.`);
		return 2;
	}
	for (const name of names) {
		if (
			!runArea(
				AREAS.find((area) => area.name === name),
				options,
			)
		)
			return 1;
	}
	return 0;
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));

module.exports = { select, score, summarize, render, repositoryFiles };
