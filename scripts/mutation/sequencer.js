/**
 * Jest test sequencer of `npm run mutation`: the smallest test files first. A mutant's run stops
 * at its first failing test (environment.js), so the quick unit-test files get the first chance
 * to kill it; Jest's own order puts the slowest files first.
 *
 * Input: Jest's tests (`{ path }`). Output: the same tests, by file size, then path.
 */
const fs = require('node:fs');

class SmallestFirstSequencer {
	sort(tests) {
		const sizes = new Map(tests.map((test) => [test.path, fs.statSync(test.path).size]));
		const size = (test) => sizes.get(test.path);
		return [...tests].sort((a, b) => size(a) - size(b) || a.path.localeCompare(b.path));
	}

	/** Jest reports each run's durations here; the order above does not use them. */
	cacheResults() {}
}

module.exports = SmallestFirstSequencer;
