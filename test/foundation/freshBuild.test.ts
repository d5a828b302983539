import { buildAge } from '../helpers/freshBuild';

describe('the tests run the current build', () => {
	it('dist/ is newer than every TypeScript source (jest rebuilt it if not)', () => {
		const { newestSource, oldestBuild } = buildAge();
		expect(oldestBuild).toBeGreaterThanOrEqual(newestSource);
	});
});
