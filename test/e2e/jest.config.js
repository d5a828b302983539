// `npm run test:e2e`: the packed package inside a real n8n 2.41.1 (installed on first run into
// .n8n-sandbox/). Separate from the default jest run, whose testMatch is test/**/*.test.ts.
/** @type {import('jest').Config} */
module.exports = {
	rootDir: '../..',
	preset: 'ts-jest',
	testEnvironment: 'node',
	testMatch: ['<rootDir>/test/e2e/**/*.e2e.ts'],
	modulePathIgnorePatterns: ['<rootDir>/dist', '<rootDir>/.n8n-sandbox'],
	transform: {
		'^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.test.json' }],
	},
	globalSetup: '<rootDir>/test/e2e/globalSetup.ts',
	// One n8n at a time: each is a 400 MB process on a 2-core machine.
	maxWorkers: 1,
	testTimeout: 120000,
	verbose: true,
};
