/**
 * The tests `npm run mutation:core` runs (stryker.core.config.json): the ones that exercise the
 * modules it mutates (path encoding, secret masking, base URLs and IDN), the unit tests of those
 * rules first (they fail fastest). The route fuzzing
 * (test/fuzz) is left out: it alone takes minutes per run.
 */
const base = require('./jest.config');

module.exports = {
	...base,
	testMatch: [
		'<rootDir>/test/foundation/rules.test.ts',
		'<rootDir>/test/foundation/secrets.test.ts',
		'<rootDir>/test/foundation/baseUrl.test.ts',
		'<rootDir>/test/mailcow/idn.test.ts',
		'<rootDir>/test/mailcow/routeIntegrity.test.ts',
		'<rootDir>/test/migadu/routeIntegrity.test.ts',
		'<rootDir>/test/mailcow/unit/helpers.test.ts',
	],
};
