/**
 * Jest configuration of `npm run mutation` (see run.js): the repository's own, restricted to the
 * test files of one area (MUTATION_TESTS, a JSON list of globs relative to the repository root),
 * with the environment and filter that run only the files covering each mutant, smallest first,
 * and the runner that stops loading files once the mutant is killed.
 */
const path = require('node:path');
const base = require('../../jest.config');

const tests = JSON.parse(process.env.MUTATION_TESTS ?? '["test/**/*.test.ts"]');

module.exports = {
	...base,
	rootDir: path.join(__dirname, '..', '..'),
	testMatch: tests.map((glob) => `<rootDir>/${glob}`),
	testEnvironment: require.resolve('./environment'),
	filter: require.resolve('./filter'),
	testSequencer: require.resolve('./sequencer'),
	runner: require.resolve('./runner'),
	// A mutant that makes a test wait forever (a queue never released) fails that test after 10 s
	// instead of the usual 30: the slowest test of the areas takes about 3 s.
	testTimeout: 10000,
};
