/**
 * The areas `npm run mutation` runs one at a time: each mutates some source files and runs the
 * test files that exercise them. Every .ts file under nodes/ and credentials/ belongs to exactly
 * one area (test/foundation/mutationAreas.test.ts checks it), so the areas together are the
 * whole package. A mutant that only a test outside its area would catch counts as survived: an
 * area's score is a lower bound.
 *
 * Shape: { name, mutate: glob[], tests: glob[] }; globs are relative to the repository root.
 */
const fs = require('node:fs');
const path = require('node:path');

const ROOT = path.join(__dirname, '..', '..');

/** The tests that pin each node's routes (the node areas include them through test/<node>/*.test.ts). */
const MAILCOW_ROUTES = [
	'test/mailcow/routeIntegrity.test.ts',
	'test/mailcow/routeCoverage.test.ts',
];
const MIGADU_ROUTES = ['test/migadu/routeIntegrity.test.ts'];

/**
 * One area per resource folder, with the test folder of the same name only: each operation's
 * own tests must notice a change to its declaration (the route tests are in the node's area).
 */
function resourceAreas(node) {
	const folder = path.join(ROOT, 'nodes', node, 'resources');
	return fs
		.readdirSync(folder, { withFileTypes: true })
		.filter((entry) => entry.isDirectory())
		.map(({ name }) => ({
			name: `${node.toLowerCase()}-${name}`,
			mutate: [`nodes/${node}/resources/${name}/**/*.ts`],
			tests: [`test/${node.toLowerCase()}/${name}/**/*.test.ts`],
		}));
}

const AREAS = [
	{
		// The request rules every operation passes through: path values, secret masking, API
		// roots and IDN.
		name: 'rules',
		mutate: [
			'nodes/shared/path.ts',
			'nodes/shared/secrets.ts',
			'nodes/shared/baseUrl.ts',
			'nodes/Mailcow/shared/idn.ts',
		],
		tests: [
			'test/foundation/rules.test.ts',
			'test/foundation/secrets.test.ts',
			'test/foundation/baseUrl.test.ts',
			'test/mailcow/idn.test.ts',
			'test/mailcow/unit/helpers.test.ts',
			...MAILCOW_ROUTES,
			...MIGADU_ROUTES,
		],
	},
	{
		name: 'credentials',
		mutate: ['credentials/**/*.ts'],
		tests: [
			'test/foundation/credentials.test.ts',
			'test/foundation/network.test.ts',
			'test/mailcow/survivors.test.ts',
			'test/mailcow/errors/*.test.ts',
			'test/migadu/errors.test.ts',
			'test/mailcow/email/send.test.ts',
		],
	},
	{
		// What both nodes share at run time: field declarations, the item runner, network
		// options, polling, mapping and resource locators.
		name: 'shared',
		mutate: ['nodes/shared/*.ts', '!nodes/shared/{path,secrets,baseUrl}.ts'],
		tests: [
			'test/foundation/*.test.ts',
			'test/mailcow/survivors.test.ts',
			'test/migadu/survivors.test.ts',
			'test/mailcow/concurrency/*.test.ts',
			'test/migadu/concurrency/*.test.ts',
			'test/mailcow/errors/*.test.ts',
			'test/migadu/errors.test.ts',
			'test/mailcow/listSearch/*.test.ts',
			'test/migadu/listSearch.test.ts',
			'test/mailcow/trigger/*.test.ts',
			'test/migadu/trigger.test.ts',
			'test/migadu/mapAutomatically.test.ts',
			...MAILCOW_ROUTES,
			...MIGADU_ROUTES,
		],
	},
	{
		// The Mailcow node outside its resources: the request/response/error path, the rate
		// limit of writes, pickers and the resource table.
		name: 'mailcow-node',
		mutate: [
			'nodes/Mailcow/*.ts',
			'nodes/Mailcow/shared/**/*.ts',
			'!nodes/Mailcow/shared/idn.ts',
			'nodes/Mailcow/listSearch/**/*.ts',
			'nodes/Mailcow/resources/index.ts',
		],
		tests: [
			'test/mailcow/*.test.ts',
			'test/mailcow/errors/*.test.ts',
			'test/mailcow/concurrency/*.test.ts',
			'test/mailcow/unit/*.test.ts',
			'test/mailcow/listSearch/*.test.ts',
			'test/mailcow/rateLimit/*.test.ts',
			'test/mailcow/alias/*.test.ts',
		],
	},
	...resourceAreas('Mailcow'),
	{
		name: 'migadu-node',
		mutate: [
			'nodes/Migadu/*.ts',
			'nodes/Migadu/shared/**/*.ts',
			'nodes/Migadu/listSearch/**/*.ts',
			'nodes/Migadu/resources/index.ts',
		],
		tests: [
			'test/migadu/*.test.ts',
			'test/migadu/unit/*.test.ts',
			'test/migadu/concurrency/*.test.ts',
			'test/migadu/alias/*.test.ts',
		],
	},
	...resourceAreas('Migadu'),
	{
		name: 'mailcow-trigger',
		mutate: ['nodes/MailcowTrigger/**/*.ts'],
		tests: ['test/mailcow/trigger/*.test.ts'],
	},
	{
		name: 'migadu-trigger',
		mutate: ['nodes/MigaduTrigger/**/*.ts'],
		tests: ['test/migadu/trigger.test.ts'],
	},
];

module.exports = { AREAS, ROOT };
