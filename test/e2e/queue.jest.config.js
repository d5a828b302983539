// `npm run test:queue`: the packed package on n8n's distributed engine (queue mode: main, two
// workers, PostgreSQL and Redis from the system's packages). Separate from `npm run test:e2e`
// because it needs those servers installed (CI installs them; see .ci/run).
const base = require('./jest.config.js');

/** @type {import('jest').Config} */
module.exports = {
	...base,
	testMatch: ['<rootDir>/test/e2e/queue/**/*.queue.ts'],
	// Starting a cluster (database migrations on PostgreSQL) takes 1–3 minutes on a busy machine.
	testTimeout: 300000,
};
