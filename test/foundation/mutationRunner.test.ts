/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals, @n8n/community-nodes/no-dangerous-functions */
// The Jest setup of `npm run mutation` (scripts/mutation/jest.config.js), run on two fixture test
// files as Stryker runs it for one mutant: in band, with the mutant's id in the environment.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const ROOT = path.join(__dirname, '..', '..');

interface JestSummary {
	numTotalTestSuites: number;
	numRuntimeErrorTestSuites: number;
	testResults: Array<{ name: string; status: string }>;
}

/** Runs the fixtures; `activeMutant` as Stryker sets it. Returns Jest's summary and the mark. */
function runFixtures(activeMutant?: string): { summary: JestSummary; secondLoaded: boolean } {
	const dir = mkdtempSync(path.join(tmpdir(), 'mutation-runner-'));
	try {
		const env: NodeJS.ProcessEnv = {
			...process.env,
			MUTATION_TESTS: JSON.stringify(['test/fixtures/mutationRunner/*.fixture.ts']),
			MUTATION_RUNNER_MARK: path.join(dir, 'mark'),
		};
		delete env.__STRYKER_ACTIVE_MUTANT__;
		if (activeMutant !== undefined) env.__STRYKER_ACTIVE_MUTANT__ = activeMutant;
		const output = path.join(dir, 'summary.json');
		spawnSync(
			process.execPath,
			[
				require.resolve('jest/bin/jest'),
				'-c',
				'scripts/mutation/jest.config.js',
				'--runInBand',
				'--json',
				'--outputFile',
				output,
			],
			{ cwd: ROOT, env, stdio: 'ignore' },
		);
		return {
			summary: JSON.parse(readFileSync(output, 'utf8')) as JestSummary,
			secondLoaded: existsSync(env.MUTATION_RUNNER_MARK!),
		};
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}

const outcome = ({ testResults }: JestSummary) =>
	testResults.map(({ name, status }) => [path.basename(name), status]);

describe('mutation runs', () => {
	it('load no further test file once a test has failed with the active mutant', () => {
		const { summary, secondLoaded } = runFixtures('17');
		expect(outcome(summary)).toEqual([['first.fixture.ts', 'failed']]);
		// The cancelled file is no error of the run: Stryker would count the mutant as a runtime error.
		expect(summary.numRuntimeErrorTestSuites).toBe(0);
		expect(secondLoaded).toBe(false);
	});

	it('run every file, smallest first, without an active mutant', () => {
		const { summary, secondLoaded } = runFixtures();
		expect(outcome(summary)).toEqual([
			['first.fixture.ts', 'failed'],
			['second.fixture.ts', 'passed'],
		]);
		expect(secondLoaded).toBe(true);
	});
});
