/** @type {import('jest').Config} */
module.exports = {
	preset: 'ts-jest',
	testEnvironment: 'node',
	testMatch: ['<rootDir>/test/**/*.test.ts'],
	modulePathIgnorePatterns: ['<rootDir>/dist', '<rootDir>/.n8n-sandbox', '<rootDir>/.stryker-tmp'],
	transform: {
		'^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.test.json' }],
	},
	setupFiles: ['<rootDir>/test/helpers/environment.ts'],
	// Tests load dist/: rebuild first when any source is newer than the build.
	globalSetup: '<rootDir>/test/helpers/freshBuild.ts',
	testTimeout: 30000,
};
