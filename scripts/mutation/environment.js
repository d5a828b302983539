/**
 * Jest test environment of `npm run mutation` (Stryker wraps it with its own coverage tracking).
 * It does two things plain Stryker cannot do for this repository, whose tests are integration
 * tests that each take seconds to load:
 *
 * - During Stryker's initial run (no active mutant) it records, per test file, which mutants
 *   that file covered (while loading and in its tests), one JSON line per file in
 *   COVERAGE_FILE. filter.js then runs only those files for each mutant.
 * - Once a test has failed with the active mutant (the mutant is killed), the remaining
 *   describe blocks and tests of that file are skipped, and runner.js loads no further test
 *   file, as Jest's `bail` would do; Stryker turns `bail` off for its programmatic runs.
 */
const fs = require('node:fs');
const path = require('node:path');
const { TestEnvironment } = require('jest-environment-node');

/** The JSON-lines file of the initial run: `{ "file": <absolute test path>, "mutants": [<id>] }`. */
const COVERAGE_FILE = 'mutation-coverage.jsonl';
const ACTIVE_MUTANT = '__STRYKER_ACTIVE_MUTANT__';

/** The mutant a test has failed for, in this worker process (test files run in band). */
let killedMutant;

/** Every mutant id with its hit count, over Stryker's static and per-test coverage. */
function hits(coverage) {
	const counts = new Map();
	if (!coverage) return counts;
	for (const part of [coverage.static ?? {}, ...Object.values(coverage.perTest ?? {})]) {
		for (const [id, count] of Object.entries(part)) counts.set(id, (counts.get(id) ?? 0) + count);
	}
	return counts;
}

class MutationEnvironment extends TestEnvironment {
	constructor(config, context) {
		super(config, context);
		this.testPath = context.testPath;
		this.rootDir = config.projectConfig.rootDir;
	}

	async setup() {
		await super.setup();
		// Stryker's wrapper shares one coverage object with every file; keep where it stood.
		this.before = hits(this.global.__stryker__?.mutantCoverage);
	}

	async teardown() {
		const stryker = this.global.__stryker__;
		if (stryker && process.env[ACTIVE_MUTANT] === undefined) {
			const mutants = [...hits(stryker.mutantCoverage)]
				.filter(([id, count]) => count > (this.before.get(id) ?? 0))
				.map(([id]) => id);
			fs.appendFileSync(
				path.join(this.rootDir, COVERAGE_FILE),
				`${JSON.stringify({ file: this.testPath, mutants })}\n`,
			);
		}
		await super.teardown();
	}

	handleTestEvent(event) {
		const active = process.env[ACTIVE_MUTANT];
		if (active === undefined) return;
		if (event.name === 'test_fn_failure' || event.name === 'hook_failure') killedMutant = active;
		if (!killedActiveMutant()) return;
		if (event.name === 'run_describe_start') event.describeBlock.mode = 'skip';
		if (event.name === 'test_start') event.test.mode = 'skip';
	}
}

/** Whether a test has failed with the mutant now active (its remaining test files need not run). */
function killedActiveMutant() {
	const active = process.env[ACTIVE_MUTANT];
	return active !== undefined && killedMutant === active;
}

module.exports = MutationEnvironment;
module.exports.killedActiveMutant = killedActiveMutant;
module.exports.COVERAGE_FILE = COVERAGE_FILE;
module.exports.ACTIVE_MUTANT = ACTIVE_MUTANT;
