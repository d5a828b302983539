/**
 * Jest `filter` of `npm run mutation`: with a mutant active, only the test files that covered
 * it in Stryker's initial run (recorded by environment.js) are run; Stryker's own test-name
 * filter would still load every file of the area. Without an active mutant, for a mutant no
 * recorded file covers, or with no record at all, every file runs.
 *
 * Input: absolute test paths. Output: `{ filtered: string[] }`, as Jest expects.
 */
const fs = require('node:fs');
const path = require('node:path');
const { ROOT } = require('./areas');
const { COVERAGE_FILE, ACTIVE_MUTANT } = require('./environment');

/** Mutant id → test files covering it, read once per worker after the initial run. */
let coveringFiles;

function readCoverage() {
	const byMutant = new Map();
	const file = path.join(ROOT, COVERAGE_FILE);
	if (!fs.existsSync(file)) return byMutant;
	const lines = fs.readFileSync(file, 'utf8').split('\n');
	for (const line of lines.filter(Boolean)) {
		const { file, mutants } = JSON.parse(line);
		for (const id of mutants) byMutant.set(id, [...(byMutant.get(id) ?? []), file]);
	}
	return byMutant;
}

module.exports = async function filter(testPaths) {
	const active = process.env[ACTIVE_MUTANT];
	if (active === undefined) return { filtered: testPaths };
	coveringFiles ??= readCoverage();
	const files = new Set(coveringFiles.get(active) ?? testPaths);
	return { filtered: testPaths.filter((file) => files.has(file)) };
};
