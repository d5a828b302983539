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

/** The tests that pin each node's routes. */
const MAILCOW_ROUTES = [
	'test/mailcow/routeIntegrity.test.ts',
	'test/mailcow/routeCoverage.test.ts',
];
const MIGADU_ROUTES = ['test/migadu/routeIntegrity.test.ts'];

/** The tests of each node's request path: errors, many items at once, the rate limits. */
const MAILCOW_REQUEST_TESTS = [
	'test/mailcow/errors/*.test.ts',
	'test/mailcow/concurrency/*.test.ts',
	'test/mailcow/rateLimit/*.test.ts',
	'test/mailcow/unit/*.test.ts',
	'test/mailcow/survivors.test.ts',
	...MAILCOW_ROUTES,
];
const MIGADU_REQUEST_TESTS = [
	'test/migadu/{errors,rateLimit,rateLimitProcesses,survivors,scenarios}.test.ts',
	'test/migadu/unit/*.test.ts',
	'test/migadu/concurrency/*.test.ts',
	...MIGADU_ROUTES,
];

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
	// The code both nodes share, and each node outside its resources, come in narrower areas:
	// their mutants are covered by nearly every test file, and a surviving mutant reruns every
	// covering file of its area. Each area below runs the tests aimed at its files.
	{
		// The item runner: one write at a time, the stop after a refused key, pairing.
		name: 'shared-items',
		mutate: ['nodes/shared/items.ts'],
		tests: [
			'test/mailcow/concurrency/*.test.ts',
			'test/migadu/concurrency/*.test.ts',
			'test/mailcow/errors/*.test.ts',
			'test/migadu/errors.test.ts',
			'test/mailcow/survivors.test.ts',
			'test/migadu/survivors.test.ts',
		],
	},
	{
		// Timeouts, proxies and TLS options of both nodes.
		name: 'shared-network',
		mutate: ['nodes/shared/network.ts'],
		tests: [
			'test/foundation/{network,networkFailure}.test.ts',
			'test/foundation/credentials.test.ts',
			'test/mailcow/survivors.test.ts',
			'test/migadu/survivors.test.ts',
		],
	},
	{
		name: 'shared-poll',
		mutate: ['nodes/shared/poll.ts'],
		tests: ['test/mailcow/trigger/*.test.ts', 'test/migadu/trigger.test.ts'],
	},
	{
		// Field declarations, mapping and resource locators.
		name: 'shared-declarations',
		mutate: ['nodes/shared/{describe,fields,mapping,locators}.ts'],
		tests: [
			'test/foundation/{fields,operationTables,agentTools}.test.ts',
			// The operations with variants (Applies To: domain or mailbox).
			'test/mailcow/rateLimit/*.test.ts',
			'test/migadu/mapAutomatically.test.ts',
			'test/mailcow/mailbox/mapAutomatically.test.ts',
			'test/mailcow/locators.test.ts',
			'test/mailcow/listSearch/*.test.ts',
			'test/migadu/listSearch.test.ts',
			...MAILCOW_ROUTES,
			...MIGADU_ROUTES,
		],
	},
	// The Mailcow node outside its resources comes in two areas with the same tests, so that each
	// run is short enough to finish (Stryker records an area only at its end).
	{
		// The Mailcow node's request path: sending, reading, writing, the rate limit of writes.
		name: 'mailcow-requests',
		mutate: [
			'nodes/Mailcow/*.ts',
			'nodes/Mailcow/resources/index.ts',
			'nodes/Mailcow/shared/{operation,transport,read,write,state}.ts',
		],
		tests: MAILCOW_REQUEST_TESTS,
	},
	{
		// How the Mailcow node reads answers: outcomes, errors and their messages, passwords.
		name: 'mailcow-answers',
		mutate: ['nodes/Mailcow/shared/{existing,outcome,errors,messages,passwords,policy}.ts'],
		tests: [
			...MAILCOW_REQUEST_TESTS,
			// The resources reading their answers with outcome.ts, existing.ts and policy.ts (a
			// first run left them without coverage).
			'test/mailcow/{fail2ban,quarantine,mailQueue,mailboxPolicy}/*.test.ts',
			'test/mailcow/domain/policy.test.ts',
		],
	},
	{
		// Mailcow lists (Return All, Limit, filters), tags and the shared field declarations.
		name: 'mailcow-listing',
		mutate: [
			'nodes/Mailcow/shared/{listing,records,simplify,tags,deleteTags,addresses}.ts',
			'nodes/Mailcow/shared/{fields,descriptions,resource}.ts',
		],
		tests: [
			'test/mailcow/unit/*.test.ts',
			'test/mailcow/tags.test.ts',
			'test/mailcow/survivors.test.ts',
			'test/mailcow/{domain,mailbox}/{paging,deleteTags}.test.ts',
			// Update with tags to add and to remove (tags.ts).
			'test/mailcow/domain/domain.test.ts',
			'test/mailcow/mailbox/mailbox.test.ts',
			'test/mailcow/alias/*.test.ts',
			// The address checks (addresses.ts, the address kinds) and the number kind: their units
			// and the fields using them (a first run left them without coverage).
			'test/mailcow/email/helpers.test.ts',
			'test/mailcow/mailbox/setSpamScore.test.ts',
			'test/mailcow/sieveFilter/vacation.test.ts',
		],
	},
	{
		// The Mailcow node's pickers (list searches).
		name: 'mailcow-pickers',
		mutate: ['nodes/Mailcow/listSearch/**/*.ts'],
		tests: ['test/mailcow/listSearch/*.test.ts', 'test/mailcow/locators.test.ts'],
	},
	...resourceAreas('Mailcow'),
	// The Migadu node outside its resources: two areas with the same tests, as for Mailcow.
	{
		// The Migadu node's request/response/error path.
		name: 'migadu-requests',
		mutate: [
			'nodes/Migadu/*.ts',
			'nodes/Migadu/resources/index.ts',
			'nodes/Migadu/shared/{operation,transport,errors,context,target}.ts',
		],
		tests: MIGADU_REQUEST_TESTS,
	},
	{
		// Migadu's rate limit: its mutants make requests wait, so they take the longest.
		name: 'migadu-rate-limit',
		mutate: ['nodes/Migadu/shared/rateLimit.ts'],
		tests: MIGADU_REQUEST_TESTS,
	},
	{
		// Migadu's field declarations and value conversions, and its pickers.
		name: 'migadu-fields',
		mutate: [
			'nodes/Migadu/shared/{convert,fields,descriptions}.ts',
			'nodes/Migadu/listSearch/**/*.ts',
		],
		tests: [
			'test/migadu/unit/*.test.ts',
			'test/migadu/{dates,listSearch,mapAutomatically}.test.ts',
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
